// Expected statutory deadlines, computed here independently of the platform: working days after a
// start date (the start date itself not counted, 次日起算), weekends and official holidays skipped,
// make-up working days counted. The official arrangements come from the `chinese-days` data (the
// same published schedules the platform's calendar ships); a year that data does not cover is
// assumed Monday–Friday and the result is provisional (暂定), as the platform documents.
import { createRequire } from 'node:module';

interface ChineseDaysData { holidays: Record<string, string>; workdays: Record<string, string> }

const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;
const coveredYears = new Set([...Object.keys(data.holidays), ...Object.keys(data.workdays)].map((d) => d.slice(0, 4)));

/** Today's calendar date in China ('YYYY-MM-DD'), the date the platform's clock uses. */
export function chinaToday(now = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function isWorkingDay(iso: string): boolean {
  if (iso in data.holidays) return false;
  if (iso in data.workdays) return true;
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The last day of a period of `days` working days after `start`, and whether it is provisional. */
export function workingDaysAfter(start: string, days: number): { due: string; provisional: boolean } {
  let date = start;
  let provisional = false;
  for (let counted = 0; counted < days;) {
    date = nextDay(date);
    if (!coveredYears.has(date.slice(0, 4))) provisional = true;
    if (isWorkingDay(date)) counted++;
  }
  return { due: date, provisional };
}

/** '2026-12-04' → '2026年12月4日', as the pages print dates. */
export function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
