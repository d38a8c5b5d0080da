// The case timeline (mechanisms_request_event): the clock ledger plus every action on the case.
import { newId } from '@gongkai/db';
import type { Ctx } from './context';

export const eventKinds = {
  received: '收到申请',
  'correction-requested': '告知补正',
  'correction-received': '收到补正',
  'correction-not-needed': '经审查申请内容明确，无需补正',
  'correction-notice-overdue': '超过补正告知期限',
  'extension-approved': '延长答复期限',
  'delay-set': '确定延迟答复期限',
  'subtask-sent': '发出协办或征求意见',
  'subtask-answered': '收到协办或征求意见回复',
  'subtask-cancelled': '撤回协办或征求意见',
  'fee-notice': '发出收费通知',
  'fee-paid': '收到信息处理费',
  replied: '作出答复',
  closed: '办结',
  transferred: '告知向负责机关申请',
  'forwarded-in': '由其他机关转来',
  published: '答复内容已主动公开',
  'applicant-type-changed': '更正申请人类型',
  reminder: '期限提醒',
  overdue: '逾期预警',
  'review-filed': '申请人申请复议或提起诉讼',
  note: '办理记录',
} as const;
export type EventKind = keyof typeof eventKinds;

/** Events that shape the statutory clock. */
export const CLOCK_KINDS: EventKind[] = ['correction-requested', 'correction-received', 'correction-not-needed', 'extension-approved', 'delay-set'];

export interface NewEvent {
  requestId: string;
  divisionCode: string;
  kind: EventKind;
  on: string;
  actorId?: string | null;
  actorName?: string | null;
  public?: boolean;
  note?: string | null;
  data?: Record<string, unknown>;
}

// Prepared: nearly every action on a case writes a timeline entry (`at` as UTC text, as Prisma writes it).
const INSERT_EVENT = {
  name: 'mechanisms_request_event_insert',
  text: `INSERT INTO mechanisms_request_event (id, request_id, division_code, kind, "on", at, actor_id, actor_name, public, note, data)
         VALUES ($1, $2, $3, $4, $5::date, $6::timestamp, $7, $8, $9, $10, $11::jsonb)`,
};

export async function addEvent(ctx: Ctx, e: NewEvent): Promise<void> {
  await ctx.sql.exec(INSERT_EVENT, [
    newId(), e.requestId, e.divisionCode, e.kind, e.on, ctx.clock.now().toISOString(),
    e.actorId ?? null, e.actorName ?? null, e.public ?? false, e.note ?? null, JSON.stringify(e.data ?? {}),
  ]);
}
