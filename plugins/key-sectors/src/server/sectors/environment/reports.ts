// 实时报 (hourly) and 日报 (daily) AQI from hourly readings of one station (HJ 633—2012 §4.3 of
// the domain file). Hours are 'YYYY-MM-DDTHH' in China time, HH being the hour the 1-hour
// average starts (00–23).
//
// Hourly: SO2, NO2, CO, O3 1-hour averages with their 1-hour limits; PM2.5 and PM10 1-hour
// concentrations against the 24-hour limits (there are no 1-hour PM limits); the O3 8-hour moving
// average (setting). SO2 above 800 µg/m³ (1 h) is reported with the IAQI of its 24-hour moving
// average (footnote 2); O3 8-hour above 800 is not computed and the 1-hour IAQI stands (footnote 3).
//
// Daily: 24-hour averages of SO2, NO2, PM10, CO and PM2.5; the daily maximum 1-hour O3 and the
// daily maximum 8-hour moving average of O3.
import { combine, indicator, type AqiResult, type IndicatorValue, type Rounding } from './aqi';

export interface HourReading { hour: string; pm25?: number | null; pm10?: number | null; o3?: number | null; so2?: number | null; no2?: number | null; co?: number | null }
export interface AqiOptions { rounding: Rounding; hourlyIncludesO3_8h: boolean }

/**
 * Data validity (GB 3095-2012 §8, not in the domain file; named so they can be reviewed):
 * a 24-hour average needs 20 valid hours, an 8-hour average 6 valid hours, and a daily maximum
 * 8-hour average 14 valid 8-hour averages among the windows ending 07–23 h.
 */
export const MIN_HOURS_24H = 20;
export const MIN_HOURS_8H = 6;
export const MIN_WINDOWS_8H_DAY = 14;

type Field = 'pm25' | 'pm10' | 'o3' | 'so2' | 'no2' | 'co';

export function hourNumber(hour: string): number {
  return Date.UTC(Number(hour.slice(0, 4)), Number(hour.slice(5, 7)) - 1, Number(hour.slice(8, 10)), Number(hour.slice(11, 13))) / 3_600_000;
}

export function hourKeyOf(n: number): string {
  return new Date(n * 3_600_000).toISOString().slice(0, 13);
}

class Series {
  private readonly byHour = new Map<number, HourReading>();
  constructor(readings: readonly HourReading[]) {
    for (const r of readings) this.byHour.set(hourNumber(r.hour), r);
  }
  at(h: number): HourReading | undefined { return this.byHour.get(h); }
  value(h: number, f: Field): number | null {
    const v = this.byHour.get(h)?.[f];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  }
  /** Mean of the `span` hours ending at `end`, or null with fewer than `min` valid values. */
  mean(end: number, span: number, f: Field, min: number): number | null {
    let sum = 0;
    let n = 0;
    for (let h = end - span + 1; h <= end; h++) {
      const v = this.value(h, f);
      if (v !== null) { sum += v; n++; }
    }
    return n >= min ? sum / n : null;
  }
}

export interface HourlyAqi extends AqiResult { hour: string }
export interface DailyAqi extends AqiResult { date: string; validHours: number }

function hourlyFrom(s: Series, h: number, opts: AqiOptions): HourlyAqi {
  const r = s.at(h);
  const hour = hourKeyOf(h);
  const inds: IndicatorValue[] = [];
  if (r) {
    const so2 = s.value(h, 'so2');
    if (so2 !== null) {
      const i = indicator('SO2', 'SO2_1H', so2, opts.rounding);
      const avg = i.note === 'not-computed' ? s.mean(h, 24, 'so2', MIN_HOURS_24H) : null;
      inds.push(avg !== null ? indicator('SO2', 'SO2_24H', avg, opts.rounding) : i);
    }
    const no2 = s.value(h, 'no2');
    if (no2 !== null) inds.push(indicator('NO2', 'NO2_1H', no2, opts.rounding));
    const co = s.value(h, 'co');
    if (co !== null) inds.push(indicator('CO', 'CO_1H', co, opts.rounding));
    const o3 = s.value(h, 'o3');
    if (o3 !== null) inds.push(indicator('O3', 'O3_1H', o3, opts.rounding));
    if (opts.hourlyIncludesO3_8h) {
      const o3_8h = s.mean(h, 8, 'o3', MIN_HOURS_8H);
      if (o3_8h !== null) {
        const i8 = indicator('O3', 'O3_8H', o3_8h, opts.rounding);
        if (i8.note !== 'not-computed') inds.push(i8);
      }
    }
    const pm25 = s.value(h, 'pm25');
    if (pm25 !== null) inds.push(indicator('PM2.5', 'PM25_24H', pm25, opts.rounding));
    const pm10 = s.value(h, 'pm10');
    if (pm10 !== null) inds.push(indicator('PM10', 'PM10_24H', pm10, opts.rounding));
  }
  return { hour, ...combine(inds) };
}

