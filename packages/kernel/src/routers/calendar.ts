// The working-day calendar: public reads (coverage, a day, a month view, a due-date computation,
// also served as REST under /api/v1) and the province's administrators entering a year's official
// schedule, which recomputes every open statutory deadline in the same transaction.
import { z } from 'zod';
import { isoDate } from '../calendar/dates';
import { MAX_WORKING_DAYS } from '../calendar/work-calendar';
import { can } from '../identity/principal';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';
import { kernelProcedure, publicProcedure } from '../trpc/procedures';

const MANAGE = 'kernel.calendar.manage';

const year = z.number().int('年份须为整数').min(1900, '年份不早于 1900').max(2200, '年份不晚于 2200');
const scheduleYear = z.number().int('年份须为整数').min(2000, '年份不早于 2000').max(2100, '年份不晚于 2100');
const dayName = z.string().trim().min(1, '请填写节日名称').max(20, '节日名称不超过 20 个字');
const scheduleDay = z.object({ date: isoDate, name: dayName }).strict();

const dayKind = z.enum(['workday', 'weekend', 'holiday', 'makeup']);
const source = z.enum(['package', 'administrator']);
const dayInfo = z.object({
  date: z.string(), weekday: z.number().int(), working: z.boolean(), kind: dayKind,
  name: z.string().nullable(), covered: z.boolean(), source: source.nullable(),
});
const yearCoverage = z.object({ year: z.number().int(), source, label: z.string(), notice: z.string().nullable(), enteredAt: z.string().nullable() });
const coverageOutput = z.object({
  years: z.array(yearCoverage), packageVersion: z.string(), today: z.string(),
  currentYearCovered: z.boolean(), nextYearCovered: z.boolean(),
});
const explanation = z.object({
  rule: z.string(), startDate: z.string(), workingDays: z.number().int(), pausedDays: z.number().int(),
  items: z.array(z.object({ date: z.string(), kind: z.enum(['weekend', 'holiday', 'makeup']), label: z.string(), counted: z.boolean(), assumed: z.boolean() })),
  uncoveredYears: z.array(z.number().int()),
  text: z.string(),
});
const dueOutput = z.object({ dueDate: z.string(), provisional: z.boolean(), explanation });

export const calendarRouter = router({
  /** Which years have an official schedule, and from where. */
  coverage: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/calendar/coverage', tags: ['calendar'], summary: '工作日历覆盖年份', description: '已有官方节假日安排的年份及其来源（chinese-days 数据或管理员录入）。未覆盖年份按周一至周五推算，相关期限为暂定。' } })
    .input(z.object({}).strict().optional())
    .output(coverageOutput)
    .query(({ ctx }) => ctx.kernel.calendar.coverage()),

  day: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/calendar/days/{date}', tags: ['calendar'], summary: '某日是否为工作日', description: '返回某日的类型：工作日、周末、法定节假日或调休上班日，以及该年份是否已有官方安排。' } })
    .input(z.object({ date: isoDate }).strict())
    .output(dayInfo)
    .query(({ ctx, input }) => ctx.kernel.calendar.day(input.date)),

  /** Every day of a month, for a calendar view. */
  month: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/calendar/months/{year}/{month}', tags: ['calendar'], summary: '月历', description: '某月每一天的工作日信息，供日历视图使用。' } })
    .input(z.object({ year, month: z.number().int('月份须为整数').min(1, '月份为 1–12').max(12, '月份为 1–12') }).strict())
    .output(z.object({ year: z.number().int(), month: z.number().int(), covered: z.boolean(), days: z.array(dayInfo) }))
    .query(async ({ ctx, input }) => {
      const days = await ctx.kernel.calendar.month(input.year, input.month);
      return { year: input.year, month: input.month, covered: days.every((d) => d.covered), days };
    }),

  /** The due date of a period of working days, counted from the day after `startDate`, with its explanation. */
  computeDue: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/calendar/due', tags: ['calendar'], summary: '计算工作日期限', description: '自起算日次日起计算若干个工作日后的截止日期，列出不计入的节假日、周末和计入的调休上班日；跨入未覆盖年份时为暂定。' } })
    .input(z.object({
      startDate: isoDate,
      workingDays: z.number().int('工作日数须为整数').min(0, '工作日数不能为负').max(MAX_WORKING_DAYS, `工作日数不超过 ${MAX_WORKING_DAYS}`),
      pausedDays: z.number().int('中止天数须为整数').min(0, '中止天数不能为负').max(MAX_WORKING_DAYS, `中止天数不超过 ${MAX_WORKING_DAYS}`).default(0),
    }).strict())
    .output(dueOutput)
    .query(({ ctx, input }) => ctx.kernel.calendar.addWorkingDays(input.startDate, input.workingDays, { pausedDays: input.pausedDays })),

  /** Administrator-entered years, with their days. */
  listYears: kernelProcedure(MANAGE)
    .input(z.object({}).strict().optional())
    .query(async ({ ctx }) => ({ years: await ctx.kernel.calendar.listYears(ctx.db), coverage: await ctx.kernel.calendar.coverage(ctx.db) })),

  /**
   * Enters (or replaces) a year's official schedule (国务院办公厅关于部分节假日安排的通知). Province
   * level only: a calendar change moves statutory deadlines everywhere. Recomputes every open
   * deadline and emits `kernel.calendar.deadline-changed` for each that moved.
   */
  setYear: kernelProcedure(MANAGE)
    .input(z.object({
      year: scheduleYear,
      notice: z.string().trim().max(300, '通知文号或链接不超过 300 个字').nullable().default(null),
      holidays: z.array(scheduleDay).min(1, '至少须有一个放假日期（如元旦）').max(80, '放假日期不超过 80 个'),
      workdays: z.array(scheduleDay).max(30, '调休上班日不超过 30 个').default([]),
    }).strict())
    .mutation(async ({ ctx, input }) => {
      const roots = await ctx.db.division.findMany({ where: { parentCode: null }, select: { code: true } });
      if (!roots.some((r) => can(ctx.principal, MANAGE, r.code))) throw fail.forbidden('工作日历只能由省级管理员维护');
      const r = await ctx.kernel.calendar.setYear(ctx.db, input, ctx.principal.userId);
      ctx.audit.target('calendarYear', String(input.year), null);
      ctx.audit.detail({ holidays: input.holidays.length, workdays: input.workdays.length, recomputed: r.recomputed, changed: r.changed.length });
      ctx.afterCommit(() => { ctx.kernel.calendar.invalidate(); ctx.kernel.events.committed(); });
      return {
        year: r.year, recomputed: r.recomputed,
        changed: r.changed.map((c) => ({ id: c.deadline.id, pluginId: c.deadline.pluginId, subjectType: c.deadline.subjectType, subjectId: c.deadline.subjectId, kind: c.deadline.kind, previousDueDate: c.previousDueDate, dueDate: c.deadline.dueDate, provisional: c.deadline.provisional })),
      };
    }),
});
