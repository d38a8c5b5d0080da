// Metrics contributed to the kernel: completeness (published / due) and timeliness (on time /
// published) of required disclosures whose due date falls in the period, over the division's
// subtree; overall and per sector of the work plan.
import type { Tx } from '@gongkai/db';
import type { Kernel } from '@gongkai/kernel';
import { metrics, type Contribution, type Metric, type MetricPeriod } from '@gongkai/kernel/contracts';
import type { SectorDefinition } from '../../contracts';
import { chinaDateOf } from '../dates';
import { addToSummary, emptySummary, rates, type RowSummary } from './engine';
import { loadCompliance } from './load';

export async function periodSummary(kernel: Kernel, db: Tx, divisionCode: string, period: MetricPeriod, sectorId?: string): Promise<RowSummary> {
  const from = chinaDateOf(period.from);
  const to = chinaDateOf(period.to);
  const s = emptySummary();
  // A year's disclosures fall due in that year or the next (final accounts).
  for (let y = Number(from.slice(0, 4)) - 1; y <= Number(to.slice(0, 4)); y++) {
    const data = await loadCompliance(kernel, db, divisionCode, y, sectorId);
    for (const row of data.rows) {
      for (const c of Object.values(row.cells)) {
        if (c.dueDate && c.dueDate >= from && c.dueDate <= to) addToSummary(s, c);
      }
    }
  }
  return s;
}

function pair(idPrefix: string, label: string, sectorId?: string): Metric[] {
  return [
    {
      id: `${idPrefix}.completeness`, label: `${label}公开完整率`, unit: 'percent', pluginId: 'key-sectors',
      compute: async (q, ctx) => rates(await periodSummary(ctx.kernel, ctx.db, q.divisionCode, q.period, sectorId)).completeness,
    },
    {
      id: `${idPrefix}.timeliness`, label: `${label}按时公开率`, unit: 'percent', pluginId: 'key-sectors',
      compute: async (q, ctx) => rates(await periodSummary(ctx.kernel, ctx.db, q.divisionCode, q.period, sectorId)).timeliness,
    },
  ];
}

/** Overall (every installed sector, outside ones included) and one pair per built-in sector. */
export function complianceMetrics(builtin: readonly SectorDefinition[]): Contribution[] {
  return [
    ...pair('key-sectors', '重点领域信息'),
    ...builtin.flatMap((s) => pair(`key-sectors.${s.id}`, `“${s.label}”领域信息`, s.id)),
  ].map((m) => metrics.add(m) as Contribution);
}
