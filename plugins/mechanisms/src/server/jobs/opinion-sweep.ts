// Every 15 minutes: recompute the heat of active topics (growth changes with time, so a topic can
// cross a threshold without a new item) and flag response tasks past their deadline.
import type { Ctx } from '../services/context';
import { enabledSettings } from '../services/enabled-divisions';
import { refreshTopic } from '../services/opinion';
import { sweepOverdueTasks } from '../services/opinion-warnings';

export interface OpinionSweepResult { topics: number; warnings: number; overdueTasks: number }

export async function sweepOpinion(ctx: Ctx): Promise<OpinionSweepResult> {
  const res: OpinionSweepResult = { topics: 0, warnings: 0, overdueTasks: 0 };
  const now = ctx.clock.now();
  const divisions = await ctx.db.$queryRaw<{ d: string }[]>`
    SELECT DISTINCT division_code AS d FROM mechanisms_opinion_topic WHERE status = 'open' AND last_seen_at >= ${new Date(now.getTime() - 30 * 86_400_000)}
    UNION SELECT DISTINCT warning_division_code FROM mechanisms_response_task WHERE status = 'open' AND NOT overdue`;
  const settings = await enabledSettings(ctx, divisions.map((r) => r.d));
  for (const [divisionCode, s] of settings) {
    const since = new Date(now.getTime() - s.opinion.heatWindowHours * 3_600_000);
    await ctx.kernel.db.$transaction(async (tx) => {
      const c = ctx.kernel.pluginContext('mechanisms', tx) as Ctx;
      await c.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`mechanisms:opinion:${divisionCode}`}))`;
      // Topics active within the heat window, and any with heat left to decay.
      const topics = await c.db.mechanismsOpinionTopic.findMany({
        where: { divisionCode, status: 'open', OR: [{ lastSeenAt: { gte: since } }, { heat: { gt: 0 } }] }, select: { id: true },
      });
      for (const t of topics) {
        if (await refreshTopic(c, t.id, s.opinion)) res.warnings++;
        res.topics++;
      }
      res.overdueTasks += await sweepOverdueTasks(c, [divisionCode]);
    }, { timeout: 120_000 });
  }
  return res;
}
