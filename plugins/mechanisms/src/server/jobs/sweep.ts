// The periodic deadline sweep: reminders before due dates, overdue alerts, unpaid fees closed as
// 其他处理, paused clocks brought up to date. Deadlines swept: the reply, the one-time 补正 notice
// (7 working days after receipt, while that stage is open), sub-tasks and Art. 26 releases.
// Set-based SQL so 100,000 open requests take seconds; idempotent (notices carry a dedupe key, flags
// are raised once), so a job and the sweep may both run.
import { Prisma } from '@gongkai/db';
import { settingsSchema, type Settings } from '../settings';
import { correctionReminderDays } from '../domain/correction-notice';
import { reminderThresholds } from '../domain/reminders';
import { ruleSets } from '../domain/rule-sets';
import { syncClocks } from '../services/clock-sync';
import { today as todayOf, workingCalendar } from '../services/calendar';
import type { Ctx } from '../services/context';
import { closeForNonPayment } from '../services/fees';
import { requestStatuses } from '../../contracts/vocabulary';
import { sweepReleaseDeadlines } from './release-deadlines';

export interface SweepResult {
  reminders: number; overdue: number; correctionReminders: number; correctionOverdue: number;
  subtaskReminders: number; subtasksOverdue: number; feesClosed: number; resynced: number; releaseReminders: number; releasesOverdue: number;
}

/** Outbox event per division with requests whose 补正 notice deadline newly passed. */
export const CORRECTION_NOTICE_OVERDUE_EVENT = 'mechanisms.requests.correction-notice-overdue';
const RULE_SETS_WITH_NOTICE = ruleSets.filter((r) => r.correctionNoticeDays !== null).map((r) => r.id);

interface Scope { requestId?: string }

/** Statuses of open requests, listed so that the (status, due date) indexes serve the sweep. */
const OPEN = Prisma.join(requestStatuses.filter((s) => s !== 'closed'));

/** Paused clocks recomputed, and unpaid cases closed, per transaction. */
const RESYNC_BATCH = 500;
const CLOSE_BATCH = 200;

/** Divisions with open work where the plugin is enabled, with their settings. */
async function enabledDivisions(ctx: Ctx, scope: Scope): Promise<Map<string, Settings>> {
  const rows = scope.requestId
    ? await ctx.db.$queryRaw<{ d: string }[]>`SELECT division_code AS d FROM mechanisms_request WHERE id = ${scope.requestId}`
    : await ctx.db.$queryRaw<{ d: string }[]>`SELECT DISTINCT division_code AS d FROM mechanisms_request WHERE status IN (${OPEN})
        UNION SELECT DISTINCT division_code FROM mechanisms_subtask WHERE status = 'open'
        UNION SELECT DISTINCT division_code FROM mechanisms_release WHERE status = 'planned'`;
  const out = new Map<string, Settings>();
  for (const { d } of rows) {
    const s = await ctx.kernel.enablement.effective(ctx.kernel.db, d, 'mechanisms');
    if (s.enabled) out.set(d, settingsSchema.parse(s.settings));
  }
  return out;
}

