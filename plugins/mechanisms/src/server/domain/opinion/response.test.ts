import { describe, expect, it } from 'vitest';
import { opinionSettings } from '../../../contracts/opinion';
import { answeredOnTime, isMajorEmergency, planTasks } from './response';

const s = opinionSettings.parse({});
const raised = new Date('2026-11-02T02:00:00Z');
const hoursAfter = (h: number) => new Date(raised.getTime() + h * 3_600_000);

describe('response rules', () => {
  it('defaults to 5 h authoritative information and a 24 h press conference for major emergencies', () => {
    const tasks = planTasks(raised, true, ['lead', 'other'], s);
    expect(tasks).toEqual([
      { organizationId: 'lead', kind: 'authoritative-info', dueAt: hoursAfter(5) },
      { organizationId: 'other', kind: 'authoritative-info', dueAt: hoursAfter(5) },
      { organizationId: 'lead', kind: 'press-conference', dueAt: hoursAfter(24) },
    ]);
  });

  it('defaults to a 48 h response otherwise', () => {
    expect(planTasks(raised, false, ['a', 'a', 'b'], s)).toEqual([
      { organizationId: 'a', kind: 'response', dueAt: hoursAfter(48) },
      { organizationId: 'b', kind: 'response', dueAt: hoursAfter(48) },
    ]);
  });

  it('takes the hours from settings', () => {
    const custom = opinionSettings.parse({ responseRules: { general: { responseHours: 24 }, majorEmergency: { authoritativeInfoHours: 2 } } });
    expect(planTasks(raised, false, ['a'], custom)[0]!.dueAt).toEqual(hoursAfter(24));
    expect(planTasks(raised, true, ['a'], custom).map((t) => t.dueAt)).toEqual([hoursAfter(2), hoursAfter(24)]);
  });

  it('treats red and orange as major emergencies unless staff say otherwise', () => {
    expect(['red', 'orange', 'yellow', 'blue'].map((l) => isMajorEmergency(l as 'red', undefined, s))).toEqual([true, true, false, false]);
    expect(isMajorEmergency('yellow', true, s)).toBe(true);
    expect(isMajorEmergency('red', false, s)).toBe(false);
  });

  it('is on time up to and including the deadline', () => {
    expect(answeredOnTime(hoursAfter(48), hoursAfter(48))).toBe(true);
    expect(answeredOnTime(new Date(hoursAfter(48).getTime() + 1000), hoursAfter(48))).toBe(false);
  });

  it('rejects thresholds out of order, naming the field', () => {
    const r = opinionSettings.safeParse({ thresholds: { blue: 9 } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['thresholds']);
  });
});
