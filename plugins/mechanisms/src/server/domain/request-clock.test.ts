import { describe, expect, it } from 'vitest';
import { computeClock, mergeSegments, type ClockFacts } from './request-clock';
import { officialCalendar as cal } from './official-calendar.testing';
import { ruleSetById, ruleSetFor } from './rule-sets';

const base = (over: Partial<ClockFacts> = {}): ClockFacts => ({
  ruleSet: ruleSetById('ogi-2019'), receivedOn: '2026-09-30', correction: null, exclusions: [], extension: null, delay: null, asOf: '2026-10-09', ...over,
});

describe('rule set selection', () => {
  it('picks the 2007 rules up to 2019-05-14 and the 2019 rules from 2019-05-15', () => {
    expect(ruleSetFor('2019-05-14').id).toBe('ogi-2007');
    expect(ruleSetFor('2019-05-15').id).toBe('ogi-2019');
    expect(() => ruleSetFor('2008-04-30')).toThrow(RangeError);
  });
});

describe('request clock (2019 Regulations)', () => {
  it('skips the 2026 National Day holiday and counts the 10 October make-up working day', async () => {
    // Received the day before the holiday: Oct 1–7 are holidays, Saturday Oct 10 is a working day.
    const s = await computeClock(base(), cal);
    expect(s.dueDate).toBe('2026-11-03');
    expect(s.totalDays).toBe(20);
    expect(s.correctionNoticeDue).toBe('2026-10-15'); // 7 working days: 8, 9, 10 (Sat), 12, 13, 14, 15
    expect(s.phase).toBe('running');
  });

  it('waits for the 补正 and restarts the period from its receipt', async () => {
    const waiting = await computeClock(base({ correction: { noticeOn: '2026-10-09', receivedOn: null } }), cal);
    expect(waiting.phase).toBe('awaiting-correction');
    expect(waiting.dueDate).toBeNull();
    const restarted = await computeClock(base({ correction: { noticeOn: '2026-10-09', receivedOn: '2026-10-16' } }), cal);
    expect(restarted.startDate).toBe('2026-10-16');
    // 20 working days after Fri 16 Oct 2026: 19–23, 26–30, 2–6, 9–13 Nov → 13 Nov.
    expect(restarted.dueDate).toBe('2026-11-13');
  });

  it('adds one approved extension of at most 20 working days', async () => {
    const s = await computeClock(base({ extension: { days: 20, approvedOn: '2026-10-20', approver: '张主任' } }), cal);
    expect(s.totalDays).toBe(40);
    expect(s.dueDate).toBe('2026-12-01');
    expect(s.steps.some((x) => x.detail.includes('张主任'))).toBe(true);
    const capped = await computeClock(base({ extension: { days: 30, approvedOn: '2026-10-20', approver: '张主任' } }), cal);
    expect(capped.extensionDays).toBe(20);
  });

  it('excludes consultation time, counting overlapping consultations once', async () => {
    // Third party consulted Mon 12 Oct → answered Fri 16 Oct: 4 working days (13–16) excluded.
    const s = await computeClock(base({ exclusions: [
      { kind: 'third-party', from: '2026-10-12', to: '2026-10-16', label: '征求某公司意见' },
      { kind: 'organ', from: '2026-10-14', to: '2026-10-15', label: '征求市财政局意见' },
    ] }), cal);
    expect(s.excludedDays).toBe(4);
    expect(s.dueDate).toBe('2026-11-09');
  });

  it('pauses while a consultation is open, projecting the due date from today', async () => {
    const s = await computeClock(base({ asOf: '2026-10-14', exclusions: [{ kind: 'organ', from: '2026-10-12', to: null, label: '征求意见' }] }), cal);
    expect(s.phase).toBe('paused');
    expect(s.excludedDays).toBe(2);
  });

  it('applies the 2007 rules (15 + 15) and does not exclude time consulting other organs', async () => {
    const s = await computeClock(base({ ruleSet: ruleSetFor('2018-09-28'), receivedOn: '2018-09-28', asOf: '2018-10-20', exclusions: [{ kind: 'organ', from: '2018-10-08', to: '2018-10-10', label: 'x' }], extension: { days: 15, approvedOn: '2018-10-10', approver: '李科长' } }), cal);
    expect(s.baseDays).toBe(15);
    expect(s.excludedDays).toBe(0);
    expect(s.totalDays).toBe(30);
    expect(s.correctionNoticeDue).toBeNull();
  });

  it('marks a due date in a year without an official schedule as provisional', async () => {
    const s = await computeClock(base({ receivedOn: '2026-12-20', asOf: '2026-12-20' }), cal);
    expect(s.dueDate! > '2027-01-01').toBe(true);
    expect(s.provisional).toBe(true);
  });
});

describe('mergeSegments', () => {
  it('merges overlaps and drops empty segments', () => {
    expect(mergeSegments([{ from: '2026-01-05', to: '2026-01-08' }, { from: '2026-01-07', to: '2026-01-12' }, { from: '2026-01-20', to: '2026-01-20' }]))
      .toEqual([{ from: '2026-01-05', to: '2026-01-12' }]);
  });
});
