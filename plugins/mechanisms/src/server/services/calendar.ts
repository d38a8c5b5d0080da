// Adapts the kernel calendar (one snapshot per operation) to the domain's WorkingCalendar port.
import type { WorkingCalendar } from '../domain/calendar-port';
import { shanghaiDate } from '../domain/calendar-port';
import type { Ctx } from './context';

export async function workingCalendar(ctx: Ctx): Promise<WorkingCalendar> {
  // The snapshot keeps the periods it computed (bulk clock work asks for the same ones many times).
  const snap = await ctx.calendar.snapshot(ctx.tx);
  return {
    async addWorkingDays(start, n) { return snap.addWorkingDays(start, n, 0); },
    async workingDaysBetween(from, to) { return to <= from ? 0 : snap.workingDaysBetween(from, to).days; },
    async isWorkingDay(date) { return snap.isWorkingDay(date); },
  };
}

/** Today in China by the kernel clock. */
export function today(ctx: Ctx): string {
  return shanghaiDate(ctx.clock.now());
}

export const toDb = (d: string): Date => new Date(`${d}T00:00:00.000Z`);
export const fromDb = (d: Date): string => d.toISOString().slice(0, 10);
export const fromDbOrNull = (d: Date | null | undefined): string | null => (d ? fromDb(d) : null);
