// Calendar-date helpers for sector definitions: 'YYYY-MM-DD' strings meaning a day in China.

/** The year of a 'YYYY-MM-DD' date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Adds calendar days (negative to go back) to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The working-day calendar a sector may be handed (the kernel calendar's snapshot satisfies it). */
export interface WorkingDayCalendar {
  addWorkingDays(start: string, n: number): { dueDate: string; provisional: boolean };
  isWorkingDay(date: string): boolean;
}
