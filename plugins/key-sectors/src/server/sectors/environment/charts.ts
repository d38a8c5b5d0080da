// AQI charts: hourly (实时报) and daily (日报) AQI of a station, coloured by level, with the
// figures in a table beside the chart.
import { barChart, lineChart, type ChartOutput, type SectorRecord } from '../../../contracts';
import { AQI_LEVELS } from './breakpoints';
import { dailyAqiRange, hourlyAqi, type AqiOptions, type HourReading } from './reports';
import type { Reading } from './schemas';

const levelLines = AQI_LEVELS.slice(0, 5).map((l) => ({ value: l.max, label: `${l.category}上限 ${l.max}` }));

function readingsOf(records: readonly SectorRecord<Reading>[]): HourReading[] {
  return records.map((r) => r.data);
}

const fmt = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? null : Number(v.toFixed(digits)));

export function hourlyAqiChart(records: readonly SectorRecord<Reading>[], from: string, to: string, opts: AqiOptions, stationName: string): ChartOutput {
  const rows = hourlyAqi(readingsOf(records), `${from}T00`, `${to}T23`, opts);
  const byHour = new Map(records.map((r) => [r.data.hour, r.data]));
  const chart = barChart({
    title: `${stationName}逐小时空气质量指数（AQI）`,
    categoryLabel: '时段',
    categories: rows.map((r) => (from === to ? `${r.hour.slice(11, 13)}时` : `${r.hour.slice(5, 10)} ${r.hour.slice(11, 13)}时`)),
    series: [{ name: 'AQI', data: rows.map((r) => r.aqi), colors: rows.map((r) => r.level?.color ?? null) }],
    markLines: levelLines,
  });
  return {
    option: chart.option,
    table: {
      caption: chart.table.caption,
      columns: ['时段', 'AQI', '级别', '类别', '首要污染物', 'PM2.5（µg/m³）', 'PM10（µg/m³）', 'O3（µg/m³）', 'SO2（µg/m³）', 'NO2（µg/m³）', 'CO（mg/m³）'],
      rows: rows.map((r) => {
        const x = byHour.get(r.hour);
        return [r.hour.replace('T', ' ') + '时', r.aqi, r.level?.level ?? null, r.level?.category ?? null, r.primaryPollutants.join('、') || '—',
          fmt(x?.pm25), fmt(x?.pm10), fmt(x?.o3), fmt(x?.so2), fmt(x?.no2), fmt(x?.co, 1)];
      }),
    },
  };
}

export function dailyAqiChart(records: readonly SectorRecord<Reading>[], from: string, to: string, opts: AqiOptions, stationName: string): ChartOutput {
  const days = dailyAqiRange(readingsOf(records), from, to, opts);
  const chart = barChart({
    title: `${stationName}逐日空气质量指数（AQI）`,
    categoryLabel: '日期',
    categories: days.map((d) => d.date),
    series: [{ name: 'AQI', data: days.map((d) => d.aqi), colors: days.map((d) => d.level?.color ?? null) }],
    markLines: levelLines,
  });
  return {
    option: chart.option,
    table: {
      caption: chart.table.caption,
      columns: ['日期', 'AQI', '级别', '类别', '首要污染物', '超标污染物', '有效小时数'],
      rows: days.map((d) => [d.date, d.aqi, d.level?.level ?? null, d.level?.category ?? null, d.primaryPollutants.join('、') || '—', d.nonAttainment.join('、') || '—', d.validHours]),
    },
  };
}

export function pollutantChart(records: readonly SectorRecord<Reading>[], stationName: string): ChartOutput {
  const sorted = [...records].sort((a, b) => a.data.hour.localeCompare(b.data.hour));
  return lineChart({
    title: `${stationName}逐小时污染物浓度`,
    categoryLabel: '时段',
    unit: 'µg/m³',
    categories: sorted.map((r) => r.data.hour.replace('T', ' ') + '时'),
    series: (['pm25', 'pm10', 'o3', 'so2', 'no2'] as const).map((k) => ({
      name: { pm25: 'PM2.5', pm10: 'PM10', o3: 'O3', so2: 'SO2', no2: 'NO2' }[k],
      data: sorted.map((r) => fmt(r.data[k])),
    })),
  });
}
