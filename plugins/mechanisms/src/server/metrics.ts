// Indicators contributed to the kernel's `metrics` point, computed over a division's subtree.
import { metrics, type Metric } from '@gongkai/kernel/contracts';
import { outcomeGroupLabels, outcomes, type OutcomeGroup } from '../contracts/vocabulary';
import { opinionWarningsOnTime } from './services/opinion-metrics';
import { interpretationCoverage } from './services/interpretation-metrics';
import { correctionNoticesOnTime } from './services/correction-metrics';

type Q = Parameters<Metric['compute']>[0];
type C = Parameters<Metric['compute']>[1];
const day = (d: Date) => new Date(`${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)}T00:00:00Z`);
const closedIn = (q: Q) => ({ divisionCode: { startsWith: q.divisionCode }, status: 'closed', closedOn: { gte: day(q.period.from), lte: day(q.period.to) } });

const onTimeRate: Metric = {
  id: 'mechanisms.requests-on-time-rate', label: '依申请公开按时答复率', unit: 'percent', pluginId: 'mechanisms',
  async compute(q, { db }: C) {
    const where = closedIn(q);
    const total = await db.mechanismsRequest.count({ where });
    if (total === 0) return null;
    const onTime = await db.mechanismsRequest.count({ where: { ...where, onTime: true } });
    return Math.round((onTime / total) * 1000) / 10;
  },
};

const avgDays: Metric = {
  id: 'mechanisms.requests-average-working-days', label: '依申请公开平均答复用时（工作日）', unit: 'days', higherIsBetter: false, pluginId: 'mechanisms',
  async compute(q, { db }: C) {
    const r = await db.mechanismsRequest.aggregate({ where: { ...closedIn(q), workingDaysTaken: { not: null } }, _avg: { workingDaysTaken: true } });
    return r._avg.workingDaysTaken === null ? null : Math.round(r._avg.workingDaysTaken * 10) / 10;
  },
};

const groups = Object.keys(outcomeGroupLabels) as OutcomeGroup[];
const byOutcome: Metric[] = groups.map((g) => ({
  id: `mechanisms.requests-outcome-${g}` as const, label: `依申请公开办结数：${outcomeGroupLabels[g].replace(/^（.）/, '')}`, unit: 'count' as const, pluginId: 'mechanisms',
  async compute(q: Q, { db }: C) {
    const codes = Object.entries(outcomes).filter(([, i]) => i.group === g).map(([c]) => c);
    return db.mechanismsRequest.count({ where: { ...closedIn(q), outcomeCode: { in: codes } } });
  },
}));

const releasesOnTime: Metric = {
  id: 'mechanisms.releases-on-time-rate', label: '主动公开信息按时发布率（20个工作日内）', unit: 'percent', pluginId: 'mechanisms',
  async compute(q, { db }: C) {
    const where = { divisionCode: { startsWith: q.divisionCode }, status: 'published', publishedOn: { gte: day(q.period.from), lte: day(q.period.to) } };
    const total = await db.mechanismsRelease.count({ where });
    if (total === 0) return null;
    return Math.round((await db.mechanismsRelease.count({ where: { ...where, publishedOnTime: true } }) / total) * 1000) / 10;
  },
};

export const metricContributions = [onTimeRate, avgDays, correctionNoticesOnTime, ...byOutcome, releasesOnTime, opinionWarningsOnTime, interpretationCoverage].map((m) => metrics.add(m));
