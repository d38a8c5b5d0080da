import { z } from 'zod';
import type { Clock } from '../clock';

/**
 * Calendar dates are 'YYYY-MM-DD' strings meaning a day in China (Asia/Shanghai). Arithmetic
 * goes through UTC midnight so no host time zone or DST can shift a day.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** zod schema for a calendar date input. */
export const isoDate = z.string().max(10).refine(isIsoDate, '须为有效日期，格式 YYYY-MM-DD');

/** UTC midnight of the date (the form Prisma uses for `@db.Date` columns). */
export function toDbDate(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new Error(`Invalid calendar date "${date}"`);
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromDbDate(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toDbDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromDbDate(d);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  let w = weekdays.get(date);
  if (w === undefined) {
    w = toDbDate(date).getUTCDay();
    if (weekdays.size < MEMO_MAX) weekdays.set(date, w);
  }
  return w;
}

/** `addDays(date, 1)`: periods are walked day by day, so the step is memoised. */
export function nextDay(date: IsoDate): IsoDate {
  let n = nextDays.get(date);
  if (n === undefined) {
    n = addDays(date, 1);
    if (nextDays.size < MEMO_MAX) nextDays.set(date, n);
  }
  return n;
}

// Memos of the two per-day operations (valid dates only: invalid ones throw before being stored).
// A century of dates is 36,525 entries; the cap only guards against unbounded growth.
const MEMO_MAX = 200_000;
const weekdays = new Map<IsoDate, number>();
const nextDays = new Map<IsoDate, IsoDate>();

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

const chinaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in China. */
export function chinaToday(clock: Clock): IsoDate {
  return chinaDay.format(clock.now());
}

/** The calendar date in China of an instant (e.g. when an application was received). */
export function chinaDateOf(at: Date): IsoDate {
  return chinaDay.format(at);
}

export const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
