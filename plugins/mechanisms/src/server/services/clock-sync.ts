// Recomputes a request's statutory clock from its ledger (events, consultations, fees) and the
// stage of its 补正 notice, stores the copy on the request for queues and the sweep, and keeps the
// kernel deadlines ('reply', 'correction-notice') registered so that a calendar change recomputes
// them (kernel.calendar.deadline-changed → this again). `syncClocks` does the same for many
// requests at once (the sweep: paused clocks move with every working day; closing cases in bulk).
import { Prisma, type MechanismsFee, type MechanismsRequest, type MechanismsRequestEvent, type MechanismsSubtask } from '@gongkai/db';
import type { WorkingCalendar } from '../domain/calendar-port';
import { computeCorrectionNotice, type CorrectionNoticeClock, type CorrectionNoticeFacts } from '../domain/correction-notice';
import { computeClock, type ClockExclusion, type ClockFacts, type ClockState, type ClockStep } from '../domain/request-clock';
import { ruleSetById, type RuleSet } from '../domain/rule-sets';
import { fromDb, fromDbOrNull, today, toDb, workingCalendar } from './calendar';
import type { Ctx } from './context';
import { CLOCK_KINDS } from './timeline';
import { loadFull } from './load';

export const PLUGIN_ID = 'mechanisms';
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

type LedgerEvent = Pick<MechanismsRequestEvent, 'kind' | 'on' | 'data'>;
type LedgerSubtask = Pick<MechanismsSubtask, 'kind' | 'status' | 'sentOn' | 'answeredOn' | 'thirdPartyName'>;
type LedgerFee = Pick<MechanismsFee, 'status' | 'noticeOn' | 'paidOn' | 'payBy' | 'amount'>;

/** The stored copy of both clocks, as read before recomputing them. */
type StoredClock = Pick<MechanismsRequest, 'id' | 'divisionCode' | 'status' | 'ruleSet' | 'receivedOn' | 'closedOn' | 'clockStart' | 'dueDate'
  | 'provisional' | 'paused' | 'extensionDays' | 'delayDays' | 'excludedDays' | 'clockSteps' | 'overdue'
  | 'correctionNoticeDue' | 'correctionNoticeProvisional' | 'correctionNoticeState' | 'correctionNoticeSteps' | 'correctionNoticeOverdue'>;

/** The clock facts of a request from its ledger: clock events in order, sub-tasks and fees by creation. */
function factsOf(r: { ruleSet: string; receivedOn: Date }, events: readonly LedgerEvent[], subtasks: readonly LedgerSubtask[], fees: readonly LedgerFee[], asOf: string): ClockFacts {
  const ev = (k: string) => events.filter((e) => e.kind === k);
  const corrReq = ev('correction-requested')[0];
  const corrRec = ev('correction-received')[0];
  const ext = ev('extension-approved')[0];
  const delay = ev('delay-set')[0];
  const exclusions: ClockExclusion[] = [];
  for (const s of subtasks) {
    if (s.kind !== 'organ' && s.kind !== 'third-party') continue;
    if (s.status === 'cancelled' && !s.answeredOn) continue;
    exclusions.push({ kind: s.kind, from: fromDb(s.sentOn), to: s.status === 'open' ? null : fromDbOrNull(s.answeredOn) ?? fromDb(s.sentOn), label: s.thirdPartyName ?? '征求其他机关意见' });
  }
  for (const f of fees) {
    if (f.status === 'waived') continue;
    exclusions.push({ kind: 'fee', from: fromDb(f.noticeOn), to: f.status === 'unpaid' ? null : fromDbOrNull(f.paidOn) ?? fromDb(f.payBy), label: `信息处理费${f.amount}元` });
  }
  return {
    ruleSet: ruleSetById(r.ruleSet),
    receivedOn: fromDb(r.receivedOn),
    correction: corrReq ? { noticeOn: fromDb(corrReq.on), receivedOn: corrRec ? fromDb(corrRec.on) : null } : null,
    exclusions,
    extension: ext ? { days: num((ext.data as Record<string, unknown>).days), approvedOn: fromDb(ext.on), approver: str((ext.data as Record<string, unknown>).approverName) } : null,
    delay: delay ? { days: num((delay.data as Record<string, unknown>).days), setOn: fromDb(delay.on) } : null,
    asOf,
  };
}

