import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKsPlatform, makeOrganization, type KsPlatform } from '../../test-support';

let p: KsPlatform;
let org: string;

// 平房区 (ceil, the default) and 富锦市 (round) publish the same day of readings.
const DAY = '2026-11-24';
const hourly = (h: number) => ({ pm25: h === 8 ? 36 : 30, pm10: 40, o3: h === 14 ? 180 : 50, so2: 10, no2: 30, co: 0.6 });

async function publishDay(division: string, station: string) {
  const { caller } = await p.createUser({ roles: ['key-sectors.environment-editor'], divisionCode: division });
  await caller.keySectors.records.create({ divisionCode: division, sector: 'environment', recordType: 'station', organizationId: division === '230108' ? org : null, data: { code: station, name: '平房站', kind: '市控' }, publish: division === '230108' });
  for (let h = 0; h < 24; h++) {
    await caller.keySectors.records.create({ divisionCode: division, sector: 'environment', recordType: 'reading', data: { stationCode: station, hour: `${DAY}T${String(h).padStart(2, '0')}`, ...hourly(h) }, publish: true });
  }
}

beforeAll(async () => {
  p = await createKsPlatform();
  await p.setPlugin('23', 'key-sectors', true);
  await p.setPlugin('230882', 'key-sectors', true, { aqi: { rounding: 'round' } });
  org = await makeOrganization(p.db, '230108', '哈尔滨市生态环境局平房分局');
  await publishDay('230108', 'PF01');
  await publishDay('230882', 'FJ01');
});
afterAll(async () => { await p?.close(); });

describe('AQI per station', () => {
  it('computes hourly AQI with level, colour and primary pollutant', async () => {
    const r = await p.anonymous().keySectors.aqi.station({ divisionCode: '230108', stationCode: 'PF01', report: 'hourly', from: DAY, to: DAY });
    expect(r.items).toHaveLength(24);
    const h8 = r.items.find((i) => i.period === `${DAY}T08`)!;
    expect(h8).toMatchObject({ aqi: 52, level: '二级', category: '良', color: '#FFFF00', primaryPollutants: ['PM2.5'] });
    expect(h8.reading).toMatchObject({ pm25: 36 });
    const h0 = r.items[0]!;
    expect(h0).toMatchObject({ aqi: 43, level: '一级', primaryPollutants: [] });
  });

  it('follows the division’s rounding setting', async () => {
    const r = await p.anonymous().keySectors.aqi.station({ divisionCode: '230882', stationCode: 'FJ01', report: 'hourly', from: DAY, to: DAY });
    expect(r.rounding).toBe('round');
    expect(r.items.find((i) => i.period === `${DAY}T08`)!.aqi).toBe(51);
  });

  it('computes the daily report', async () => {
    const r = await p.anonymous().keySectors.aqi.station({ divisionCode: '230108', stationCode: 'PF01', report: 'daily', from: DAY, to: DAY });
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.indicators.map((i) => i.key).sort()).toEqual(['CO_24H', 'NO2_24H', 'O3_1H', 'O3_8H', 'PM10_24H', 'PM25_24H', 'SO2_24H']);
    expect(r.items[0]!.aqi).toBe(75); // O3 1-h max 180 → 75
  });

  it('rejects a range that ends before it starts, naming the field', async () => {
    await expect(p.anonymous().keySectors.aqi.station({ divisionCode: '230108', stationCode: 'PF01', from: DAY, to: '2026-11-20' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('to') });
  });
});

describe('charts', () => {
  it('builds the hourly AQI chart with a data table beside it', async () => {
    const c = await p.anonymous().keySectors.charts.build({ divisionCode: '230108', sector: 'environment', chart: 'aqi-hourly', subjectKey: 'PF01', from: DAY, to: DAY });
    expect(c.table.columns.slice(0, 5)).toEqual(['时段', 'AQI', '级别', '类别', '首要污染物']);
    expect(c.table.rows).toHaveLength(24);
    expect(c.table.rows[8]).toEqual([`${DAY} 08时`, 52, '二级', '良', 'PM2.5', 36, 40, 50, 10, 30, 0.6]);
    expect(JSON.stringify(c.option)).toContain('#FFFF00');
  });

  it('asks for what a chart needs', async () => {
    await expect(p.anonymous().keySectors.charts.build({ divisionCode: '230108', sector: 'environment', chart: 'aqi-daily', from: DAY, to: DAY })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('subjectKey') });
    await expect(p.anonymous().keySectors.charts.build({ divisionCode: '230108', sector: 'environment', chart: 'nope' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('chart') });
  });

  it('finds the station through the portal search', async () => {
    const found = await p.anonymous().catalogue.search({ q: '平房站', divisionCode: '230108' });
    expect(found.items.map((i: { title: string }) => i.title)).toContain('平房站空气质量监测站点');
  });
});
