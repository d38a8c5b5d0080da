// The 补正 notice deadline (条例第三十条: within 7 working days of receipt) and its reminders, on the
// official 2026 calendar: a request received on 30 September 2026, the day before the National Day
// holiday (1–7 October off, Saturday 10 October a make-up working day).
import { addCalendarDays } from '@gongkai/kernel';
import { describe, expect, it } from 'vitest';
import { computeCorrectionNotice, correctionReminderDays, type CorrectionNoticeFacts } from './correction-notice';
import { officialCalendar as cal } from './official-calendar.testing';
import { reminderThresholds } from './reminders';
import { ruleSetById } from './rule-sets';

const facts = (over: Partial<CorrectionNoticeFacts> = {}): CorrectionNoticeFacts => ({
  ruleSet: ruleSetById('ogi-2019'), receivedOn: '2026-09-30', noticeOn: null, notNeededOn: null, movedOn: null, ...over,
});

describe('补正 notice deadline', () => {
  it('falls on the 7th working day after receipt, skipping the National Day holiday and counting the make-up Saturday', async () => {
    const n = (await computeCorrectionNotice(facts(), cal))!;
    // 8, 9, 10 (Sat, make-up day), 12, 13, 14, 15 October.
    expect(n).toMatchObject({ state: 'open', workingDays: 7, dueDate: '2026-10-15', provisional: false, late: false, endedOn: null });
    expect(n.calendarExplanation).toEqual({ skipped: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-11'] });
    const steps = Object.fromEntries(n.steps.map((s) => [s.label, s.detail]));
    expect(steps['适用规则']).toContain('条例第三十条');
    expect(steps['收到申请']).toBe('2026-09-30（收到申请之日不计入期限，自次日起算）');
    expect(steps['告知期限']).toBe('7个工作日');
    expect(steps['补正告知截止日']).toBe('2026-09-30后第7个工作日：2026-10-15');
    expect(steps['办理情况']).toBe('尚未告知补正，也未确认无需补正');
  });

  it('fires the 5-, 3- and 1-working-day reminders on 9, 12 and 14 October', async () => {
    const due = (await computeCorrectionNotice(facts(), cal))!.dueDate;
    const firstDay: Record<number, string> = {};
    for (let day = '2026-09-30'; day <= due; day = addCalendarDays(day, 1)) {
      for (const t of await reminderThresholds(day, [5, 3, 1], cal)) if (due <= t.lastDueDate && !firstDay[t.days]) firstDay[t.days] = day;
    }
    expect(firstDay).toEqual({ 5: '2026-10-09', 3: '2026-10-12', 1: '2026-10-14' });
    // On the make-up Saturday the 3-day threshold reaches only the 14th (12, 13, 14): not yet.
    expect(await reminderThresholds('2026-10-10', [3], cal)).toEqual([{ days: 3, lastDueDate: '2026-10-14' }]);
    // During the holiday the 5-day threshold is the 13th: the deadline is further away.
    expect(await reminderThresholds('2026-10-05', [5, 5, 1], cal)).toEqual([{ days: 1, lastDueDate: '2026-10-08' }, { days: 5, lastDueDate: '2026-10-13' }]);
  });

  it('only uses reminder settings shorter than the 7-working-day period', () => {
    expect(correctionReminderDays([5, 3, 1])).toEqual([1, 3, 5]);
    expect(correctionReminderDays([10, 7, 6, 6, 2])).toEqual([2, 6]);
    expect(correctionReminderDays([])).toEqual([]);
  });

  it('ends when the notice is sent (late after the deadline), when no 补正 is needed, or when the case moves on', async () => {
    expect(await computeCorrectionNotice(facts({ noticeOn: '2026-10-15' }), cal)).toMatchObject({ state: 'sent', late: false, endedOn: '2026-10-15' });
    const late = (await computeCorrectionNotice(facts({ noticeOn: '2026-10-16' }), cal))!;
    expect(late).toMatchObject({ state: 'sent', late: true });
    expect(late.steps.at(-1)).toEqual({ label: '办理情况', detail: '2026-10-16已告知补正（超过补正告知期限）' });
    expect(await computeCorrectionNotice(facts({ notNeededOn: '2026-10-08' }), cal)).toMatchObject({ state: 'not-needed', late: false, endedOn: '2026-10-08' });
    // A notice sent after "not needed" was recorded is what counts.
    expect(await computeCorrectionNotice(facts({ notNeededOn: '2026-10-08', noticeOn: '2026-10-12' }), cal)).toMatchObject({ state: 'sent', endedOn: '2026-10-12' });
    const fee = (await computeCorrectionNotice(facts({ movedOn: { on: '2026-10-20', what: '已发出收费通知' } }), cal))!;
    expect(fee).toMatchObject({ state: 'ended', late: true, endedOn: '2026-10-20' });
    expect(fee.steps.at(-1)?.detail).toBe('2026-10-20已发出收费通知，不再告知补正（超过补正告知期限）');
  });

  it('is provisional when it runs into a year without an official schedule, and absent under the 2007 rules', async () => {
    const n = (await computeCorrectionNotice(facts({ receivedOn: '2026-12-28' }), cal))!;
    expect(n.dueDate.startsWith('2027-')).toBe(true);
    expect(n.provisional).toBe(true);
    expect(n.steps.find((s) => s.label === '补正告知截止日')?.detail).toContain('暂定');
    expect(await computeCorrectionNotice(facts({ ruleSet: ruleSetById('ogi-2007'), receivedOn: '2018-06-01' }), cal)).toBeNull();
  });
});
