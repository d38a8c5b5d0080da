// The working-day calendar the domain logic needs. In the running system it is the kernel's
// CalendarService (official holidays, 调休 make-up days, administrator-entered years); the domain
// code never knows holidays itself.

export interface CalendarResult {
  dueDate: string;
  /** The period reaches into a year whose official schedule has not been entered yet. */
  provisional: boolean;
  /** How the date was computed (the calendar's own words: skipped holidays, 调休 days). */
  explanation: unknown;
}

export interface WorkingCalendar {
  /** The n-th working day after `start` (n = 0: `start` itself). */
  addWorkingDays(start: string, n: number): Promise<CalendarResult>;
  /** Working days in the half-open interval (from, to]; 0 when to <= from. */
  workingDaysBetween(from: string, to: string): Promise<number>;
  isWorkingDay(date: string): Promise<boolean>;
}

/** 'YYYY-MM-DD' of an instant in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