export async function sweepDeadlines(ctx: Ctx, scope: Scope = {}): Promise<SweepResult> {
  const res: SweepResult = { reminders: 0, overdue: 0, correctionReminders: 0, correctionOverdue: 0, subtaskReminders: 0, subtasksOverdue: 0, feesClosed: 0, resynced: 0, releaseReminders: 0, releasesOverdue: 0 };
  const divisions = await enabledDivisions(ctx, scope);
  if (divisions.size === 0) return res;
  const today = todayOf(ctx);
  const cal = await workingCalendar(ctx);
  // (division, k, last due date within k working days) for the reply and sub-task deadlines, and
  // for the 补正 notice only the thresholds shorter than its 7-working-day period.
  const thresholds: Prisma.Sql[] = [];
  const correctionThresholds: Prisma.Sql[] = [];
  // The latest threshold bounds the due dates looked at, so the reminder queries use an index.
  let lastThreshold = today;
  for (const [d, s] of divisions) {
    const byDays = await reminderThresholds(today, s.requests.reminderDays, cal);
    for (const t of byDays) {
      if (t.lastDueDate > lastThreshold) lastThreshold = t.lastDueDate;
      thresholds.push(Prisma.sql`(${d}::text, ${t.days}::int, ${t.lastDueDate}::date)`);
    }
    const forNotice = new Set(correctionReminderDays(s.requests.reminderDays));
    for (const t of byDays.filter((x) => forNotice.has(x.days))) correctionThresholds.push(Prisma.sql`(${d}::text, ${t.days}::int, ${t.lastDueDate}::date)`);
  }
  const divList = Prisma.join([...divisions.keys()]);
  const only = scope.requestId ? Prisma.sql`AND r.id = ${scope.requestId}` : Prisma.empty;
  const onlySub = scope.requestId ? Prisma.sql`AND r.request_id = ${scope.requestId}` : Prisma.empty;
  const now = ctx.clock.now();

  // 1. Paused clocks move with every working day: bring them up to date first, a batch per transaction.
  const paused = await ctx.db.$queryRaw<{ id: string }[]>`SELECT r.id FROM mechanisms_request r WHERE r.status IN (${OPEN}) AND r.paused AND r.division_code IN (${divList}) ${only}`;
  res.resynced += await resyncInBatches(ctx, paused.map((r) => r.id));
  // Open requests received before the 补正 notice stage was tracked get it computed once.
  const untracked = await ctx.db.$queryRaw<{ id: string }[]>`SELECT r.id FROM mechanisms_request r WHERE r.status IN (${OPEN}) AND r.correction_notice_state IS NULL
    AND r.rule_set IN (${Prisma.join(RULE_SETS_WITH_NOTICE)}) AND r.division_code IN (${divList}) ${only}`;
  res.resynced += await resyncInBatches(ctx, untracked.map((r) => r.id));

  // 2. Unpaid fees past their deadline close the case as 其他处理（逾期未缴费）.
  const unpaid = await ctx.db.$queryRaw<{ request_id: string }[]>`SELECT f.request_id FROM mechanisms_fee f JOIN mechanisms_request r ON r.id = f.request_id
    WHERE f.status = 'unpaid' AND f.pay_by < ${today}::date AND r.status IN (${OPEN}) AND r.division_code IN (${divList}) ${only}`;
  for (let i = 0; i < unpaid.length; i += CLOSE_BATCH) {
    const ids = unpaid.slice(i, i + CLOSE_BATCH).map((f) => f.request_id);
    res.feesClosed += await ctx.kernel.db.$transaction((tx) => closeForNonPayment(ctx.kernel.pluginContext('mechanisms', tx) as Ctx, ids, today), { timeout: 120_000, maxWait: 30_000 });
  }

  if (thresholds.length > 0) {
    // 3. Reminders: the smallest threshold reached and not yet reminded for the current due date.
    const remind = await ctx.db.$queryRaw<{ n: bigint }[]>`
      WITH t(division_code, k, threshold) AS (VALUES ${Prisma.join(thresholds)}),
      hit AS (
        SELECT r.id, r.division_code, r.organization_id, r.number, r.due_date, MIN(t.k) AS k
        FROM mechanisms_request r JOIN t ON t.division_code = r.division_code
        WHERE r.status IN (${OPEN}) AND NOT r.paused AND r.due_date IS NOT NULL AND r.due_date >= ${today}::date AND r.due_date <= t.threshold
          AND r.due_date <= ${lastThreshold}::date
          AND (r.reminded_at IS NULL OR r.reminded_at > t.k) ${only}
        GROUP BY r.id, r.division_code, r.organization_id, r.number, r.due_date
      ),
      upd AS (UPDATE mechanisms_request r SET reminded_at = hit.k FROM hit WHERE r.id = hit.id RETURNING r.id),
      ins AS (
        INSERT INTO mechanisms_notice (id, division_code, organization_id, subject_type, subject_id, kind, dedupe_key, message, due_date, created_at)
        SELECT gen_random_uuid()::text, hit.division_code, hit.organization_id, 'request', hit.id, 'reminder',
               'request:' || hit.id || ':reminder:' || hit.due_date || ':' || hit.k,
               '申请' || hit.number || '距答复期限还有' || hit.k || '个工作日（' || to_char(hit.due_date, 'YYYY-MM-DD') || '）', hit.due_date, ${now}
        FROM hit ON CONFLICT (dedupe_key) DO NOTHING RETURNING 1
      )
      SELECT (SELECT count(*) FROM ins) AS n, (SELECT count(*) FROM upd) AS u`;
    res.reminders = Number(remind[0]?.n ?? 0);

    const subRemind = await ctx.db.$queryRaw<{ n: bigint }[]>`
      WITH t(division_code, k, threshold) AS (VALUES ${Prisma.join(thresholds)}),
      hit AS (
        SELECT r.id, r.division_code, r.target_organization_id, r.due_date, MIN(t.k) AS k
        FROM mechanisms_subtask r JOIN t ON t.division_code = r.division_code
        WHERE r.status = 'open' AND r.due_date >= ${today}::date AND r.due_date <= t.threshold AND r.due_date <= ${lastThreshold}::date AND (r.reminded_at IS NULL OR r.reminded_at > t.k) ${onlySub}
        GROUP BY r.id, r.division_code, r.target_organization_id, r.due_date
      ),
      upd AS (UPDATE mechanisms_subtask r SET reminded_at = hit.k FROM hit WHERE r.id = hit.id RETURNING r.id),
      ins AS (
        INSERT INTO mechanisms_notice (id, division_code, organization_id, subject_type, subject_id, kind, dedupe_key, message, due_date, created_at)
        SELECT gen_random_uuid()::text, hit.division_code, hit.target_organization_id, 'subtask', hit.id, 'reminder',
               'subtask:' || hit.id || ':reminder:' || hit.due_date || ':' || hit.k,
               '协办或征求意见事项距回复期限还有' || hit.k || '个工作日（' || to_char(hit.due_date, 'YYYY-MM-DD') || '）', hit.due_date, ${now}
        FROM hit ON CONFLICT (dedupe_key) DO NOTHING RETURNING 1
      )
      SELECT (SELECT count(*) FROM ins) AS n, (SELECT count(*) FROM upd) AS u`;
    res.subtaskReminders = Number(subRemind[0]?.n ?? 0);
  }

  if (correctionThresholds.length > 0) {
    // 3b. The 补正 notice: reminders while the stage is open (not sent, not recorded as not needed).
    const remind = await ctx.db.$queryRaw<{ n: bigint }[]>`
      WITH t(division_code, k, threshold) AS (VALUES ${Prisma.join(correctionThresholds)}),
      hit AS (
        SELECT r.id, r.division_code, r.organization_id, r.number, r.correction_notice_due AS due, MIN(t.k) AS k
        FROM mechanisms_request r JOIN t ON t.division_code = r.division_code
        WHERE r.correction_notice_state = 'open' AND r.status <> 'closed' AND r.correction_notice_due >= ${today}::date AND r.correction_notice_due <= t.threshold
          AND (r.correction_reminded_at IS NULL OR r.correction_reminded_at > t.k) ${only}
        GROUP BY r.id, r.division_code, r.organization_id, r.number, r.correction_notice_due
      ),
      upd AS (UPDATE mechanisms_request r SET correction_reminded_at = hit.k FROM hit WHERE r.id = hit.id RETURNING r.id),
      ins AS (
        INSERT INTO mechanisms_notice (id, division_code, organization_id, subject_type, subject_id, kind, dedupe_key, message, due_date, created_at)
        SELECT gen_random_uuid()::text, hit.division_code, hit.organization_id, 'request', hit.id, 'reminder',
               'request:' || hit.id || ':correction-reminder:' || hit.due || ':' || hit.k,
               '申请' || hit.number || '距补正告知期限还有' || hit.k || '个工作日（' || to_char(hit.due, 'YYYY-MM-DD') || '）：申请内容不明确的须在此前一次性告知补正，明确的请登记“无需补正”', hit.due, ${now}
        FROM hit ON CONFLICT (dedupe_key) DO NOTHING RETURNING 1
      )
      SELECT (SELECT count(*) FROM ins) AS n, (SELECT count(*) FROM upd) AS u`;
    res.correctionReminders = Number(remind[0]?.n ?? 0);
  }

  // 4. Overdue: flag, record on the timeline, alert.
  const overdue = await ctx.db.$queryRaw<{ id: string; division_code: string }[]>`
    WITH hit AS (
      SELECT r.id, r.division_code, r.organization_id, r.number, r.due_date FROM mechanisms_request r
      WHERE r.status IN (${OPEN}) AND NOT r.paused AND NOT r.overdue AND r.due_date < ${today}::date AND r.division_code IN (${divList}) ${only}
      FOR UPDATE SKIP LOCKED
    ),
    upd AS (UPDATE mechanisms_request r SET overdue = true FROM hit WHERE r.id = hit.id RETURNING r.id),
    ev AS (
      INSERT INTO mechanisms_request_event (id, request_id, division_code, kind, "on", at, public, note, data)
      SELECT gen_random_uuid()::text, hit.id, hit.division_code, 'overdue', ${today}::date, ${now}, false, '已超过答复期限' || to_char(hit.due_date, 'YYYY-MM-DD'), '{}'::jsonb FROM hit RETURNING 1
    ),
    ins AS (
      INSERT INTO mechanisms_notice (id, division_code, organization_id, subject_type, subject_id, kind, dedupe_key, message, due_date, created_at)
      SELECT gen_random_uuid()::text, hit.division_code, hit.organization_id, 'request', hit.id, 'overdue', 'request:' || hit.id || ':overdue:' || hit.due_date,
             '申请' || hit.number || '已超过答复期限（' || to_char(hit.due_date, 'YYYY-MM-DD') || '）', hit.due_date, ${now}
      FROM hit ON CONFLICT (dedupe_key) DO NOTHING RETURNING 1
    )
    SELECT hit.id, hit.division_code FROM hit`;
  res.overdue = overdue.length;

  // 4b. The 补正 notice deadline passed with the stage still open: flag, timeline, alert.
  const correctionOverdue = await ctx.db.$queryRaw<{ id: string; division_code: string }[]>`
    WITH hit AS (
      SELECT r.id, r.division_code, r.organization_id, r.number, r.correction_notice_due AS due FROM mechanisms_request r
      WHERE r.correction_notice_state = 'open' AND r.status <> 'closed' AND NOT r.correction_notice_overdue AND r.correction_notice_due < ${today}::date
        AND r.division_code IN (${divList}) ${only}
      FOR UPDATE SKIP LOCKED
    ),
    upd AS (UPDATE mechanisms_request r SET correction_notice_overdue = true FROM hit WHERE r.id = hit.id RETURNING r.id),
    ev AS (
      INSERT INTO mechanisms_request_event (id, request_id, division_code, kind, "on", at, public, note, data)
      SELECT gen_random_uuid()::text, hit.id, hit.division_code, 'correction-notice-overdue', ${today}::date, ${now}, false,
             '补正告知期限' || to_char(hit.due, 'YYYY-MM-DD') || '已过，既未告知补正，也未登记无需补正', '{}'::jsonb FROM hit RETURNING 1
    ),
    ins AS (
      INSERT INTO mechanisms_notice (id, division_code, organization_id, subject_type, subject_id, kind, dedupe_key, message, due_date, created_at)
      SELECT gen_random_uuid()::text, hit.division_code, hit.organization_id, 'request', hit.id, 'overdue', 'request:' || hit.id || ':correction-overdue:' || hit.due,
             '申请' || hit.number || '已超过补正告知期限（' || to_char(hit.due, 'YYYY-MM-DD') || '），既未告知补正，也未登记无需补正', hit.due, ${now}
      FROM hit ON CONFLICT (dedupe_key) DO NOTHING RETURNING 1
    )
    SELECT hit.id, hit.division_code FROM hit`;
  res.correctionOverdue = correctionOverdue.length;

  const subOverdue = await ctx.db.$queryRaw<{ n: bigint }[]>`
    WITH hit AS (
      SELECT r.id, r.division_code, r.target_organization_id, r.due_date FROM mechanisms_subtask r
      WHERE r.status = 'open' AND NOT r.overdue AND r.due_date < ${today}::date AND r.division_code IN (${divList}) ${onlySub}
    ),
    upd AS (UPDATE mechanisms_subtask r SET overdue = true FROM hit WHERE r.id = hit.id RETURNING r.id),
    ins AS (
      INSERT INTO mechanisms_notice (id, division_code, organization_id, subject_type, subject_id, kind, dedupe_key, message, due_date, created_at)
      SELECT gen_random_uuid()::text, hit.division_code, hit.target_organization_id, 'subtask', hit.id, 'overdue', 'subtask:' || hit.id || ':overdue:' || hit.due_date,
             '协办或征求意见事项已超过回复期限（' || to_char(hit.due_date, 'YYYY-MM-DD') || '）', hit.due_date, ${now}
      FROM hit ON CONFLICT (dedupe_key) DO NOTHING RETURNING 1
    )
    SELECT count(*) AS n FROM upd`;
  res.subtasksOverdue = Number(subOverdue[0]?.n ?? 0);

  // 5. Art. 26: reminders before the publication deadline of proactive information, then overdue.
  if (!scope.requestId) {
    const rel = await sweepReleaseDeadlines(ctx, divisions);
    res.releaseReminders = rel.reminders;
    res.releasesOverdue = rel.overdue;
  }

  // One outbox event per division and kind with newly overdue requests (for e-mail, SMS or
  // supervision), all in one transaction.
  await emitByDivision(ctx, [['mechanisms.requests.overdue', overdue], [CORRECTION_NOTICE_OVERDUE_EVENT, correctionOverdue]]);
  return res;
}

