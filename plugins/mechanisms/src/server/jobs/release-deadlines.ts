// Art. 26 publication deadlines of proactive releases: reminders N working days before the due date
// (N = `settings.releases.reminderDays`), then the overdue flag with a notice and one outbox event
// per division. Run by the periodic sweep for every planned release and by the `check-release` job
// for one release right after it is planned. Idempotent: `reminded_at` keeps the smallest threshold
// already reminded and every notice has a dedupe key, so each reminder is raised exactly once even
// when a job and the sweep run together.
import { Prisma } from '@gongkai/db';
import type { Settings } from '../settings';
import { enabledSettings } from '../services/enabled-divisions';
import { today as todayOf } from '../services/calendar';
import type { Ctx } from '../services/context';
import { raiseNotices, thresholdTable } from './raise-notices';

export const RELEASES_OVERDUE_EVENT = 'mechanisms.releases.overdue';

export interface ReleaseSweepResult { reminders: number; overdue: number }

/** Reminders and overdue flags for the planned releases of `divisions` (or the one `releaseId`). */
export async function sweepReleaseDeadlines(ctx: Ctx, divisions: ReadonlyMap<string, Settings>, scope: { releaseId?: string } = {}): Promise<ReleaseSweepResult> {
  const res: ReleaseSweepResult = { reminders: 0, overdue: 0 };
  if (divisions.size === 0) return res;
  const today = todayOf(ctx);
  const cal = await ctx.calendar.snapshot();
  const divList = Prisma.join([...divisions.keys()]);
  const only = scope.releaseId ? Prisma.sql`AND r.id = ${scope.releaseId}` : Prisma.empty;

  // Thresholds per division: the last day that is k working days from today.
  const thresholds: { division: string; k: number; lastDueDate: string }[] = [];
  for (const [d, s] of divisions) {
    for (const k of [...new Set(s.releases.reminderDays)]) thresholds.push({ division: d, k, lastDueDate: cal.addWorkingDays(today, k, 0).dueDate });
  }
  if (thresholds.length > 0) {
    // The smallest threshold reached and not yet reminded for this due date.
    res.reminders = (await raiseNotices(ctx, {
      subjectType: 'release', kind: 'reminder',
      hit: Prisma.sql`
        SELECT c.id, c.division_code, c.organization_id, c.due_date, c.k, 'release:' || c.id || ':reminder:' || c.due_date || ':' || c.k AS dedupe_key,
               '主动公开信息“' || left(c.title, 40) || '”距发布期限不超过' || c.k || '个工作日（' || to_char(c.due_date, 'YYYY-MM-DD') || '），请及时发布' AS message
        FROM (
          SELECT r.id, r.division_code, r.organization_id, r.title, r.due_date, MIN(t.k) AS k
          FROM mechanisms_release r JOIN (${thresholdTable(thresholds)}) t ON t.division_code = r.division_code
          WHERE r.status = 'planned' AND NOT r.overdue AND r.due_date >= ${today}::date AND r.due_date <= t.threshold
            AND (r.reminded_at IS NULL OR r.reminded_at > t.k) ${only}
          GROUP BY r.id
        ) c`,
      mark: Prisma.sql`UPDATE mechanisms_release r SET reminded_at = hit.k FROM hit WHERE r.id = hit.id`,
    })).raised;
  }

  // Past the due date: flag, alert once.
  const overdue = (await raiseNotices(ctx, {
    subjectType: 'release', kind: 'overdue', returnHits: true,
    hit: Prisma.sql`
      UPDATE mechanisms_release r SET overdue = true
      WHERE r.status = 'planned' AND NOT r.overdue AND r.due_date < ${today}::date AND r.division_code IN (${divList}) ${only}
      RETURNING r.id, r.division_code, r.organization_id, r.due_date, 'release:' || r.id || ':overdue:' || r.due_date AS dedupe_key,
        '主动公开信息“' || left(r.title, 40) || '”已超过发布期限（' || to_char(r.due_date, 'YYYY-MM-DD') || '）' AS message`,
  })).hits;
  res.overdue = overdue.length;

  // One outbox event per division with newly overdue releases (e-mail, SMS, supervision).
  const byDivision = new Map<string, string[]>();
  for (const o of overdue) byDivision.set(o.division_code, [...(byDivision.get(o.division_code) ?? []), o.id]);
  for (const [d, ids] of byDivision) {
    await ctx.kernel.db.$transaction(async (tx) => {
      await ctx.kernel.pluginContext('mechanisms', tx).emit(RELEASES_OVERDUE_EVENT, d, { count: ids.length, releaseIds: ids.slice(0, 200) });
    });
  }
  return res;
}

/** The `check-release` job: the same checks for one release (right after it is planned). */
export async function checkRelease(ctx: Ctx, releaseId: string): Promise<ReleaseSweepResult> {
  const rows = await ctx.db.$queryRaw<{ d: string }[]>`SELECT division_code AS d FROM mechanisms_release WHERE id = ${releaseId} AND status = 'planned'`;
  return sweepReleaseDeadlines(ctx, await enabledSettings(ctx, rows.map((r) => r.d)), { releaseId });
}
