import { createRequire } from 'node:module';
import type { IsoDate } from './dates';

/**
 * The official holiday arrangements shipped by `chinese-days` (MIT, vsme/chinese-days), read from
 * the package's own data file rather than through `isWorkday`, because `isWorkday` silently treats
 * any year beyond its data as plain Monday–Friday. Reading the data lets us know exactly which
 * years the package covers (a unit test checks that we agree with `isWorkday` on every covered day).
 *
 * Entries look like `"2026-10-01": "National Day,国庆节,3"` (English name, Chinese name, index).
 */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
}

const require = createRequire(import.meta.url);
const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
export const CHINESE_DAYS_VERSION: string = (require('chinese-days/package.json') as { version: string }).version;
export const PACKAGE_SOURCE = `chinese-days@${CHINESE_DAYS_VERSION}`;

function chineseName(entry: string): string {
  const parts = entry.split(',');
  return (parts[1] ?? parts[0] ?? '').trim();
}

export interface ScheduledDay { kind: 'holiday' | 'workday'; name: string }

/** Year → date → holiday or make-up working day. */
export type YearSchedule = Map<IsoDate, ScheduledDay>;

function build(): Map<number, YearSchedule> {
  const years = new Map<number, YearSchedule>();
  const put = (date: string, day: ScheduledDay) => {
    const y = Number(date.slice(0, 4));
    let m = years.get(y);
    if (!m) years.set(y, (m = new Map()));
    m.set(date, day);
  };
  for (const [date, v] of Object.entries(data.holidays)) put(date, { kind: 'holiday', name: chineseName(v) });
  for (const [date, v] of Object.entries(data.workdays)) put(date, { kind: 'workday', name: chineseName(v) });
  return years;
}

/**
 * A year counts as covered only when the package holds its arrangement (every real year has at
 * least New Year's Day, so a year with no entries at all is a year the data does not know).
 */
export const packageSchedules: ReadonlyMap<number, YearSchedule> = build();

export function packageYears(): number[] {
  return [...packageSchedules.keys()].sort((a, b) => a - b);
}