/** `syncClocks` over the requests, a batch per transaction; returns how many were looked at. */
async function resyncInBatches(ctx: Ctx, ids: readonly string[]): Promise<number> {
  for (let i = 0; i < ids.length; i += RESYNC_BATCH) {
    const batch = ids.slice(i, i + RESYNC_BATCH);
    await ctx.kernel.db.$transaction(async (tx) => { await syncClocks(ctx.kernel.pluginContext('mechanisms', tx) as Ctx, batch); }, { timeout: 120_000, maxWait: 30_000 });
  }
  return ids.length;
}

async function emitByDivision(ctx: Ctx, kinds: readonly (readonly [string, readonly { id: string; division_code: string }[]])[]): Promise<void> {
  const events: { type: string; division: string; ids: string[] }[] = [];
  for (const [type, rows] of kinds) {
    const byDivision = new Map<string, string[]>();
    for (const o of rows) { const l = byDivision.get(o.division_code); if (l) l.push(o.id); else byDivision.set(o.division_code, [o.id]); }
    for (const [division, ids] of byDivision) events.push({ type, division, ids });
  }
  if (events.length === 0) return;
  await ctx.kernel.db.$transaction(async (tx) => {
    const c = ctx.kernel.pluginContext('mechanisms', tx);
    for (const e of events) await c.emit(e.type, e.division, { count: e.ids.length, requestIds: e.ids.slice(0, 200) });
  }, { timeout: 120_000, maxWait: 30_000 });
}
