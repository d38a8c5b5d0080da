import { sqlOf, type Db, type Tx } from '@gongkai/db';
import type { Clock } from '../clock';
import type { EventsService } from '../events/events-service';
import { fail } from '../trpc/errors';
import { chinaToday, fromDbDate, isIsoDate, toDbDate, weekday, yearOf, type IsoDate } from './dates';
import {
  DEADLINE_CHANGED_EVENT, closeDeadline, closeDeadlines, listOpen, recomputeOpen, toView, upsertDeadline, upsertDeadlines,
  type DeadlineChange, type DeadlineInput, type DeadlineKey, type DeadlineView, type ListOpenFilter,
} from './deadlines';
import { CHINESE_DAYS_VERSION } from './package-data';
import { WorkCalendar, type AdminYear, type DayInfo, type DueResult, type YearCoverage } from './work-calendar';

export const YEAR_SET_EVENT = 'kernel.calendar.year-set';

/** Serialises schedule changes (exclusive) against deadline registration (shared). */
const CALENDAR_LOCK = 7_270_002;
/** Deadline writers share the calendar lock; `setYear` takes it exclusively. */
const LOCK_SHARED = { name: 'kernel_calendar_lock_shared', text: 'SELECT pg_advisory_xact_lock_shared($1::bigint)' };
const lockShared = (tx: Tx) => sqlOf(tx).rows(LOCK_SHARED, [CALENDAR_LOCK]);

export interface ScheduleDayInput { date: IsoDate; name: string }
export interface YearScheduleInput {
  year: number;
  /** The State Council notice (文号 or URL) the schedule comes from. */
  notice?: string | null;
  /** Every day off, including weekend days inside a holiday period. */
  holidays: ScheduleDayInput[];
  /** Make-up working days (调休上班) on weekends. */
  workdays: ScheduleDayInput[];
}

export interface SetYearResult { year: number; recomputed: number; changed: DeadlineChange[] }

export interface CoverageView {
  years: YearCoverage[];
  packageVersion: string;
  today: IsoDate;
  /** Covered years of the current and next year: staff see a warning when the next is missing. */
  currentYearCovered: boolean;
  nextYearCovered: boolean;
}

export interface AdminYearView {
  year: number; notice: string | null; enteredById: string | null; enteredAt: Date;
  holidays: ScheduleDayInput[]; workdays: ScheduleDayInput[];
}

interface Deps { db: Db; clock: Clock; events: EventsService }

/**
 * A digest of everything a WorkCalendar is built from (administrator-entered years and their
 * days): one cheap prepared statement tells whether a calendar already built is still current.
 */
const FINGERPRINT = {
  name: 'kernel_calendar_fingerprint',
  text: `SELECT md5(
      coalesce((SELECT string_agg(y.year || '|' || coalesce(y.notice, '') || '|' || y.entered_at::text || '|' || coalesce(y.entered_by_id, ''), ';' ORDER BY y.year) FROM kernel_calendar_year y), '')
      || '#' || coalesce((SELECT string_agg(d.date::text || d.kind::text || d.name, ';' ORDER BY d.date) FROM kernel_calendar_day d), '')) AS v`,
};

/**
 * The working-day calendar (kernel.calendar). Every statutory deadline is computed here, in China
 * dates ('YYYY-MM-DD'), from the `chinese-days` data plus administrator-entered years (see
 * WorkCalendar for the rules and the 次日起算 convention). Reads accept an optional transaction so a
 * mutation sees its own writes; without one they use a snapshot cached for `cacheMs`.
 */
export class CalendarService {
  private cached: { at: number; cal: WorkCalendar } | null = null;
  /** The last calendar built, with the fingerprint of the rows it was built from. */
  private built: { fingerprint: string; cal: WorkCalendar } | null = null;
  /** One read per transaction (keyed by the transaction client, so it goes with it). */
  private readonly perTransaction = new WeakMap<object, Promise<WorkCalendar>>();

  constructor(private readonly deps: Deps, private readonly cacheMs = 30_000) {}

  /**
   * The calendar as `db` sees it. A transaction reads it once (a mutation registering several
   * deadlines reads it once, and sees a year it entered itself: `setYear` drops the transaction's
   * copy); the pool client reads it fresh; no argument: a short cache. "Reading" is a fingerprint
   * of the calendar rows, and the rows themselves only when it differs from the last calendar built.
   */
  async snapshot(db?: Tx): Promise<WorkCalendar> {
    if (!db) {
      const now = Date.now();
      if (this.cached && now - this.cached.at < this.cacheMs) return this.cached.cal;
      const cal = await this.load(this.deps.db);
      this.cached = { at: now, cal };
      return cal;
    }
    if (db === this.deps.db) return this.load(db);
    let cal = this.perTransaction.get(db);
    if (!cal) {
      cal = this.load(db);
      this.perTransaction.set(db, cal);
      cal.catch(() => this.perTransaction.delete(db));
    }
    return cal;
  }

