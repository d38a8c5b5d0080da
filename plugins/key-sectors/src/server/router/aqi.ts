// AQI readings and computed indices per station and hour (实时报) or day (日报), public.
import { fail, router } from '@gongkai/kernel';
import { isIsoDate } from '../../contracts';
import { addCalendarDays } from '../dates';
import { daysInRange, loadPublished } from '../records/query';
import { sectorCatalog } from '../sector-catalog';
import { dailyAqiRange, hourlyAqi, type HourReading } from '../sectors/environment/reports';
import type { AqiResult } from '../sectors/environment/aqi';
import { divisionCode, z } from './inputs';
import { p } from './procedures';

const date = z.string().max(10).refine(isIsoDate, '须为有效日期，格式 YYYY-MM-DD');

const indicatorOut = z.object({ pollutant: z.string(), key: z.string(), concentration: z.number(), iaqi: z.number().nullable(), note: z.string().nullable() });
const resultOut = {
  aqi: z.number().nullable(),
  aboveScale: z.boolean(),
  level: z.string().nullable(),
  category: z.string().nullable(),
  color: z.string().nullable(),
  primaryPollutants: z.array(z.string()),
  nonAttainment: z.array(z.string()),
  indicators: z.array(indicatorOut),
};

export const aqiOutput = z.object({
  stationCode: z.string(),
  report: z.enum(['hourly', 'daily']),
  rounding: z.enum(['ceil', 'round']),
  items: z.array(z.object({ period: z.string(), ...resultOut, reading: z.record(z.string(), z.number().nullable()).nullable() })),
});

function flatten(r: AqiResult) {
  return {
    aqi: r.aqi, aboveScale: r.aboveScale, level: r.level?.level ?? null, category: r.level?.category ?? null, color: r.level?.color ?? null,
    primaryPollutants: r.primaryPollutants, nonAttainment: r.nonAttainment,
    indicators: r.indicators.map((i) => ({ pollutant: i.pollutant, key: i.key, concentration: Number(i.concentration.toFixed(3)), iaqi: i.iaqi, note: i.note })),
  };
}

export const aqiRouter = router({
  station: p.public()
    .meta({ openapi: { method: 'GET', path: '/key-sectors/aqi', tags: ['key-sectors'], summary: '监测站点空气质量指数', description: '按 HJ 633—2012 计算某监测站点逐小时（实时报）或逐日（日报）的空气质量指数、级别、颜色和首要污染物，并给出各项浓度。逐小时最多 7 天，逐日最多 92 天。' } })
    .input(z.object({
      divisionCode,
      stationCode: z.string().trim().min(1).max(32),
      report: z.enum(['hourly', 'daily']).default('hourly'),
      from: date,
      to: date,
    }).strict())
    .output(aqiOutput)
    .query(async ({ ctx, input }) => {
      if (input.to < input.from) throw fail.badRequest(`结束日期（${input.to}）不能早于起始日期（${input.from}）`, 'to');
      const max = input.report === 'hourly' ? 7 : 92;
      if (daysInRange(input.from, input.to) > max) throw fail.badRequest(`日期范围不超过 ${max} 天`, 'to');
      const catalog = sectorCatalog(ctx.kernel.registry);
      const sector = catalog.sector('environment');
      const rt = catalog.recordType(sector, 'reading');
      const { records } = await loadPublished(ctx.plugin, {
        sector: 'environment', recordType: rt, divisionCode: input.divisionCode, exactDivision: true, subjectKey: input.stationCode,
        from: input.report === 'hourly' ? addCalendarDays(input.from, -1) : input.from, to: input.to, limit: 5000,
      });
      const readings = records.map((r) => r.data as HourReading);
      const byHour = new Map(readings.map((r) => [r.hour, r]));
      const opts = ctx.settings.aqi;
      const items = input.report === 'hourly'
        ? hourlyAqi(readings, `${input.from}T00`, `${input.to}T23`, opts).map((h) => {
            const r = byHour.get(h.hour);
            return { period: h.hour, ...flatten(h), reading: r ? { pm25: r.pm25 ?? null, pm10: r.pm10 ?? null, o3: r.o3 ?? null, so2: r.so2 ?? null, no2: r.no2 ?? null, co: r.co ?? null } : null };
          })
        : dailyAqiRange(readings, input.from, input.to, opts).map((d) => ({ period: d.date, ...flatten(d), reading: null }));
      return { stationCode: input.stationCode, report: input.report, rounding: opts.rounding, items };
    }),
});
