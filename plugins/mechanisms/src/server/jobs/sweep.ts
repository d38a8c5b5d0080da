// The periodic deadline sweep: reminders before due dates, overdue alerts, unpaid fees closed as
// 其他处理, paused clocks brought up to date. Deadlines swept: the reply, the one-time 补正 notice
// (7 working days after receipt, while that stage is open), sub-tasks and Art. 26 releases.
// Set-based SQL (one statement per kind of notice, jobs/request-notices.ts) so that 100,000 open
// requests take seconds; the independent statements run side by side on the pool. Idempotent
// (notices carry a dedupe key, flags are raised once), so a job and the sweep may both run.
import { Prisma } from '@gongkai/db';
import { addCalendarDays } from '@gongkai/kernel';
import type { Settings } from '../settings';
import { enabledSettings } from '../services/enabled-divisions';
import { correctionReminderDays } from '../domain/correction-notice';
import type { WorkingCalendar } from '../domain/calendar-port';
import { reminderThresholds } from '../domain/reminders';
import { ruleSets } from '../domain/rule-sets';
import { syncClocks } from '../services/clock-sync';
import { today as todayOf, workingCalendar } from '../services/calendar';
import type { Ctx } from '../services/context';
import { closeForNonPayment } from '../services/fees';
import { sweepReleaseDeadlines } from './release-deadlines';
import { OPEN, correctionReminders, replyReminders, requestOverdue, subtaskNotices, type Hit, type SweepScope, type Threshold } from './request-notices';

export interface SweepResult {
  reminders: number; overdue: number; correctionReminders: number; correctionOverdue: number;
  subtaskReminders: number; subtasksOverdue: number; feesClosed: number; resynced: number; releaseReminders: number; releasesOverdue: number;
}

/** Outbox event per division with requests whose 补正 notice deadline newly passed. */
export const CORRECTION_NOTICE_OVERDUE_EVENT = 'mechanisms.requests.correction-notice-overdue';
const RULE_SETS_WITH_NOTICE = ruleSets.filter((r) => r.correctionNoticeDays !== null).map((r) => r.id);

interface Scope { requestId?: string }

/** Paused clocks recomputed, and unpaid cases closed, per transaction. */
const RESYNC_BATCH = 500;
const CLOSE_BATCH = 100;
/** Transactions of a bulk step in flight at once. */
const LANES = 2;

/** Divisions with open work where the plugin is enabled, with their settings. */
async function enabledDivisions(ctx: Ctx, scope: Scope): Promise<Map<string, Settings>> {
  const rows = scope.requestId
    ? await ctx.db.$queryRaw<{ d: string }[]>`SELECT division_code AS d FROM mechanisms_request WHERE id = ${scope.requestId}`
    // The request divisions by a skip scan of the (division_code, status, due_date) index: one probe
    // per division instead of reading every open request.
    : await ctx.db.$queryRaw<{ d: string }[]>`WITH RECURSIVE rd(d) AS (
          SELECT min(division_code) FROM mechanisms_request WHERE status IN (${OPEN})
          UNION ALL
          SELECT (SELECT min(r.division_code) FROM mechanisms_request r WHERE r.division_code > rd.d AND r.status IN (${OPEN})) FROM rd WHERE rd.d IS NOT NULL
        )
        SELECT d FROM rd WHERE d IS NOT NULL
        UNION SELECT DISTINCT division_code FROM mechanisms_subtask WHERE status = 'open'
        UNION SELECT DISTINCT division_code FROM mechanisms_release WHERE status = 'planned'`;
  return enabledSettings(ctx, rows.map((r) => r.d));
}

/** The day, divisions and reminder thresholds the sweep's statements share. */
async function sweepScope(ctx: Ctx, divisions: ReadonlyMap<string, Settings>, scope: Scope, today: string, cal: WorkingCalendar): Promise<SweepScope> {
  // (division, k, last due date within k working days) for the reply and sub-task deadlines, and
  // for the 补正 notice only the thresholds shorter than its 7-working-day period.
  const thresholds: Threshold[] = [];
  const correctionThresholds: Threshold[] = [];
  // The latest threshold bounds the due dates looked at, so the reminder queries use an index.
  let lastThreshold = today;
  for (const [d, s] of divisions) {
    const byDays = await reminderThresholds(today, s.requests.reminderDays, cal);
    const forNotice = new Set(correctionReminderDays(s.requests.reminderDays));
    for (const t of byDays) {
      if (t.lastDueDate > lastThreshold) lastThreshold = t.lastDueDate;
      thresholds.push({ division: d, k: t.days, lastDueDate: t.lastDueDate });
      if (forNotice.has(t.days)) correctionThresholds.push({ division: d, k: t.days, lastDueDate: t.lastDueDate });
    }
  }
  return {
    today, thresholds, correctionThresholds, lastThreshold,
    divisions: Prisma.join([...divisions.keys()]),
    only: scope.requestId ? Prisma.sql`AND r.id = ${scope.requestId}` : Prisma.empty,
    onlySub: scope.requestId ? Prisma.sql`AND r.request_id = ${scope.requestId}` : Prisma.empty,
  };
}