  invalidate(): void { this.cached = null; }

  private async load(db: Tx): Promise<WorkCalendar> {
    const [row] = await sqlOf(db).rows<{ v: string }>(FINGERPRINT, []);
    const built = this.built;
    if (built && built.fingerprint === row!.v) return built.cal;
    const cal = await this.build(db);
    this.built = { fingerprint: row!.v, cal };
    return cal;
  }

  private async build(db: Tx): Promise<WorkCalendar> {
    const years = await db.calendarYear.findMany({ include: { days: true } });
    const admin = new Map<number, AdminYear>();
    for (const y of years) {
      admin.set(y.year, {
        schedule: new Map(y.days.map((d) => [fromDbDate(d.date), { kind: d.kind, name: d.name }])),
        notice: y.notice, enteredAt: y.enteredAt,
      });
    }
    return new WorkCalendar(admin);
  }

  today(): IsoDate { return chinaToday(this.deps.clock); }

  async coverage(db?: Tx): Promise<CoverageView> {
    const cal = await this.snapshot(db);
    const today = this.today();
    const y = yearOf(today);
    return { years: cal.coverage(), packageVersion: CHINESE_DAYS_VERSION, today, currentYearCovered: cal.isCovered(y), nextYearCovered: cal.isCovered(y + 1) };
  }

  async day(date: IsoDate, db?: Tx): Promise<DayInfo> { return (await this.snapshot(db)).day(date); }
  async isWorkingDay(date: IsoDate, db?: Tx): Promise<boolean> { return (await this.snapshot(db)).isWorkingDay(date); }
  async month(year: number, month: number, db?: Tx): Promise<DayInfo[]> { return (await this.snapshot(db)).month(year, month); }

  /** Due date `workingDays` (+ `pausedDays`) working days after `startDate`, counted from the next day. */
  async addWorkingDays(startDate: IsoDate, workingDays: number, opts: { pausedDays?: number; db?: Tx } = {}): Promise<DueResult> {
    return (await this.snapshot(opts.db)).addWorkingDays(startDate, workingDays, opts.pausedDays ?? 0);
  }

  /** Working days in (a, b]. */
  async workingDaysBetween(a: IsoDate, b: IsoDate, db?: Tx): Promise<{ days: number; provisional: boolean }> {
    return (await this.snapshot(db)).workingDaysBetween(a, b);
  }

  // ── Deadline registry ──────────────────────────────────────────────────────────────────

  /**
   * Registers (or updates and reopens) the statutory deadline of a subject, computing its due
   * date, provisional flag and explanation. Call it in the mutation's transaction; the kernel
   * keeps it up to date when the calendar changes and announces moves with
   * `kernel.calendar.deadline-changed` events.
   */
  async registerDeadline(tx: Tx, input: DeadlineInput): Promise<DeadlineView> {
    await lockShared(tx);
    return upsertDeadline(tx, await this.snapshot(tx), input);
  }

  /**
   * `registerDeadline` for many subjects at once: one lock, one calendar read and one statement per
   * 1,000 deadlines, for sweeps that move many clocks (paused periods grow with every working day).
   * Returns how many were registered.
   */
  async registerDeadlines(tx: Tx, inputs: readonly DeadlineInput[]): Promise<number> {
    if (inputs.length === 0) return 0;
    await lockShared(tx);
    return upsertDeadlines(tx, await this.snapshot(tx), inputs);
  }

  /** Closes a deadline as met or cancelled; null when none was registered under that key. */
  async closeDeadline(tx: Tx, key: DeadlineKey, status: 'met' | 'cancelled'): Promise<DeadlineView | null> {
    await lockShared(tx);
    return closeDeadline(tx, key, status, this.deps.clock.now());
  }

  /** `closeDeadline` for many keys at once (one lock, one statement per 1,000); returns how many were closed. */
  async closeDeadlines(tx: Tx, keys: readonly DeadlineKey[], status: 'met' | 'cancelled'): Promise<number> {
    if (keys.length === 0) return 0;
    await lockShared(tx);
    return closeDeadlines(tx, keys, status, this.deps.clock.now());
  }

  async listOpen(db: Tx, filter: ListOpenFilter = {}): Promise<DeadlineView[]> {
    return listOpen(db, filter);
  }

