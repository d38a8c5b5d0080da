// For unit tests of the pure domain logic only: a WorkingCalendar over the official schedule
// data of `chinese-days` (2004–2026). The running system uses the kernel's CalendarService.
import { addCalendarDays } from '@gongkai/kernel';
import chineseDays from 'chinese-days';
import type { WorkingCalendar } from './calendar-port';

const LAST_COVERED_YEAR = 2026;

export const officialCalendar: WorkingCalendar = {
  async isWorkingDay(date) { return chineseDays.isWorkday(date); },
  async addWorkingDays(start, n) {
    let d = start;
    const skipped: string[] = [];
    for (let i = 0; i < n;) {
      d = addCalendarDays(d, 1);
      if (chineseDays.isWorkday(d)) i++; else skipped.push(d);
    }
    return { dueDate: d, provisional: Number(d.slice(0, 4)) > LAST_COVERED_YEAR, explanation: { skipped } };
  },
  async workingDaysBetween(from, to) {
    let n = 0;
    for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (chineseDays.isWorkday(d)) n++;
    return n;
  },
};
