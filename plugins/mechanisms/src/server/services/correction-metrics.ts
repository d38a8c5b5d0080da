// Metric: 补正告知按时率. Of the 补正 notices sent in the period (division subtree) under rules with a
// notice period (2019 Regulations, Art. 30: within 7 working days of receipt), the share sent in time.
import type { Metric } from '@gongkai/kernel/contracts';
import { shanghaiDate } from '../domain/calendar-port';

export const correctionNoticesOnTime: Metric = {
  id: 'mechanisms.correction-notices-on-time-rate', label: '补正告知按时率（收到申请后7个工作日内）', unit: 'percent', pluginId: 'mechanisms',
  async compute(q, { db }) {
    const [r] = await db.$queryRaw<{ sent: bigint; on_time: bigint }[]>`
      SELECT count(*) AS sent, count(*) FILTER (WHERE e."on" <= (e.data->>'noticeDue')::date) AS on_time
      FROM mechanisms_request_event e
      WHERE e.kind = 'correction-requested' AND e.data->>'noticeDue' IS NOT NULL AND e.division_code LIKE ${`${q.divisionCode}%`}
        AND e."on" >= ${shanghaiDate(q.period.from)}::date AND e."on" <= ${shanghaiDate(q.period.to)}::date`;
    const sent = Number(r?.sent ?? 0);
    return sent === 0 ? null : Math.round((Number(r!.on_time) / sent) * 1000) / 10;
  },
};
