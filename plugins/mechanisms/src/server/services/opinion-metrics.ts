// Metric: 舆情预警按时回应率. Of the warnings raised in the period (division subtree) whose outcome
// is known, the share answered on time: every task answered by its deadline. Known = settled
// (answered or closed with a verdict) or still open with a task already past its deadline (late).
import type { Metric } from '@gongkai/kernel/contracts';

export const opinionWarningsOnTime: Metric = {
  id: 'mechanisms.opinion-warnings-on-time', label: '舆情预警按时回应率', unit: 'percent', pluginId: 'mechanisms',
  async compute(q, { db, kernel }) {
    const now = kernel.clock.now();
    const [r] = await db.$queryRaw<{ decided: bigint; on_time: bigint }[]>`
      SELECT count(*) FILTER (WHERE w.on_time IS NOT NULL OR EXISTS (
               SELECT 1 FROM mechanisms_response_task t WHERE t.warning_id = w.id AND t.status <> 'cancelled' AND (t.overdue OR t.due_at < ${now}))) AS decided,
             count(*) FILTER (WHERE w.on_time) AS on_time
      FROM mechanisms_opinion_warning w
      WHERE w.division_code LIKE ${`${q.divisionCode}%`} AND w.raised_at >= ${q.period.from} AND w.raised_at <= ${q.period.to}`;
    const decided = Number(r?.decided ?? 0);
    return decided === 0 ? null : Math.round((Number(r!.on_time) / decided) * 1000) / 10;
  },
};