/** Runs outside any transaction (its statements go side by side to the pool and commit on their own). */
export async function sweepDeadlines(ctx: Ctx, scope: Scope = {}): Promise<SweepResult> {
  const res: SweepResult = { reminders: 0, overdue: 0, correctionReminders: 0, correctionOverdue: 0, subtaskReminders: 0, subtasksOverdue: 0, feesClosed: 0, resynced: 0, releaseReminders: 0, releasesOverdue: 0 };
  const timer = phaseTimer();
  const divisions = await enabledDivisions(ctx, scope);
  if (divisions.size === 0) return res;
  const today = todayOf(ctx);
  const cal = await workingCalendar(ctx);
  const s = await sweepScope(ctx, divisions, scope, today, cal);
  timer.lap('divisions');

  // 1. Open requests received before the 补正 notice stage was tracked get it computed once.
  const untracked = await ctx.db.$queryRaw<{ id: string }[]>`SELECT r.id FROM mechanisms_request r WHERE r.status IN (${OPEN}) AND r.correction_notice_state IS NULL
    AND r.rule_set IN (${Prisma.join(RULE_SETS_WITH_NOTICE)}) AND r.division_code IN (${s.divisions}) ${s.only}`;
  res.resynced += await resyncInBatches(ctx, untracked.map((r) => r.id));

  // 2. Side by side (separate pool connections, autocommit), each kind of notice one statement:
  //  - paused clocks brought up to date (an unpaid case is closed against its current due date),
  //    unpaid fees past their deadline closing the case as 其他处理（逾期未缴费）, then the overdue
  //    flags of requests (reply, then 补正 notice): these write request rows, one after the other;
  //  - sub-task notices once the unpaid cases (whose open sub-tasks end with them) are closed;
  //  - reply and 补正-notice reminders at once: they only insert notices, and the requests the other
  //    lane changes get none (paused clocks get no reply reminder; a fee notice or a closed case
  //    has ended the 补正-notice stage; time does not move a 补正-notice deadline);
  //  - Art. 26 releases.
  const clocksAndFees = (async () => {
    const resynced = await resyncPausedClocks(ctx, s, cal);
    timer.lap('clocks');
    const feesClosed = await closeUnpaid(ctx, s);
    timer.lap('fees');
    return { resynced, feesClosed };
  })();
  const [requests, subtasks, reminders, correction, releases] = await Promise.all([
    (async () => ({ ...(await clocksAndFees), ...(await requestOverdue(ctx, s)) }))(),
    (async () => { await clocksAndFees; return subtaskNotices(ctx, s); })(),
    replyReminders(ctx, s),
    correctionReminders(ctx, s),
    scope.requestId ? null : sweepReleaseDeadlines(ctx, divisions),
  ]);
  Object.assign(res, {
    feesClosed: requests.feesClosed, resynced: res.resynced + requests.resynced, reminders, correctionReminders: correction, overdue: requests.overdue.length,
    correctionOverdue: requests.correctionOverdue.length, subtaskReminders: subtasks.reminders, subtasksOverdue: subtasks.overdue,
    releaseReminders: releases?.reminders ?? 0, releasesOverdue: releases?.overdue ?? 0,
  });
  timer.lap('notices');

  // One outbox event per division and kind with newly overdue requests (for e-mail, SMS or supervision).
  await emitByDivision(ctx, [['mechanisms.requests.overdue', requests.overdue], [CORRECTION_NOTICE_OVERDUE_EVENT, requests.correctionOverdue]]);
  timer.lap('events');
  ctx.logger.debug({ ...res, phasesMs: timer.laps }, 'deadline sweep');
  return res;
}

/** Wall time per phase of a sweep, for the debug log. */
function phaseTimer() {
  let t = performance.now();
  const laps: Record<string, number> = {};
  return { laps, lap(name: string) { const n = performance.now(); laps[name] = Math.round(n - t); t = n; } };
}

