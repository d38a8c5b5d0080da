// Metric: 重大政策解读率 — the interpretation coverage of the major policies published in the
// period (division subtree), within the division's N working days (domain/interpretation/coverage).
import type { Metric } from '@gongkai/kernel/contracts';
import { shanghaiDate } from '../domain/calendar-port';
import { coverage } from '../domain/interpretation/coverage';
import { settingsSchema } from '../settings';
import { majorPoliciesFor } from './interpretation-coverage';

export const interpretationCoverage: Metric = {
  id: 'mechanisms.interpretation-coverage', label: '重大政策解读率', unit: 'percent', pluginId: 'mechanisms',
  async compute(q, { db, kernel }) {
    const state = await kernel.enablement.effective(db, q.divisionCode, 'mechanisms');
    const n = settingsSchema.parse(state.settings).interpretation.coverageDays;
    const policies = await majorPoliciesFor(db, q.divisionCode, shanghaiDate(q.period.from), shanghaiDate(q.period.to));
    const cal = await kernel.calendar.snapshot(db);
    return coverage(policies, n, shanghaiDate(kernel.clock.now()), (a, b) => cal.workingDaysBetween(a, b).days).rate;
  },
};
