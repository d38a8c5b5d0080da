import { describe, expect, it } from 'vitest';
import { BREAKPOINTS, IAQI_STEPS, type BreakpointKey } from './breakpoints';
import { combine, iaqi, indicator, levelOf, rawIaqi } from './aqi';

// Every test vector of cn-domain-facts.md §4.5: [key, C, raw, ceil, round]; null = no value.
const VECTORS: [BreakpointKey, number, number | null, number | null, number | null, string | null][] = [
  ['PM25_24H', 35, 50, 50, 50, null],
  ['PM25_24H', 36, 51.25, 52, 51, null],
  ['PM25_24H', 100, 131.25, 132, 131, null],
  ['PM25_24H', 150, 200, 200, 200, null],
  ['PM25_24H', 251, 301, 301, 301, null],
  ['PM25_24H', 500, 500, 500, 500, null],
  ['PM25_24H', 501, null, null, null, 'above-table'],
  ['PM10_24H', 200, 125, 125, 125, null],
  ['SO2_24H', 475, 150, 150, 150, null],
  ['SO2_24H', 500, 153.85, 154, 154, null],
  ['SO2_1H', 800, 200, 200, 200, null],
  ['SO2_1H', 801, null, null, null, 'not-computed'],
  ['NO2_1H', 150, 75, 75, 75, null],
  ['CO_24H', 3, 75, 75, 75, null],
  ['CO_1H', 12, 104, 104, 104, null],
  ['O3_1H', 210, 105, 105, 105, null],
  ['O3_8H', 160, 100, 100, 100, null],
  ['O3_8H', 180, 118.18, 119, 118, null],
  ['O3_8H', 801, null, null, null, 'not-computed'],
];

describe('IAQI per HJ 633-2012: the domain test vectors', () => {
  it.each(VECTORS)('%s at %s → raw %s, ceil %s, round %s', (key, c, raw, ceil, round, note) => {
    const r = rawIaqi(key, c);
    if (raw === null) expect(r.raw).toBeNull();
    else expect(r.raw).toBeCloseTo(raw, 2);
    expect(r.note).toBe(note);
    expect(iaqi(key, c, 'ceil')).toBe(ceil);
    expect(iaqi(key, c, 'round')).toBe(round);
  });

  it('uses 475 (not 500) as the SO2 24-hour limit at IAQI 150', () => {
    expect(BREAKPOINTS.SO2_24H[3]).toBe(475);
    expect(BREAKPOINTS.SO2_1H[3]).toBe(650);
  });

  it('maps every breakpoint exactly onto its IAQI step with either rounding', () => {
    for (const [key, bps] of Object.entries(BREAKPOINTS) as [BreakpointKey, (number | null)[]][]) {
      bps.forEach((bp, i) => {
        if (bp === null) return;
        expect(iaqi(key, bp, 'ceil')).toBe(IAQI_STEPS[i]);
        expect(iaqi(key, bp, 'round')).toBe(IAQI_STEPS[i]);
      });
    }
  });

  it('rejects negative and non-finite concentrations', () => {
    expect(() => rawIaqi('PM25_24H', -5)).toThrow(/非负/);
    expect(() => rawIaqi('PM25_24H', Number.NaN)).toThrow();
  });

  it('does not let float noise push ceil over an integer', () => {
    // 0.1 + 0.2 style noise: C chosen so the raw value is an integer in exact arithmetic.
    expect(iaqi('PM25_24H', 75.00000000000001, 'ceil')).toBe(100);
  });
});

describe('levels and colours (HJ 633 Table 2, Appendix A)', () => {
  it.each([
    [0, '一级', '优', '#00E400'], [50, '一级', '优', '#00E400'], [51, '二级', '良', '#FFFF00'], [100, '二级', '良', '#FFFF00'],
    [101, '三级', '轻度污染', '#FF7E00'], [150, '三级', '轻度污染', '#FF7E00'], [151, '四级', '中度污染', '#FF0000'],
    [200, '四级', '中度污染', '#FF0000'], [201, '五级', '重度污染', '#99004C'], [300, '五级', '重度污染', '#99004C'],
    [301, '六级', '严重污染', '#7E0023'], [500, '六级', '严重污染', '#7E0023'],
  ])('AQI %s is %s %s %s', (aqi, level, category, color) => {
    expect(levelOf(aqi)).toMatchObject({ level, category, color });
  });
});

describe('AQI, primary pollutant and non-attainment', () => {
  it('takes the maximum IAQI and names every pollutant tied at it', () => {
    const r = combine([
      indicator('PM2.5', 'PM25_24H', 100, 'ceil'), // 132
      indicator('PM10', 'PM10_24H', 200, 'ceil'), // 125
      indicator('NO2', 'NO2_24H', 40, 'ceil'), // 50
    ]);
    expect(r.aqi).toBe(132);
    expect(r.primaryPollutants).toEqual(['PM2.5']);
    expect(r.nonAttainment).toEqual(['PM2.5', 'PM10']);
    expect(r.level?.category).toBe('轻度污染');
  });

  it('lists ties as joint primary pollutants', () => {
    const r = combine([indicator('PM2.5', 'PM25_24H', 75, 'ceil'), indicator('PM10', 'PM10_24H', 150, 'ceil')]);
    expect(r.aqi).toBe(100);
    expect(r.primaryPollutants).toEqual(['PM2.5', 'PM10']);
    expect(r.nonAttainment).toEqual([]);
  });

  it('names no primary pollutant at AQI 50 or below', () => {
    const r = combine([indicator('PM2.5', 'PM25_24H', 35, 'ceil')]);
    expect(r.aqi).toBe(50);
    expect(r.primaryPollutants).toEqual([]);
  });

  it('reports an above-table concentration as AQI 500 with the flag', () => {
    const r = combine([indicator('PM2.5', 'PM25_24H', 501, 'ceil'), indicator('NO2', 'NO2_24H', 40, 'ceil')]);
    expect(r).toMatchObject({ aqi: 500, aboveScale: true, primaryPollutants: ['PM2.5'] });
  });

  it('has no AQI without indicators', () => {
    expect(combine([]).aqi).toBeNull();
  });
});