/** Closes the open requests whose fee went unpaid past its deadline, a batch per transaction, two at a time. */
async function closeUnpaid(ctx: Ctx, s: SweepScope): Promise<number> {
  const unpaid = await ctx.db.$queryRaw<{ request_id: string }[]>`SELECT f.request_id FROM mechanisms_fee f JOIN mechanisms_request r ON r.id = f.request_id
    WHERE f.status = 'unpaid' AND f.pay_by < ${s.today}::date AND r.status IN (${OPEN}) AND r.division_code IN (${s.divisions}) ${s.only}`;
  let closed = 0;
  await inLanes(chunks(unpaid.map((f) => f.request_id), CLOSE_BATCH), async (ids) => {
    // (Awaited before adding: `closed += await …` would read `closed` before the other lane's batch ends.)
    const n = await ctx.kernel.db.$transaction((tx) => closeForNonPayment(ctx.kernel.pluginContext('mechanisms', tx) as Ctx, ids, s.today), { timeout: 120_000, maxWait: 30_000 });
    closed += n;
  });
  return closed;
}

const chunks = <T>(xs: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
};

/** Runs `fn` over the batches, two at a time (one computes in this process while the other's statements run). */
async function inLanes<T>(batches: readonly T[], fn: (b: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(LANES, batches.length) }, async () => {
    while (next < batches.length) await fn(batches[next++]!);
  }));
}

/**
 * Paused clocks move with every working day: those not yet computed on or after the last working
 * day (nor in the future: tests and corrected server clocks go back in time) are recomputed, a
 * batch per transaction. Any change to a case recomputes its clock at once, so the sweep only has
 * to catch up with the calendar. Returns how many were recomputed.
 */
async function resyncPausedClocks(ctx: Ctx, s: SweepScope, cal: WorkingCalendar): Promise<number> {
  const lastWorkingDay = await lastWorkingDayOnOrBefore(s.today, cal);
  const paused = await ctx.db.$queryRaw<{ id: string }[]>`SELECT r.id FROM mechanisms_request r WHERE r.paused AND r.status IN (${OPEN})
    AND (r.clock_as_of IS NULL OR r.clock_as_of < ${lastWorkingDay}::date OR r.clock_as_of > ${s.today}::date) AND r.division_code IN (${s.divisions}) ${s.only}`;
  return resyncInBatches(ctx, paused.map((r) => r.id));
}

/** The last working day on or before `day` (`day` itself when it is one). */
async function lastWorkingDayOnOrBefore(day: string, cal: WorkingCalendar): Promise<string> {
  let d = day;
  // No holiday break in China runs past two weeks; the bound only guards against a broken calendar.
  for (let i = 0; i < 31 && !(await cal.isWorkingDay(d)); i++) d = addCalendarDays(d, -1);
  return d;
}

/** `syncClocks` over the requests, a batch per transaction, two at a time; returns how many were looked at. */
async function resyncInBatches(ctx: Ctx, ids: readonly string[]): Promise<number> {
  await inLanes(chunks(ids, RESYNC_BATCH), async (batch) => {
    await ctx.kernel.db.$transaction(async (tx) => { await syncClocks(ctx.kernel.pluginContext('mechanisms', tx) as Ctx, batch); }, { timeout: 120_000, maxWait: 30_000 });
  });
  return ids.length;
}

/**
 * One outbox event per division and kind, emitted side by side outside a transaction (each insert
 * commits on its own; the flags they announce are already committed).
 */
async function emitByDivision(ctx: Ctx, kinds: readonly (readonly [string, readonly Hit[]])[]): Promise<void> {
  const events: { type: string; division: string; ids: string[] }[] = [];
  for (const [type, rows] of kinds) {
    const byDivision = new Map<string, string[]>();
    for (const o of rows) { const l = byDivision.get(o.division_code); if (l) l.push(o.id); else byDivision.set(o.division_code, [o.id]); }
    for (const [division, ids] of byDivision) events.push({ type, division, ids });
  }
  // The dispatcher is told once, after the last insert, rather than after each.
  const kicks: (() => Promise<void>)[] = [];
  const c = ctx.kernel.pluginContext('mechanisms', ctx.kernel.db, (fn) => kicks.push(fn));
  await Promise.all(events.map((e) => c.emit(e.type, e.division, { count: e.ids.length, requestIds: e.ids.slice(0, 200) })));
  await kicks[0]?.();
}
