// Adapts the kernel calendar (one snapshot per operation) to the domain's WorkingCalendar port.
import type { WorkingCalendar } from '../domain/calendar-port';
import { shanghaiDate } from '../domain/calendar-port';
import type { Ctx } from './context';

export async function workingCalendar(ctx: Ctx): Promise<WorkingCalendar> {
  const snap = await ctx.calendar.snapshot(ctx.tx);
  // A snapshot never changes, so its results are kept: bulk clock work (the sweep's paused clocks)
  // asks for the same few hundred periods thousands of times. Results are only read, never changed.
  const memo = new Map<string, ReturnType<typeof snap.addWorkingDays>>();
  return {
    async addWorkingDays(start, n) {
      const key = `${start}+${n}`;
      let r = memo.get(key);
      if (r === undefined) memo.set(key, (r = snap.addWorkingDays(start, n, 0)));
      return r;
    },
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
