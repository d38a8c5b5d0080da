import { nextDay, weekday, yearOf, type IsoDate } from './dates';
import { PACKAGE_SOURCE, packageSchedules, type YearSchedule } from './package-data';

/** Days of years known only from the package classify the same in every snapshot: shared. */
const packageDays = new Map<IsoDate, DayInfo>();

export type CalendarSource = 'package' | 'administrator';

export interface YearCoverage {
  year: number;
  source: CalendarSource;
  /** `chinese-days@1.5.7` or `管理员录入`. */
  label: string;
  /** The State Council notice an administrator cited (文号 or URL). */
  notice: string | null;
  enteredAt: string | null;
}

/** workday: ordinary Mon–Fri; weekend: Sat/Sun; holiday: statutory holiday; makeup: 调休上班 on a weekend. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

export interface DayInfo {
  date: IsoDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  working: boolean;
  kind: DayKind;
  /** Holiday name (国庆节) for holidays and make-up days, null otherwise. */
  name: string | null;
  /** False when no official schedule is known for the year: the day is then assumed Mon–Fri. */
  covered: boolean;
  source: CalendarSource | null;
}

export interface ExplanationItem {
  date: IsoDate;
  kind: 'weekend' | 'holiday' | 'makeup';
  /** Chinese label shown to staff and applicants: 国庆节, 周六, 国庆节调休上班. */
  label: string;
  /** Make-up working days count towards the period; holidays and weekends do not. */
  counted: boolean;
  /** The day lies in a year with no official schedule (weekend assumed, holidays unknown). */
  assumed: boolean;
}

export interface DueExplanation {
  rule: string;
  startDate: IsoDate;
  workingDays: number;
  pausedDays: number;
  items: ExplanationItem[];
  /** Years crossed by the period whose official schedule is not known yet. */
  uncoveredYears: number[];
  /** The whole computation in one Chinese paragraph. */
  text: string;
}

export interface DueResult { dueDate: IsoDate; provisional: boolean; explanation: DueExplanation }

export interface AdminYear { schedule: YearSchedule; notice: string | null; enteredAt: Date | null }

/** Longest period we compute, as a guard against runaway loops (ten years of working days). */
export const MAX_WORKING_DAYS = 2500;

export const STATUTORY_RULE =
  '期间自起算日的次日开始计算（《中华人民共和国民法典》第二百零一条：开始的当日不计入，自下一日开始计算）；' +
  '法定节假日和周末不计入，调休上班日计入。';

const WEEKEND_LABEL: Record<number, string> = { 0: '周日', 6: '周六' };

/**
 * A snapshot of the working-day calendar: the `chinese-days` arrangements plus administrator-entered
 * years. An administrator-entered year replaces the package's data for that year entirely (it is
 * the official notice as published, including any later amendment). Years known to neither are
 * uncovered: their days are assumed to be plain Monday–Friday and every result touching them is
 * provisional. Pure and synchronous; CalendarService loads the administrator years.
 */
