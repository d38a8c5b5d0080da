// Recomputes a request's statutory clock from its ledger (events, consultations, fees), stores
// the copy on the request for queues and the sweep, and registers the kernel deadline so that a
// calendar change recomputes it (kernel.calendar.deadline-changed → this again).
import { computeClock, type ClockExclusion, type ClockState } from '../domain/request-clock';
import { ruleSetById } from '../domain/rule-sets';
import { fromDb, fromDbOrNull, today, toDb, workingCalendar } from './calendar';
import type { Ctx } from './context';
import { CLOCK_KINDS } from './timeline';
import { loadFull } from './load';

export const PLUGIN_ID = 'mechanisms';
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

export async function loadClockState(ctx: Ctx, requestId: string): Promise<{ state: ClockState; request: { id: string; divisionCode: string; status: string; dueDate: Date | null; remindedAt: number | null } } | null> {
  const r = await loadFull(ctx, requestId, { eventKinds: CLOCK_KINDS });
  if (!r) return null;
  const ev = (k: string) => r.events.filter((e) => e.kind === k);
  const corrReq = ev('correction-requested')[0];
  const corrRec = ev('correction-received')[0];
  const ext = ev('extension-approved')[0];
  const delay = ev('delay-set')[0];
  const exclusions: ClockExclusion[] = [];
  for (const s of r.subtasks) {
    if (s.kind !== 'organ' && s.kind !== 'third-party') continue;
    if (s.status === 'cancelled' && !s.answeredOn) continue;
    exclusions.push({ kind: s.kind, from: fromDb(s.sentOn), to: s.status === 'open' ? null : fromDbOrNull(s.answeredOn) ?? fromDb(s.sentOn), label: s.thirdPartyName ?? '征求其他机关意见' });
  }
  for (const f of r.fees) {
    if (f.status === 'waived') continue;
    exclusions.push({ kind: 'fee', from: fromDb(f.noticeOn), to: f.status === 'unpaid' ? null : fromDbOrNull(f.paidOn) ?? fromDb(f.payBy), label: `信息处理费${f.amount}元` });
  }
  const cal = await workingCalendar(ctx);
  const state = await computeClock({
    ruleSet: ruleSetById(r.ruleSet),
    receivedOn: fromDb(r.receivedOn),
    correction: corrReq ? { noticeOn: fromDb(corrReq.on), receivedOn: corrRec ? fromDb(corrRec.on) : null } : null,
    exclusions,
    extension: ext ? { days: num((ext.data as Record<string, unknown>).days), approvedOn: fromDb(ext.on), approver: str((ext.data as Record<string, unknown>).approverName) } : null,
    delay: delay ? { days: num((delay.data as Record<string, unknown>).days), setOn: fromDb(delay.on) } : null,
    asOf: today(ctx),
  }, cal);
  const text = (state.calendarExplanation as { text?: unknown } | null)?.text;
  if (typeof text === 'string') state.steps.push({ label: '工作日计算', detail: text });
  return { state, request: { id: r.id, divisionCode: r.divisionCode, status: r.status, dueDate: r.dueDate, remindedAt: r.remindedAt } };
}

/** Recomputes and stores the clock of an open request; returns the new state (null if closed). */
export async function syncClock(ctx: Ctx, requestId: string): Promise<ClockState | null> {
  const loaded = await loadClockState(ctx, requestId);
  if (!loaded || loaded.request.status === 'closed') return null;
  const { state, request } = loaded;
  const due = state.dueDate;
  const dueChanged = fromDbOrNull(request.dueDate) !== due;
  await ctx.db.mechanismsRequest.update({
    where: { id: requestId },
    data: {
      clockStart: toDb(state.startDate), dueDate: due ? toDb(due) : null, provisional: state.provisional,
      paused: state.phase === 'paused', extensionDays: state.extensionDays, delayDays: state.delayDays, excludedDays: state.excludedDays,
      clockSteps: state.steps as unknown as object,
      ...(dueChanged ? { remindedAt: null } : {}),
      overdue: due !== null && state.phase === 'running' && due < today(ctx),
    },
  });
  const key = { pluginId: PLUGIN_ID, subjectType: 'request', subjectId: requestId, kind: 'reply' };
  if (state.phase === 'awaiting-correction') {
    await ctx.calendar.closeDeadline(ctx.tx, key, 'cancelled');
  } else {
    await ctx.calendar.registerDeadline(ctx.tx, {
      ...key, divisionCode: request.divisionCode, startDate: state.startDate,
      workingDays: state.baseDays + state.extensionDays + state.delayDays, pausedDays: state.excludedDays,
    });
  }
  return state;
}