  async getDeadline(db: Tx, key: DeadlineKey): Promise<DeadlineView | null> {
    const row = await db.deadline.findUnique({ where: { pluginId_subjectType_subjectId_kind: key } });
    return row ? toView(row) : null;
  }

  // ── Administrator-entered schedules ────────────────────────────────────────────────────

  async listYears(db: Tx = this.deps.db): Promise<AdminYearView[]> {
    const years = await db.calendarYear.findMany({ include: { days: { orderBy: { date: 'asc' } } }, orderBy: { year: 'asc' } });
    return years.map((y) => ({
      year: y.year, notice: y.notice, enteredById: y.enteredById, enteredAt: y.enteredAt,
      holidays: y.days.filter((d) => d.kind === 'holiday').map((d) => ({ date: fromDbDate(d.date), name: d.name })),
      workdays: y.days.filter((d) => d.kind === 'workday').map((d) => ({ date: fromDbDate(d.date), name: d.name })),
    }));
  }

  /**
   * Enters (or replaces) the official schedule of a year, then, in the same transaction,
   * recomputes every open deadline and emits `kernel.calendar.deadline-changed` for each whose due
   * date or provisional flag changed, plus one `kernel.calendar.year-set`.
   */
  async setYear(tx: Tx, input: YearScheduleInput, enteredById: string | null): Promise<SetYearResult> {
    validateSchedule(input);
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${CALENDAR_LOCK})`);
    const { year } = input;
    const enteredAt = this.deps.clock.now();
    await tx.calendarYear.upsert({
      where: { year },
      create: { year, enteredById, enteredAt, notice: input.notice ?? null },
      update: { enteredById, enteredAt, notice: input.notice ?? null },
    });
    await tx.calendarDay.deleteMany({ where: { year } });
    await tx.calendarDay.createMany({
      data: [
        ...input.holidays.map((d) => ({ date: toDbDate(d.date), year, kind: 'holiday' as const, name: d.name.trim() })),
        ...input.workdays.map((d) => ({ date: toDbDate(d.date), year, kind: 'workday' as const, name: d.name.trim() })),
      ],
    });
    this.perTransaction.delete(tx); // the transaction's copy predates this year
    const { recomputed, changed } = await recomputeOpen(tx, await this.snapshot(tx));
    for (const c of changed) {
      const d = c.deadline;
      await this.deps.events.emit(tx, {
        type: DEADLINE_CHANGED_EVENT, divisionCode: d.divisionCode, pluginId: null,
        payload: {
          deadlineId: d.id, pluginId: d.pluginId, subjectType: d.subjectType, subjectId: d.subjectId, kind: d.kind,
          previousDueDate: c.previousDueDate, dueDate: d.dueDate, previousProvisional: c.previousProvisional, provisional: d.provisional,
          explanation: d.explanation.text, reason: `${year}年工作日历已更新`,
        },
      });
    }
    await this.deps.events.emit(tx, { type: YEAR_SET_EVENT, divisionCode: null, pluginId: null, payload: { year, notice: input.notice ?? null, recomputed, changed: changed.length } });
    this.invalidate();
    return { year, recomputed, changed };
  }
}

/** Semantic checks of a year schedule; shape and lengths are checked by the router's zod schema. */
export function validateSchedule(input: YearScheduleInput): void {
  const seen = new Map<string, string>();
  const check = (list: ScheduleDayInput[], field: 'holidays' | 'workdays') => {
    list.forEach((d, i) => {
      const f = `${field}[${i}].date`;
      if (!isIsoDate(d.date)) throw fail.badRequest('须为有效日期，格式 YYYY-MM-DD', f);
      if (yearOf(d.date) !== input.year) throw fail.badRequest(`日期 ${d.date} 不在 ${input.year} 年内`, f);
      if (seen.has(d.date)) throw fail.badRequest(`日期 ${d.date} 重复（已列于${seen.get(d.date)}）`, f);
      seen.set(d.date, field === 'holidays' ? '放假日期' : '调休上班日期');
      if (!d.name.trim()) throw fail.badRequest('请填写节日名称', `${field}[${i}].name`);
      if (field === 'workdays') {
        const wd = weekday(d.date);
        if (wd !== 0 && wd !== 6) throw fail.badRequest(`调休上班日 ${d.date} 是工作日，只能是周六或周日`, f);
      }
    });
  };
  if (input.holidays.length === 0) throw fail.badRequest('至少须有一个放假日期（如元旦）', 'holidays');
  check(input.holidays, 'holidays');
  check(input.workdays, 'workdays');
}
