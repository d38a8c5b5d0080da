// Loading requests for staff (with the division guard) and creating new ones.
import { createHash } from 'node:crypto';
import { fail, type PluginGuard } from '@gongkai/kernel';
import type { MechanismsRequest } from '@gongkai/db';
import { ruleSetFor } from '../domain/rule-sets';
import { clockColumns, correctionNoticeDeadline, newRequestClock, replyDeadline, PLUGIN_ID } from './clock-sync';
import { toDb, today } from './calendar';
import type { Ctx } from './context';
import { nextRequestNumber } from './numbering';
import { addEvent } from './timeline';
import type { IntakeChannel } from '../../contracts/vocabulary';
import { settingsSchema, type Settings } from '../settings';

/** Loads a request by id and checks the caller may act on it (else NOT_FOUND); locks it in mutations. */
export async function loadRequest(ctx: Ctx, guard: PluginGuard, id: string, opts: { lock?: boolean } = {}): Promise<MechanismsRequest & { settings: Settings }> {
  if (opts.lock) await ctx.db.$queryRaw`SELECT id FROM mechanisms_request WHERE id = ${id} FOR UPDATE`;
  const r = await ctx.db.mechanismsRequest.findUnique({ where: { id } });
  if (!r) throw fail.notFound('申请');
  // The guard checks enablement and reach, and returns the division's settings.
  const settings = settingsSchema.parse(await guard.division(r.divisionCode, r.organizationId));
  return Object.assign(r, { settings });
}

export function requireOpen(r: MechanismsRequest): void {
  if (r.status === 'closed') throw fail.precondition('该申请已办结，不能再执行此操作');
}

/** Normalised identity number → applicant key (fees and repeats count per applicant). */
export function applicantKeyOf(idDocType: string, idDocNumber: string): string {
  const norm = idDocNumber.replace(/\s+/g, '').toUpperCase();
  return createHash('sha256').update(`${idDocType === 'credit-code' ? 'org' : 'person'}:${norm}`).digest('hex');
}

export interface NewRequest {
  divisionCode: string; organizationId: string; channel: IntakeChannel; receivedOn: string; receiptRule: string;
  applicantType: string; applicantUserId: string | null; applicantName: string; idDocType: string; idDocNumber: string;
  legalRepresentative: string | null; contactPhone: string | null; contactEmail: string | null; address: string | null; postalCode: string | null;
  description: string; docNo: string | null; purpose: string | null; deliveryForm: string; deliveryMethod: string;
  assistanceNote: string | null; enteredById: string | null; forwardedFromId?: string | null;
}

export async function createRequest(ctx: Ctx, n: NewRequest, actor: { id: string | null; name: string | null }): Promise<MechanismsRequest> {
  let rs;
  try { rs = ruleSetFor(n.receivedOn); } catch (e) { throw fail.badRequest((e as Error).message, 'receivedOn'); }
  const number = await nextRequestNumber(ctx, n.divisionCode, n.receivedOn);
  // The ledger of a new request is its receipt alone: the clock is known before the row is written.
  const clock = await newRequestClock(ctx, rs, n.receivedOn);
  const row = await ctx.db.mechanismsRequest.create({
    data: {
      number, divisionCode: n.divisionCode, organizationId: n.organizationId, channel: n.channel, receivedOn: toDb(n.receivedOn),
      receiptRule: n.receiptRule, ruleSet: rs.id, applicantType: n.applicantType, applicantUserId: n.applicantUserId,
      applicantName: n.applicantName, idDocType: n.idDocType, idDocNumber: n.idDocNumber, applicantKey: applicantKeyOf(n.idDocType, n.idDocNumber),
      legalRepresentative: n.legalRepresentative, contactPhone: n.contactPhone, contactEmail: n.contactEmail, address: n.address,
      postalCode: n.postalCode, description: n.description, docNo: n.docNo, purpose: n.purpose, deliveryForm: n.deliveryForm, deliveryMethod: n.deliveryMethod,
      assistanceNote: n.assistanceNote, enteredById: n.enteredById, forwardedFromId: n.forwardedFromId ?? null,
      ...clockColumns(clock, null, today(ctx)),
    },
  });
  await addEvent(ctx, { requestId: row.id, divisionCode: row.divisionCode, kind: 'received', on: n.receivedOn, actorId: actor.id, actorName: actor.name, public: true, note: n.receiptRule, data: { channel: n.channel } });
  // A new request's clock runs (it cannot await a 补正 yet) and its 补正 notice stage is open:
  // register the kernel deadlines of both in one go.
  const cn = clock.correctionNotice;
  await ctx.calendar.registerDeadlines(ctx.tx, [
    replyDeadline(row.id, row.divisionCode, clock.state),
    ...(cn === null ? [] : [correctionNoticeDeadline(row.id, row.divisionCode, n.receivedOn, cn)]),
  ]);
  await ctx.emit('mechanisms.request.received', row.divisionCode, { requestId: row.id, number, organizationId: row.organizationId, channel: n.channel });
  await ctx.enqueue('check-request', { divisionCode: row.divisionCode, requestId: row.id });
  return row;
}

/**
 * Closes the requests' kernel deadlines of the reply (met or cancelled) and of the applicant's 补正
 * (met). The 补正 notice deadline is closed by syncClock/syncClocks when its stage ends.
 */
export async function closeRequestDeadlines(ctx: Ctx, requestIds: readonly string[], status: 'met' | 'cancelled'): Promise<void> {
  for (const kind of ['reply', 'correction-response']) {
    await ctx.calendar.closeDeadlines(ctx.tx, requestIds.map((subjectId) => ({ pluginId: PLUGIN_ID, subjectType: 'request', subjectId, kind })), kind === 'reply' ? status : 'met');
  }
}
