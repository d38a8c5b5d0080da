// Loading requests for staff (with the division guard) and creating new ones.
import { createHash } from 'node:crypto';
import { fail, type PluginGuard } from '@gongkai/kernel';
import { newId, type MechanismsRequest } from '@gongkai/db';
import { ruleSetFor } from '../domain/rule-sets';
import { clockColumns, correctionNoticeDeadline, newRequestClock, replyDeadline, PLUGIN_ID } from './clock-sync';
import { fromDbOrNull, today } from './calendar';
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

/** What intake returns about the new request. */
export interface CreatedRequest { id: string; number: string; divisionCode: string; organizationId: string; receivedOn: string; dueDate: string | null }

// A prepared statement: intake is the busiest write (Prisma would compile a 45-column insert every
// time). Columns not named here take their defaults (status 'processing', no outcome, counters 0).
const INSERT_REQUEST = {
  name: 'mechanisms_request_insert',
  text: `INSERT INTO mechanisms_request (
      id, number, division_code, organization_id, channel, received_on, receipt_rule, rule_set, applicant_type, applicant_user_id,
      applicant_name, id_doc_type, id_doc_number, applicant_key, legal_representative, contact_phone, contact_email, address, postal_code,
      description, doc_no, purpose, delivery_form, delivery_method, assistance_note, entered_by_id, forwarded_from_id,
      clock_start, due_date, provisional, paused, extension_days, delay_days, excluded_days, clock_steps, clock_as_of, overdue,
      correction_notice_due, correction_notice_provisional, correction_notice_state, correction_notice_steps,
      correction_notice_overdue, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27,
      $28::date, $29::date, $30, $31, $32, $33, $34, $35::jsonb, $36::date, $37, $38::date, $39, $40, $41::jsonb, $42, $43::timestamp, $43::timestamp)`,
};

export async function createRequest(ctx: Ctx, n: NewRequest, actor: { id: string | null; name: string | null }): Promise<CreatedRequest> {
  let rs;
  try { rs = ruleSetFor(n.receivedOn); } catch (e) { throw fail.badRequest((e as Error).message, 'receivedOn'); }
  const number = await nextRequestNumber(ctx, n.divisionCode, n.receivedOn);
  // The ledger of a new request is its receipt alone: the clock is known before the row is written.
  const clock = await newRequestClock(ctx, rs, n.receivedOn);
  const c = clockColumns(clock, null, today(ctx));
  const id = newId();
  await ctx.sql.exec(INSERT_REQUEST, [
    id, number, n.divisionCode, n.organizationId, n.channel, n.receivedOn, n.receiptRule, rs.id, n.applicantType, n.applicantUserId,
    n.applicantName, n.idDocType, n.idDocNumber, applicantKeyOf(n.idDocType, n.idDocNumber), n.legalRepresentative, n.contactPhone, n.contactEmail, n.address, n.postalCode,
    n.description, n.docNo, n.purpose, n.deliveryForm, n.deliveryMethod, n.assistanceNote, n.enteredById, n.forwardedFromId ?? null,
    fromDbOrNull(c.clockStart), fromDbOrNull(c.dueDate), c.provisional, c.paused, c.extensionDays, c.delayDays, c.excludedDays, JSON.stringify(c.clockSteps), fromDbOrNull(c.clockAsOf), c.overdue,
    fromDbOrNull(c.correctionNoticeDue), c.correctionNoticeProvisional, c.correctionNoticeState, JSON.stringify(c.correctionNoticeSteps),
    c.correctionNoticeOverdue, ctx.clock.now().toISOString(),
  ]);
  const row: CreatedRequest = { id, number, divisionCode: n.divisionCode, organizationId: n.organizationId, receivedOn: n.receivedOn, dueDate: clock.state.dueDate };
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
