// Charts declared by sectors: an ECharts option and the same figures as a table.
import { fail, router } from '@gongkai/kernel';
import { chartOf, isIsoDate } from '../../contracts';
import { assertSectorEnabled } from '../authz';
import { addCalendarDays } from '../dates';
import { daysInRange, loadPublished } from '../records/query';
import { sectorCatalog } from '../sector-catalog';
import { divisionCode, recordId, sectorId, z } from './inputs';
import { p } from './procedures';

const date = z.string().max(10).refine(isIsoDate, '须为有效日期，格式 YYYY-MM-DD');
const chartId = z.string().max(60).regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, '图表标识格式不正确');

export const chartOutput = z.object({
  option: z.record(z.string(), z.unknown()),
  table: z.object({ caption: z.string(), columns: z.array(z.string()), rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))) }),
  skipped: z.number().int(),
  truncated: z.boolean(),
});

export const chartsRouter = router({
  build: p.public()
    .input(z.object({
      divisionCode,
      sector: sectorId,
      chart: chartId,
      recordId: recordId.optional(),
      subjectKey: z.string().trim().min(1).max(200).optional(),
      from: date.optional(),
      to: date.optional(),
      year: z.number().int().min(1949).max(2200).optional(),
    }).strict())
    .output(chartOutput)
    .query(async ({ ctx, input }) => {
      const catalog = sectorCatalog(ctx.kernel.registry);
      const sector = catalog.sector(input.sector);
      const chart = chartOf(sector.def, input.chart);
      if (!chart) throw fail.badRequest(`重点领域“${sector.def.label}”没有图表“${input.chart}”`, 'chart');
      await assertSectorEnabled(ctx.kernel, ctx.db, sector, input.divisionCode);
      const rt = catalog.recordType(sector, chart.recordType);
      const needs = chart.needs ?? {};
      if (needs.record && !input.recordId) throw fail.badRequest('此图表须指定记录', 'recordId');
      if (needs.subjectKey && !input.subjectKey) throw fail.badRequest('此图表须指定对象（如监测站点编码）', 'subjectKey');
      if (needs.range) {
        if (!input.from) throw fail.badRequest('此图表须指定起始日期', 'from');
        if (!input.to) throw fail.badRequest('此图表须指定结束日期', 'to');
        if (input.to < input.from) throw fail.badRequest(`结束日期（${input.to}）不能早于起始日期（${input.from}）`, 'to');
        const max = needs.maxRangeDays ?? 366;
        if (daysInRange(input.from, input.to) > max) throw fail.badRequest(`日期范围不超过 ${max} 天`, 'to');
      }
      const { records, skipped, truncated } = await loadPublished(ctx.plugin, {
        sector: sector.def.id, recordType: rt, divisionCode: input.divisionCode,
        exactDivision: !!input.subjectKey, recordId: input.recordId, subjectKey: input.subjectKey, year: input.year,
        from: input.from && needs.lookbackDays ? addCalendarDays(input.from, -needs.lookbackDays) : input.from,
        to: input.to, limit: 20_000,
      });
      if (needs.record && records.length === 0) throw fail.notFound('记录');
      const out = chart.build(records, { settings: ctx.settings, query: { ...input } });
      return { option: out.option, table: { ...out.table, columns: [...out.table.columns], rows: out.table.rows.map((r) => [...r]) }, skipped, truncated };
    }),
});