/** Hourly AQI for every hour in [from, to]; `readings` should start 23 hours before `from`. */
export function hourlyAqi(readings: readonly HourReading[], from: string, to: string, opts: AqiOptions): HourlyAqi[] {
  const s = new Series(readings);
  const out: HourlyAqi[] = [];
  for (let h = hourNumber(from); h <= hourNumber(to); h++) out.push(hourlyFrom(s, h, opts));
  return out;
}

/** The daily report for `date` ('YYYY-MM-DD') from that day's readings. */
export function dailyAqi(readings: readonly HourReading[], date: string, opts: AqiOptions): DailyAqi {
  return dailyFrom(new Series(readings), date, opts);
}

function dailyFrom(s: Series, date: string, opts: AqiOptions): DailyAqi {
  const first = hourNumber(`${date}T00`);
  const last = first + 23;
  const inds: IndicatorValue[] = [];
  let validHours = 0;
  for (let h = first; h <= last; h++) if (s.at(h)) validHours++;
  const day = (f: Field) => { const vs: number[] = []; for (let h = first; h <= last; h++) { const v = s.value(h, f); if (v !== null) vs.push(v); } return vs; };
  const mean24 = (f: Field) => { const vs = day(f); return vs.length >= MIN_HOURS_24H ? vs.reduce((a, b) => a + b, 0) / vs.length : null; };
  const so2 = mean24('so2'); if (so2 !== null) inds.push(indicator('SO2', 'SO2_24H', so2, opts.rounding));
  const no2 = mean24('no2'); if (no2 !== null) inds.push(indicator('NO2', 'NO2_24H', no2, opts.rounding));
  const pm10 = mean24('pm10'); if (pm10 !== null) inds.push(indicator('PM10', 'PM10_24H', pm10, opts.rounding));
  const co = mean24('co'); if (co !== null) inds.push(indicator('CO', 'CO_24H', co, opts.rounding));
  const pm25 = mean24('pm25'); if (pm25 !== null) inds.push(indicator('PM2.5', 'PM25_24H', pm25, opts.rounding));
  const o3 = day('o3');
  if (o3.length >= MIN_HOURS_24H) inds.push(indicator('O3', 'O3_1H', Math.max(...o3), opts.rounding));
  const windows: number[] = [];
  for (let end = first + 7; end <= last; end++) {
    const m = s.mean(end, 8, 'o3', MIN_HOURS_8H);
    if (m !== null) windows.push(m);
  }
  if (windows.length >= MIN_WINDOWS_8H_DAY) {
    const i8 = indicator('O3', 'O3_8H', Math.max(...windows), opts.rounding);
    if (i8.note !== 'not-computed') inds.push(i8);
  }
  return { date, validHours, ...combine(inds) };
}

/** Daily reports for each date in [from, to] ('YYYY-MM-DD'). */
export function dailyAqiRange(readings: readonly HourReading[], from: string, to: string, opts: AqiOptions): DailyAqi[] {
  const s = new Series(readings);
  const out: DailyAqi[] = [];
  for (let d = hourNumber(`${from}T00`); d <= hourNumber(`${to}T00`); d += 24) out.push(dailyFrom(s, hourKeyOf(d).slice(0, 10), opts));
  return out;
}