/** The facts of the 补正 notice stage: the notice, "not needed", or the case moving on (closing, else the first fee notice). */
function correctionFactsOf(r: { ruleSet: string; receivedOn: Date; status: string; closedOn: Date | null }, events: readonly LedgerEvent[], fees: readonly LedgerFee[]): CorrectionNoticeFacts {
  const corrReq = events.find((e) => e.kind === 'correction-requested');
  const notNeeded = events.find((e) => e.kind === 'correction-not-needed');
  const firstFee = fees[0];
  return {
    ruleSet: ruleSetById(r.ruleSet),
    receivedOn: fromDb(r.receivedOn),
    noticeOn: corrReq ? fromDb(corrReq.on) : null,
    notNeededOn: notNeeded ? fromDb(notNeeded.on) : null,
    movedOn: r.status === 'closed' && r.closedOn ? { on: fromDb(r.closedOn), what: '已办结' } : firstFee ? { on: fromDb(firstFee.noticeOn), what: '已发出收费通知' } : null,
  };
}

/** The calendar's own account of a computation ("工作日计算"), when it gives one. */
function calendarStep(explanation: unknown): ClockStep[] {
  const text = (explanation as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? [{ label: '工作日计算', detail: text }] : [];
}

/** The clock, with the calendar's own explanation of the due date as the last step. */
async function clockFrom(facts: ClockFacts, cal: WorkingCalendar): Promise<ClockState> {
  const state = await computeClock(facts, cal);
  state.steps.push(...calendarStep(state.calendarExplanation));
  return state;
}

/** The 补正 notice stage (null without such a period), with the calendar's explanation as the last step. */
async function correctionNoticeFrom(facts: CorrectionNoticeFacts, cal: WorkingCalendar): Promise<CorrectionNoticeClock | null> {
  const cn = await computeCorrectionNotice(facts, cal);
  cn?.steps.push(...calendarStep(cn.calendarExplanation));
  return cn;
}

export interface Clocks { state: ClockState; correctionNotice: CorrectionNoticeClock | null }

/** The clocks of a request just received: nothing in its ledger but the receipt. */
export async function newRequestClock(ctx: Ctx, ruleSet: RuleSet, receivedOn: string): Promise<Clocks> {
  const cal = await workingCalendar(ctx);
  const state = await clockFrom({ ruleSet, receivedOn, correction: null, exclusions: [], extension: null, delay: null, asOf: today(ctx) }, cal);
  const correctionNotice = await correctionNoticeFrom({ ruleSet, receivedOn, noticeOn: null, notNeededOn: null, movedOn: null }, cal);
  return { state, correctionNotice };
}

export async function loadClockState(ctx: Ctx, requestId: string): Promise<(Clocks & { request: StoredClock }) | null> {
  const r = await loadFull(ctx, requestId, { eventKinds: CLOCK_KINDS });
  if (!r) return null;
  const cal = await workingCalendar(ctx);
  const state = await clockFrom(factsOf(r, r.events, r.subtasks, r.fees, today(ctx)), cal);
  const correctionNotice = await correctionNoticeFrom(correctionFactsOf(r, r.events, r.fees), cal);
  return { state, correctionNotice, request: r };
}

type Before = Pick<StoredClock, 'overdue' | 'correctionNoticeOverdue'> | null;

/**
 * The request's copy of its reply clock, with the day it was computed (a paused clock moves with
 * every working day: the sweep recomputes those computed before the last working day). Reminders
 * need no reset when the due date moves: their notices are keyed by due date. Overdue flags are
 * only ever raised by the sweep, together with their alert and timeline entry, so that no deadline
 * passes silently; here they are kept while still true and cleared otherwise.
 */
function replyColumns(state: ClockState, before: Before, asOf: string) {
  const due = state.dueDate;
  return {
    clockStart: toDb(state.startDate), dueDate: due ? toDb(due) : null, provisional: state.provisional,
    paused: state.phase === 'paused', extensionDays: state.extensionDays, delayDays: state.delayDays, excludedDays: state.excludedDays,
    clockSteps: state.steps as unknown as object, clockAsOf: toDb(asOf),
    overdue: (before?.overdue ?? false) && due !== null && state.phase === 'running' && due < asOf,
  };
}

/** The request's copy of its 补正 notice stage (same rule for the overdue flag). */
function correctionColumns(cn: CorrectionNoticeClock | null, before: Before, asOf: string) {
  return {
    correctionNoticeDue: cn ? toDb(cn.dueDate) : null, correctionNoticeProvisional: cn?.provisional ?? false,
    correctionNoticeState: cn?.state ?? null, correctionNoticeSteps: (cn?.steps ?? []) as unknown as object,
    correctionNoticeOverdue: (before?.correctionNoticeOverdue ?? false) && cn?.state === 'open' && cn.dueDate < asOf,
  };
}

/** Both clocks as columns of the request (`before`: its stored copy, null for a new row). */
export function clockColumns(clocks: Clocks, before: Before, asOf: string) {
  return { ...replyColumns(clocks.state, before, asOf), ...correctionColumns(clocks.correctionNotice, before, asOf) };
}

const replyKey = (requestId: string) => ({ pluginId: PLUGIN_ID, subjectType: 'request', subjectId: requestId, kind: 'reply' });
export const replyDeadline = (requestId: string, divisionCode: string, state: ClockState) => ({
  ...replyKey(requestId), divisionCode, startDate: state.startDate,
  workingDays: state.baseDays + state.extensionDays + state.delayDays, pausedDays: state.excludedDays,
});

const correctionKey = (requestId: string) => ({ pluginId: PLUGIN_ID, subjectType: 'request', subjectId: requestId, kind: 'correction-notice' });
export const correctionNoticeDeadline = (requestId: string, divisionCode: string, receivedOn: string, cn: CorrectionNoticeClock) => ({
  ...correctionKey(requestId), divisionCode, startDate: receivedOn, workingDays: cn.workingDays,
});

type DeadlineAction =
  | { register: ReturnType<typeof correctionNoticeDeadline> }
  | { close: ReturnType<typeof correctionKey>; status: 'met' | 'cancelled' }
  | null;

/**
 * What keeps the kernel deadline 'correction-notice' in step: registered while the stage is open
 * (the kernel recomputes it when a year's schedule is entered), closed once when the stage ends, as
 * met if it ended by the deadline and cancelled if later.
 */
function correctionDeadlineAction(before: Pick<StoredClock, 'id' | 'divisionCode' | 'receivedOn' | 'correctionNoticeState' | 'correctionNoticeDue'>, cn: CorrectionNoticeClock | null): DeadlineAction {
  if (cn === null) return null;
  const wasOpen = before.correctionNoticeState === null || before.correctionNoticeState === 'open';
  if (cn.state === 'open') {
    if (before.correctionNoticeState !== 'open' || fromDbOrNull(before.correctionNoticeDue) !== cn.dueDate) {
      return { register: correctionNoticeDeadline(before.id, before.divisionCode, fromDb(before.receivedOn), cn) };
    }
    return null;
  }
  return wasOpen ? { close: correctionKey(before.id), status: cn.late ? 'cancelled' : 'met' } : null;
}

/**
 * Recomputes and stores the clock of a request and the 补正 notice stage; returns the reply clock
 * (null if the request is closed: then only the 补正 notice stage is brought up to date).
 */
export async function syncClock(ctx: Ctx, requestId: string): Promise<ClockState | null> {
  const loaded = await loadClockState(ctx, requestId);
  if (!loaded) return null;
  const { state, correctionNotice: cn, request } = loaded;
  const day = today(ctx);
  if (request.status === 'closed') {
    // Closing ends the 补正 notice stage; the reply clock of a closed case is left as it was.
    await ctx.db.mechanismsRequest.update({ where: { id: requestId }, data: correctionColumns(cn, request, day) });
    await applyCorrectionDeadline(ctx, correctionDeadlineAction(request, cn));
    return null;
  }
  await ctx.db.mechanismsRequest.update({ where: { id: requestId }, data: clockColumns({ state, correctionNotice: cn }, request, day) });
  await applyCorrectionDeadline(ctx, correctionDeadlineAction(request, cn));
  if (state.phase === 'awaiting-correction') await ctx.calendar.closeDeadline(ctx.tx, replyKey(requestId), 'cancelled');
  else await ctx.calendar.registerDeadline(ctx.tx, replyDeadline(requestId, request.divisionCode, state));
  return state;
}

async function applyCorrectionDeadline(ctx: Ctx, action: DeadlineAction): Promise<void> {
  if (action === null) return;
  if ('register' in action) await ctx.calendar.registerDeadline(ctx.tx, action.register);
  else await ctx.calendar.closeDeadline(ctx.tx, action.close, action.status);
}

const groupBy = <T extends { requestId: string }>(rows: T[]) => {
  const m = new Map<string, T[]>();
  for (const x of rows) { const l = m.get(x.requestId); if (l) l.push(x); else m.set(x.requestId, [x]); }
  return m;
};

/** The 补正 notice columns of a bulk row, and how the bulk statements declare, store and compare them. */
const correctionRow = (cn: CorrectionNoticeClock | null, cols: ReturnType<typeof correctionColumns>) => ({
  correction_notice_due: cn?.dueDate ?? null, correction_notice_provisional: cols.correctionNoticeProvisional, correction_notice_state: cols.correctionNoticeState,
  correction_notice_steps: cols.correctionNoticeSteps, correction_notice_overdue: cols.correctionNoticeOverdue,
});
const CORRECTION_TYPES = Prisma.sql`correction_notice_due date, correction_notice_provisional boolean, correction_notice_state text, correction_notice_steps jsonb,
  correction_notice_overdue boolean`;
const CORRECTION_SET = Prisma.sql`correction_notice_due = u.correction_notice_due, correction_notice_provisional = u.correction_notice_provisional,
  correction_notice_state = u.correction_notice_state, correction_notice_steps = u.correction_notice_steps, correction_notice_overdue = u.correction_notice_overdue`;
const CORRECTION_CHANGED = Prisma.sql`(r.correction_notice_due, r.correction_notice_provisional, r.correction_notice_state, r.correction_notice_steps, r.correction_notice_overdue)
  IS DISTINCT FROM (u.correction_notice_due, u.correction_notice_provisional, u.correction_notice_state, u.correction_notice_steps, u.correction_notice_overdue)`;

/** Rows sent as one JSON document in bytes: Prisma's query compiler spends ~4x longer on a long text
 * parameter than on the same bytes (measured with Chinese clock steps), and PostgreSQL parses it fast. */
const jsonRows = (rows: readonly object[]) => Prisma.sql`jsonb_to_recordset(convert_from(${Buffer.from(JSON.stringify(rows))}, 'UTF8')::jsonb)`;

/** What the bulk re-computation reads of a request: the facts and the stored state its rules depend on (not the stored steps). */
type BulkStored = Pick<StoredClock, 'id' | 'divisionCode' | 'status' | 'ruleSet' | 'receivedOn' | 'closedOn' | 'overdue'
  | 'correctionNoticeDue' | 'correctionNoticeState' | 'correctionNoticeOverdue'>;

/**
 * `syncClock` for many requests in the caller's transaction, with one calendar snapshot, the
 * ledgers read in four queries and the changes written in bulk: open requests get both clocks,
 * closed ones only their 补正 notice stage (as `syncClock` does). The stored copy is compared in
 * the UPDATE itself (jsonb equality ignores key order), so rows already current (a paused clock
 * changes once per working day; the sweep runs every 15 minutes) are left as they are, and the
 * stored steps are never read back. Returns how many were rewritten.
 */
export async function syncClocks(ctx: Ctx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const idList = [...ids];
  // Raw reads by id list (Prisma's IN of hundreds of ids costs more than the query); sequential on
  // purpose (services/load.ts: concurrent queries trip Prisma's parameter binding).
  const requests = await ctx.db.$queryRaw<BulkStored[]>`
    SELECT id, division_code AS "divisionCode", status, rule_set AS "ruleSet", received_on AS "receivedOn", closed_on AS "closedOn", overdue,
           correction_notice_due AS "correctionNoticeDue", correction_notice_state AS "correctionNoticeState", correction_notice_overdue AS "correctionNoticeOverdue"
    FROM mechanisms_request WHERE id = ANY(${idList}::text[])`;
  if (requests.length === 0) return 0;
  const all = requests.map((r) => r.id);
  const open = requests.filter((r) => r.status !== 'closed').map((r) => r.id);
  const events = groupBy(await ctx.db.$queryRaw<(LedgerEvent & { requestId: string })[]>`
    SELECT request_id AS "requestId", kind, "on", data FROM mechanisms_request_event
    WHERE request_id = ANY(${all}::text[]) AND kind = ANY(${CLOCK_KINDS}::text[]) ORDER BY at, id`);
  const subtasks = groupBy(open.length === 0 ? [] : await ctx.db.$queryRaw<(LedgerSubtask & { requestId: string })[]>`
    SELECT request_id AS "requestId", kind, status, sent_on AS "sentOn", answered_on AS "answeredOn", third_party_name AS "thirdPartyName"
    FROM mechanisms_subtask WHERE request_id = ANY(${open}::text[]) ORDER BY created_at, id`);
  const fees = groupBy(await ctx.db.$queryRaw<(LedgerFee & { requestId: string })[]>`
    SELECT request_id AS "requestId", status, notice_on AS "noticeOn", paid_on AS "paidOn", pay_by AS "payBy", amount
    FROM mechanisms_fee WHERE request_id = ANY(${all}::text[]) ORDER BY created_at, id`);
  const cal = await workingCalendar(ctx);
  const asOf = today(ctx);
  const openRows: { r: BulkStored; state: ClockState; cn: CorrectionNoticeClock | null; cols: ReturnType<typeof clockColumns> }[] = [];
  const closedRows: { r: BulkStored; cn: CorrectionNoticeClock | null; cols: ReturnType<typeof correctionColumns> }[] = [];
  for (const r of requests) {
    const ev = events.get(r.id) ?? [];
    const fs = fees.get(r.id) ?? [];
    const cn = await correctionNoticeFrom(correctionFactsOf(r, ev, fs), cal);
    const correction = correctionColumns(cn, r, asOf);
    if (r.status === 'closed') { closedRows.push({ r, cn, cols: correction }); continue; }
    const state = await clockFrom(factsOf(r, ev, subtasks.get(r.id) ?? [], fs, asOf), cal);
    openRows.push({ r, state, cn, cols: { ...replyColumns(state, r, asOf), ...correction } });
  }
  const now = new Date();
  const changed = new Set<string>();
  if (openRows.length > 0) {
    const rows = openRows.map((c) => ({
      id: c.r.id, clock_start: c.state.startDate, due_date: c.state.dueDate, provisional: c.cols.provisional, paused: c.cols.paused,
      extension_days: c.cols.extensionDays, delay_days: c.cols.delayDays, excluded_days: c.cols.excludedDays, clock_steps: c.cols.clockSteps,
      clock_as_of: asOf, overdue: c.cols.overdue, ...correctionRow(c.cn, c.cols),
    }));
    const updated = await ctx.db.$queryRaw<{ id: string }[]>`
      UPDATE mechanisms_request r SET clock_start = u.clock_start, due_date = u.due_date, provisional = u.provisional, paused = u.paused,
        extension_days = u.extension_days, delay_days = u.delay_days, excluded_days = u.excluded_days, clock_steps = u.clock_steps,
        clock_as_of = u.clock_as_of, overdue = u.overdue, ${CORRECTION_SET}, updated_at = ${now}
      FROM ${jsonRows(rows)} AS u(id text, clock_start date, due_date date, provisional boolean, paused boolean,
        extension_days int, delay_days int, excluded_days int, clock_steps jsonb, clock_as_of date, overdue boolean, ${CORRECTION_TYPES})
      WHERE r.id = u.id AND ((r.clock_start, r.due_date, r.provisional, r.paused, r.extension_days, r.delay_days, r.excluded_days, r.clock_steps, r.clock_as_of, r.overdue)
        IS DISTINCT FROM (u.clock_start, u.due_date, u.provisional, u.paused, u.extension_days, u.delay_days, u.excluded_days, u.clock_steps, u.clock_as_of, u.overdue)
        OR ${CORRECTION_CHANGED})
      RETURNING r.id`;
    for (const { id } of updated) changed.add(id);
  }
  if (closedRows.length > 0) {
    // Closing ends the 补正 notice stage; the reply clock of a closed case is left as it was.
    const rows = closedRows.map((c) => ({ id: c.r.id, ...correctionRow(c.cn, c.cols) }));
    const updated = await ctx.db.$queryRaw<{ id: string }[]>`
      UPDATE mechanisms_request r SET ${CORRECTION_SET}, updated_at = ${now}
      FROM ${jsonRows(rows)} AS u(id text, ${CORRECTION_TYPES})
      WHERE r.id = u.id AND ${CORRECTION_CHANGED}
      RETURNING r.id`;
    for (const { id } of updated) changed.add(id);
  }
  // Kernel deadlines of the rewritten requests (derived from the same fields, so current for the
  // others): the 补正 notice's registered or closed as it moved, the reply's registered
  // (cancelled while a 补正 is awaited: the period restarts).
  const openChanged = openRows.filter((c) => changed.has(c.r.id));
  const actions = [...openChanged, ...closedRows.filter((c) => changed.has(c.r.id))].map((c) => correctionDeadlineAction(c.r, c.cn));
  const closes = (status: 'met' | 'cancelled') => actions.flatMap((a) => (a && 'close' in a && a.status === status ? [a.close] : []));
  await ctx.calendar.closeDeadlines(ctx.tx, closes('met'), 'met');
  await ctx.calendar.closeDeadlines(ctx.tx, closes('cancelled'), 'cancelled');
  await ctx.calendar.closeDeadlines(ctx.tx, openChanged.filter((c) => c.state.phase === 'awaiting-correction').map((c) => replyKey(c.r.id)), 'cancelled');
  await ctx.calendar.registerDeadlines(ctx.tx, [
    ...actions.flatMap((a) => (a && 'register' in a ? [a.register] : [])),
    ...openChanged.filter((c) => c.state.phase !== 'awaiting-correction').map((c) => replyDeadline(c.r.id, c.r.divisionCode, c.state)),
  ]);
  return changed.size;
}
