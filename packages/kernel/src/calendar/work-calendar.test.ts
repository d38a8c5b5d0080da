import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days';
import { addDays } from './dates';
import { packageYears } from './package-data';
import { WorkCalendar, type AdminYear } from './work-calendar';

const cal = new WorkCalendar();

describe('coverage of chinese-days', () => {
  it('covers exactly 2004–2026, read from the package data', () => {
    const years = packageYears();
    expect(years[0]).toBe(2004);
    expect(years[years.length - 1]).toBe(2026);
    expect(years).toHaveLength(23);
    expect(cal.coverage().every((c) => c.source === 'package' && c.label === 'chinese-days@1.5.7')).toBe(true);
  });

  it('agrees with chinese-days isWorkday on every covered day', () => {
    let mismatches = 0;
    for (let d = '2004-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      if (cal.isWorkingDay(d) !== chineseDays.isWorkday(d)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('knows 2027 is not covered, where the package silently answers Mon–Fri', () => {
    expect(chineseDays.isWorkday('2027-01-01')).toBe(true); // the trap
    const day = cal.day('2027-01-01');
    expect(day).toMatchObject({ covered: false, source: null, working: true, kind: 'workday' });
    expect(cal.isCovered(2027)).toBe(false);
  });
});

describe('2026 National Day and Mid-Autumn', () => {
  it('classifies the holiday, the weekend inside it and the Saturday make-up day', () => {
    expect(cal.day('2026-10-01')).toMatchObject({ working: false, kind: 'holiday', name: '国庆节', covered: true });
    expect(cal.day('2026-10-03')).toMatchObject({ working: false, kind: 'holiday', weekday: 6 });
    expect(cal.day('2026-10-10')).toMatchObject({ working: true, kind: 'makeup', name: '国庆节', weekday: 6 });
    expect(cal.day('2026-09-20')).toMatchObject({ working: true, kind: 'makeup', weekday: 0 });
    expect(cal.day('2026-09-25')).toMatchObject({ working: false, kind: 'holiday', name: '中秋' });
    expect(cal.day('2026-10-11')).toMatchObject({ working: false, kind: 'weekend' });
  });

  it('20 working days from 2026-09-24 fall due on 2026-10-29, with every skipped day explained', () => {
    const r = cal.addWorkingDays('2026-09-24', 20);
    expect(r.dueDate).toBe('2026-10-29');
    expect(r.dueDate).toBe(chineseDays.findWorkday(20, '2026-09-24'));
    expect(r.provisional).toBe(false);
    const holidays = r.explanation.items.filter((i) => i.kind === 'holiday').map((i) => i.date);
    expect(holidays).toEqual(['2026-09-25', '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(r.explanation.items.filter((i) => i.counted)).toEqual([
      { date: '2026-10-10', kind: 'makeup', label: '国庆节调休上班', counted: true, assumed: false },
    ]);
    expect(r.explanation.items.filter((i) => i.kind === 'weekend').map((i) => i.date)).toEqual(['2026-10-11', '2026-10-17', '2026-10-18', '2026-10-24', '2026-10-25']);
    expect(r.explanation.text).toContain('2026-10-01至10-07（国庆节）');
    expect(r.explanation.text).toContain('2026-10-10（国庆节调休上班）');
    expect(r.explanation.text).toContain('截止日期为2026-10-29');
  });

  it('does not count the start day (次日起算) and counts the Sunday make-up day 2026-09-20', () => {
    // Friday 2026-09-18: Sat 19 skipped, Sun 20 is the first working day.
    expect(cal.addWorkingDays('2026-09-18', 1).dueDate).toBe('2026-09-20');
    expect(cal.addWorkingDays('2026-09-18', 0).dueDate).toBe('2026-09-18');
    // A start on a holiday still counts from the next day.
    expect(cal.addWorkingDays('2026-10-01', 1).dueDate).toBe('2026-10-08');
  });

  it('adds paused days on top of the statutory period', () => {
    const r = cal.addWorkingDays('2026-09-24', 20, 15);
    expect(r.dueDate).toBe(cal.addWorkingDays('2026-09-24', 35).dueDate);
    expect(r.explanation.text).toContain('另加中止期间15个工作日');
  });

  it('workingDaysBetween is the inverse of addWorkingDays', () => {
    for (const start of ['2026-09-24', '2026-02-10', '2026-12-30', '2025-12-31']) {
      for (const n of [1, 5, 15, 20, 60]) {
        const due = cal.addWorkingDays(start, n).dueDate;
        expect(cal.workingDaysBetween(start, due).days).toBe(n);
      }
    }
    expect(cal.workingDaysBetween('2026-10-29', '2026-09-24')).toEqual({ days: -20, provisional: false });
    expect(cal.workingDaysBetween('2026-10-01', '2026-10-07').days).toBe(0);
  });
});

describe('a period crossing into an uncovered year', () => {
  it('is provisional and says why', () => {
    const r = cal.addWorkingDays('2026-12-15', 20);
    expect(r.dueDate).toBe('2027-01-12');
    expect(r.provisional).toBe(true);
    expect(r.explanation.uncoveredYears).toEqual([2027]);
    expect(r.explanation.text).toContain('2027年的法定节假日安排尚未公布或录入');
    expect(r.explanation.items.filter((i) => i.assumed).every((i) => i.date >= '2027-01-01')).toBe(true);
    expect(cal.workingDaysBetween('2026-12-15', '2027-01-12')).toEqual({ days: 20, provisional: true });
  });

  it('is no longer provisional once the year is entered, and moves by the new holiday', () => {
    const admin: AdminYear = {
      schedule: new Map([['2027-01-01', { kind: 'holiday', name: '元旦' }]]), notice: '国办发明电〔2026〕X号', enteredAt: new Date('2026-11-25T02:00:00Z'),
    };
    const withYear = new WorkCalendar(new Map([[2027, admin]]));
    const r = withYear.addWorkingDays('2026-12-15', 20);
    expect(r.dueDate).toBe('2027-01-13');
    expect(r.provisional).toBe(false);
    expect(r.explanation.items.find((i) => i.date === '2027-01-01')).toMatchObject({ kind: 'holiday', label: '元旦', counted: false, assumed: false });
    expect(withYear.coverage().at(-1)).toMatchObject({ year: 2027, source: 'administrator', notice: '国办发明电〔2026〕X号' });
  });

  it('lets an administrator year replace the package data of a covered year', () => {
    const admin: AdminYear = { schedule: new Map([['2026-10-09', { kind: 'holiday', name: '国庆节' }]]), notice: null, enteredAt: null };
    const replaced = new WorkCalendar(new Map([[2026, admin]]));
    expect(replaced.day('2026-10-09')).toMatchObject({ working: false, source: 'administrator' });
    expect(replaced.day('2026-10-01')).toMatchObject({ working: true, kind: 'workday' });
  });
});

describe('month view and input guards', () => {
  it('lists every day of a month', () => {
    const feb = cal.month(2026, 2);
    expect(feb).toHaveLength(28);
    expect(feb.filter((d) => d.kind === 'holiday')).toHaveLength(9);
    expect(feb.filter((d) => d.kind === 'makeup').map((d) => d.date)).toEqual(['2026-02-14', '2026-02-28']);
    expect(cal.month(2028, 2)).toHaveLength(29);
  });

  it('rejects negative, fractional and absurd periods', () => {
    expect(() => cal.addWorkingDays('2026-01-01', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-01-01', 100000)).toThrow(RangeError);
  });
});
