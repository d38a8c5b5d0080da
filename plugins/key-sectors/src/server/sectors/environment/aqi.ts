// AQI per HJ 633—2012: IAQI_P = (IAQI_Hi − IAQI_Lo)/(BP_Hi − BP_Lo) × (C_P − BP_Lo) + IAQI_Lo,
// taking the lowest segment whose BP_Hi ≥ C (so C = 35 µg/m³ PM2.5 gives 50); AQI = max IAQI.
// The standard does not state IAQI rounding: it is the named setting `aqi.rounding`.
import { AQI_LEVELS, BREAKPOINTS, IAQI_STEPS, NON_ATTAINMENT_ABOVE, NOT_COMPUTED_ABOVE, PRIMARY_POLLUTANT_ABOVE, type AqiLevel, type BreakpointKey } from './breakpoints';

export type Rounding = 'ceil' | 'round';
export const DEFAULT_ROUNDING: Rounding = 'ceil';

/** Why an IAQI has no value: above the last breakpoint, or not computed per footnotes 2 and 3. */
export type IaqiNote = 'above-table' | 'not-computed' | null;

export interface RawIaqi { raw: number | null; note: IaqiNote }

/** The unrounded IAQI of a concentration, or null with the reason. */
export function rawIaqi(key: BreakpointKey, c: number): RawIaqi {
  if (!Number.isFinite(c) || c < 0) throw new RangeError(`浓度须为非负数：${key} = ${c}`);
  const nc = NOT_COMPUTED_ABOVE[key];
  if (nc && c > nc.limit) return { raw: null, note: 'not-computed' };
  const bps = BREAKPOINTS[key];
  for (let i = 1; i < bps.length; i++) {
    const hi = bps[i];
    if (hi === null || hi === undefined) break;
    if (c <= hi) {
      const lo = bps[i - 1]!;
      const iHi = IAQI_STEPS[i]!;
      const iLo = IAQI_STEPS[i - 1]!;
      return { raw: ((iHi - iLo) / (hi - lo)) * (c - lo) + iLo, note: null };
    }
  }
  return { raw: null, note: 'above-table' };
}

/** Rounds an IAQI; the epsilon keeps float noise (75.00000000000001) from tipping ceil over. */
export function roundIaqi(raw: number, rounding: Rounding): number {
  return Math.max(0, rounding === 'ceil' ? Math.ceil(raw - 1e-9) : Math.round(raw + 1e-9));
}

export function iaqi(key: BreakpointKey, c: number, rounding: Rounding = DEFAULT_ROUNDING): number | null {
  const r = rawIaqi(key, c);
  return r.raw === null ? null : roundIaqi(r.raw, rounding);
}

export function levelOf(aqi: number): AqiLevel {
  return AQI_LEVELS.find((l) => aqi <= l.max)!;
}

export type Pollutant = 'SO2' | 'NO2' | 'PM10' | 'CO' | 'O3' | 'PM2.5';

export const POLLUTANT_LABELS: Readonly<Record<Pollutant, string>> = {
  'PM2.5': '细颗粒物（PM2.5）', PM10: '可吸入颗粒物（PM10）', O3: '臭氧（O3）', SO2: '二氧化硫（SO2）', NO2: '二氧化氮（NO2）', CO: '一氧化碳（CO）',
};

/** One indicator of a report: a pollutant measured over an averaging time. */
export interface IndicatorValue {
  pollutant: Pollutant;
  key: BreakpointKey;
  /** The concentration used (an average for 24-hour and 8-hour keys). */
  concentration: number;
  iaqi: number | null;
  note: IaqiNote;
}

export function indicator(pollutant: Pollutant, key: BreakpointKey, concentration: number, rounding: Rounding): IndicatorValue {
  const r = rawIaqi(key, concentration);
  return { pollutant, key, concentration, iaqi: r.raw === null ? null : roundIaqi(r.raw, rounding), note: r.note };
}

export interface AqiResult {
  /** null when no indicator could be computed. */
  aqi: number | null;
  /** True when some concentration lies above the table: AQI is then reported as 500 (the scale's top). */
  aboveScale: boolean;
  level: AqiLevel | null;
  /** 首要污染物 (AQI > 50): every pollutant whose IAQI equals the AQI. */
  primaryPollutants: Pollutant[];
  /** 超标污染物: IAQI > 100. */
  nonAttainment: Pollutant[];
  indicators: IndicatorValue[];
}

/** AQI = max IAQI over the indicators; an above-table indicator counts as 500. */
export function combine(indicators: readonly IndicatorValue[]): AqiResult {
  const scored = indicators.flatMap((i) => (i.iaqi !== null ? [{ p: i.pollutant, v: i.iaqi }] : i.note === 'above-table' ? [{ p: i.pollutant, v: 500 }] : []));
  if (scored.length === 0) return { aqi: null, aboveScale: false, level: null, primaryPollutants: [], nonAttainment: [], indicators: [...indicators] };
  const aqi = Math.max(...scored.map((s) => s.v));
  const uniq = (ps: Pollutant[]) => [...new Set(ps)];
  return {
    aqi,
    aboveScale: indicators.some((i) => i.note === 'above-table'),
    level: levelOf(aqi),
    primaryPollutants: aqi > PRIMARY_POLLUTANT_ABOVE ? uniq(scored.filter((s) => s.v === aqi).map((s) => s.p)) : [],
    nonAttainment: uniq(scored.filter((s) => s.v > NON_ATTAINMENT_ABOVE).map((s) => s.p)),
    indicators: [...indicators],
  };
}