const PERIOD_MEMO_MAX = 20_000;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export class WorkCalendar {
  /** Days already classified by this snapshot (frozen: shared by every caller). */
  private readonly days = new Map<IsoDate, DayInfo>();
  /**
   * Periods already computed (frozen: shared by every caller). Bulk work asks for the same few
   * hundred periods thousands of times; the map is emptied when it reaches PERIOD_MEMO_MAX, since a
   * snapshot can serve a long-running process.
   */
  private readonly periods = new Map<string, DueResult>();

  constructor(
    private readonly adminYears: ReadonlyMap<number, AdminYear> = new Map(),
    private readonly packageData: ReadonlyMap<number, YearSchedule> = packageSchedules,
  ) {}

  coverage(): YearCoverage[] {
    const years = new Set<number>([...this.packageData.keys(), ...this.adminYears.keys()]);
    return [...years].sort((a, b) => a - b).map((year) => {
      const admin = this.adminYears.get(year);
      return admin
        ? { year, source: 'administrator', label: '管理员录入', notice: admin.notice, enteredAt: admin.enteredAt?.toISOString() ?? null }
        : { year, source: 'package', label: PACKAGE_SOURCE, notice: null, enteredAt: null };
    });
  }

  isCovered(year: number): boolean {
    return this.adminYears.has(year) || this.packageData.has(year);
  }

  private schedule(year: number): { schedule: YearSchedule; source: CalendarSource } | null {
    const admin = this.adminYears.get(year);
    if (admin) return { schedule: admin.schedule, source: 'administrator' };
    const pkg = this.packageData.get(year);
    return pkg ? { schedule: pkg, source: 'package' } : null;
  }

  day(date: IsoDate): DayInfo {
    let info = this.days.get(date);
    if (!info) {
      const shared = this.packageData === packageSchedules && !this.adminYears.has(yearOf(date));
      info = shared ? packageDays.get(date) : undefined;
      if (!info) {
        info = Object.freeze(this.classify(date));
        if (shared && packageDays.size < 200_000) packageDays.set(date, info);
      }
      this.days.set(date, info);
    }
    return info;
  }

  private classify(date: IsoDate): DayInfo {
    const wd = weekday(date);
    const weekend = wd === 0 || wd === 6;
    const s = this.schedule(yearOf(date));
    const entry = s?.schedule.get(date);
    const base = { date, weekday: wd, covered: s !== null, source: s?.source ?? null };
    if (entry?.kind === 'holiday') return { ...base, working: false, kind: 'holiday', name: entry.name };
    if (entry?.kind === 'workday') return { ...base, working: true, kind: weekend ? 'makeup' : 'workday', name: entry.name };
    return { ...base, working: !weekend, kind: weekend ? 'weekend' : 'workday', name: null };
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.day(date).working;
  }

  /** Every day of a month, for a calendar view. */
  month(year: number, month: number): DayInfo[] {
    const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    const out: DayInfo[] = [];
    for (let d = first; d.slice(0, 7) === first.slice(0, 7); d = nextDay(d)) out.push(this.day(d));
    return out;
  }

  /**
   * The date by which something must be done, `workingDays` (+ `pausedDays`, e.g. a suspension for
   * third-party consultation) working days after `startDate`.
   *
   * Statutory convention (次日起算): the start date itself is not counted; counting begins the
   * next day (民法典 art. 201; 政府信息公开条例 art. 33 "自收到申请之日起20个工作日内" is applied this
   * way), and the due date is the last working day of the period. Zero days gives the start date.
   */
  addWorkingDays(startDate: IsoDate, workingDays: number, pausedDays = 0): DueResult {
    const key = `${startDate}+${workingDays}+${pausedDays}`;
    let due = this.periods.get(key);
    if (due === undefined) {
      if (this.periods.size >= PERIOD_MEMO_MAX) this.periods.clear();
      this.periods.set(key, (due = deepFreeze(this.computeDue(startDate, workingDays, pausedDays))));
    }
    return due;
  }

  private computeDue(startDate: IsoDate, workingDays: number, pausedDays: number): DueResult {
    const total = workingDays + pausedDays;
    if (!Number.isInteger(total) || workingDays < 0 || pausedDays < 0 || total > MAX_WORKING_DAYS) {
      throw new RangeError(`working days must be an integer between 0 and ${MAX_WORKING_DAYS}`);
    }
    const items: ExplanationItem[] = [];
    const uncovered = new Set<number>();
    let date = startDate;
    for (let counted = 0; counted < total;) {
      date = nextDay(date);
      const info = this.day(date);
      if (!info.covered) uncovered.add(yearOf(date));
      if (info.working) counted++;
      const item = explain(info);
      if (item) items.push(item);
    }
    const uncoveredYears = [...uncovered].sort((a, b) => a - b);
    const explanation: DueExplanation = {
      rule: STATUTORY_RULE, startDate, workingDays, pausedDays, items, uncoveredYears,
      text: describe(startDate, workingDays, pausedDays, date, items, uncoveredYears),
    };
    return { dueDate: date, provisional: uncoveredYears.length > 0, explanation };
  }

  /**
   * Working days in (a, b]: the days after `a` up to and including `b`, so that
   * `workingDaysBetween(a, addWorkingDays(a, n).dueDate).days === n`. Negative when b < a.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): { days: number; provisional: boolean } {
    if (b < a) {
      const r = this.workingDaysBetween(b, a);
      return { days: -r.days, provisional: r.provisional };
    }
    let days = 0;
    let provisional = false;
    for (let d = nextDay(a); d <= b; d = nextDay(d)) {
      const info = this.day(d);
      if (!info.covered) provisional = true;
      if (info.working) days++;
    }
    return { days, provisional };
  }
}

function explain(info: DayInfo): ExplanationItem | null {
  const assumed = !info.covered;
  switch (info.kind) {
    case 'holiday': return { date: info.date, kind: 'holiday', label: info.name ?? '法定节假日', counted: false, assumed };
    case 'makeup': return { date: info.date, kind: 'makeup', label: `${info.name ?? ''}调休上班`, counted: true, assumed };
    case 'weekend': return { date: info.date, kind: 'weekend', label: WEEKEND_LABEL[info.weekday] ?? '周末', counted: false, assumed };
    default: return null;
  }
}

/** Consecutive days with the same label, for a readable text ("2026-10-01至10-07 国庆节"). */
function runs(items: ExplanationItem[]): { from: IsoDate; to: IsoDate; label: string }[] {
  const out: { from: IsoDate; to: IsoDate; label: string }[] = [];
  for (const it of items) {
    const label = it.kind === 'weekend' ? '周末' : it.label;
    const last = out[out.length - 1];
    if (last && last.label === label && nextDay(last.to) === it.date) last.to = it.date;
    else out.push({ from: it.date, to: it.date, label });
  }
  return out;
}

function span(r: { from: IsoDate; to: IsoDate }): string {
  if (r.from === r.to) return r.from;
  return r.from.slice(0, 4) === r.to.slice(0, 4) ? `${r.from}至${r.to.slice(5)}` : `${r.from}至${r.to}`;
}

function describe(start: IsoDate, n: number, paused: number, due: IsoDate, items: ExplanationItem[], uncovered: number[]): string {
  const parts = [`自${start}次日起算${n}个工作日${paused ? `，另加中止期间${paused}个工作日` : ''}，截止日期为${due}。`];
  const skipped = runs(items.filter((i) => !i.counted));
  if (skipped.length) parts.push(`不计入：${skipped.map((r) => `${span(r)}（${r.label}）`).join('、')}。`);
  const makeup = items.filter((i) => i.counted);
  if (makeup.length) parts.push(`计入调休上班日：${makeup.map((i) => `${i.date}（${i.label}）`).join('、')}。`);
  if (uncovered.length) {
    parts.push(`${uncovered.join('、')}年的法定节假日安排尚未公布或录入，暂按周一至周五为工作日推算，截止日期为暂定，待录入当年安排后自动重新计算。`);
  }
  return parts.join('');
}
