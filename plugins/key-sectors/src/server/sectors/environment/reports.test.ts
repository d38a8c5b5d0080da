import { describe, expect, it } from 'vitest';
import { dailyAqi, hourlyAqi, hourKeyOf, hourNumber, type HourReading } from './reports';

const opts = { rounding: 'ceil' as const, hourlyIncludesO3_8h: true };

function day(date: string, f: (h: number) => Omit<HourReading, 'hour'>): HourReading[] {
  return Array.from({ length: 24 }, (_, h) => ({ hour: `${date}T${String(h).padStart(2, '0')}`, ...f(h) }));
}

describe('hour keys', () => {
  it('round-trips across a month end', () => {
    expect(hourKeyOf(hourNumber('2026-01-31T23') + 1)).toBe('2026-02-01T00');
  });
});

describe('hourly AQI (实时报)', () => {
  it('uses the 1-hour limits for SO2, NO2, CO, O3 and the 24-hour limits on 1-hour PM', () => {
    const [r] = hourlyAqi([{ hour: '2026-11-25T08', pm25: 36, pm10: 200, so2: 800, no2: 150, co: 12, o3: 210 }], '2026-11-25T08', '2026-11-25T08', { ...opts, hourlyIncludesO3_8h: false });
    const by = Object.fromEntries(r!.indicators.map((i) => [i.key, i.iaqi]));
    expect(by).toEqual({ SO2_1H: 200, NO2_1H: 75, CO_1H: 104, O3_1H: 105, PM25_24H: 52, PM10_24H: 125 });
    expect(r!.aqi).toBe(200);
    expect(r!.primaryPollutants).toEqual(['SO2']);
  });

  it('reports SO2 above 800 µg/m³ (1 h) with the IAQI of its 24-hour average (footnote 2)', () => {
    const readings = Array.from({ length: 24 }, (_, h) => ({ hour: hourKeyOf(hourNumber('2026-11-24T09') + h), so2: h === 23 ? 801 : 475 }));
    const [r] = hourlyAqi(readings, '2026-11-25T08', '2026-11-25T08', opts);
    const so2 = r!.indicators.find((i) => i.pollutant === 'SO2')!;
    expect(so2.key).toBe('SO2_24H');
    expect(so2.concentration).toBeCloseTo((475 * 23 + 801) / 24, 6);
  });

  it('keeps the 1-hour O3 IAQI when the 8-hour average exceeds 800 (footnote 3)', () => {
    const readings = Array.from({ length: 8 }, (_, h) => ({ hour: `2026-07-01T${String(10 + h).padStart(2, '0')}`, o3: 900 }));
    const [r] = hourlyAqi(readings, '2026-07-01T17', '2026-07-01T17', opts);
    expect(r!.indicators.map((i) => i.key)).toEqual(['O3_1H']);
    expect(r!.aqi).toBe(iaqiOf(900));
  });

  it('adds the O3 8-hour moving average when 6 of 8 hours are valid', () => {
    const readings = [10, 11, 12, 13, 14, 15].map((h) => ({ hour: `2026-07-01T${h}`, o3: 180 }));
    const [r] = hourlyAqi(readings, '2026-07-01T17', '2026-07-01T17', opts);
    expect(r!.indicators).toEqual([]); // no reading at 17h itself
    const [r2] = hourlyAqi([...readings, { hour: '2026-07-01T17', o3: 180 }], '2026-07-01T17', '2026-07-01T17', opts);
    expect(r2!.indicators.map((i) => [i.key, i.iaqi])).toEqual([['O3_1H', 75], ['O3_8H', 119]]);
  });

  it('gives a null AQI for an hour without readings', () => {
    expect(hourlyAqi([], '2026-11-25T00', '2026-11-25T01', opts).map((r) => r.aqi)).toEqual([null, null]);
  });
});

function iaqiOf(o3: number): number {
  // O3_1H 900: between 800 (300) and 1000 (400): 300 + 100/200 × 100 = 350.
  return o3 === 900 ? 350 : NaN;
}

describe('daily AQI (日报)', () => {
  it('averages 24 hours, takes daily O3 maxima and needs 20 valid hours', () => {
    const readings = day('2026-11-25', (h) => ({ pm25: h < 12 ? 30 : 42, pm10: 200, so2: 500, no2: 40, co: 3, o3: h === 14 ? 210 : 100 }));
    const r = dailyAqi(readings, '2026-11-25', opts);
    const by = Object.fromEntries(r.indicators.map((i) => [i.key, i.iaqi]));
    expect(by.PM25_24H).toBe(52); // mean 36
    expect(by.SO2_24H).toBe(154);
    expect(by.CO_24H).toBe(75);
    expect(by.O3_1H).toBe(105);
    expect(r.aqi).toBe(154);
    expect(r.primaryPollutants).toEqual(['SO2']);
    expect(r.validHours).toBe(24);

    const sparse = dailyAqi(readings.slice(0, 15), '2026-11-25', opts);
    expect(sparse.aqi).toBeNull();
    expect(sparse.validHours).toBe(15);
  });
});
