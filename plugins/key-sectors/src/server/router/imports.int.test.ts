import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createKsPlatform, makeOrganization, type KsPlatform } from '../test-support';

let p: KsPlatform;
let org: string;

beforeAll(async () => {
  p = await createKsPlatform();
  await p.setPlugin('23', 'key-sectors', true);
  org = await makeOrganization(p.db, '230108', '平房区市场监督管理局');
});
afterAll(async () => { await p?.close(); });

const editor = () => p.createUser({ roles: ['key-sectors.editor'], divisionCode: '230108' });
const base = { divisionCode: '230108', sector: 'environment', recordType: 'reading', format: 'csv' as const, fileName: 'readings.csv' };
const count = () => p.db.keySectorsRecord.count({ where: { divisionCode: '230108', recordType: 'reading' } });

describe('CSV import', () => {
  it('imports readings with Chinese headers (with or without units) and publishes them', async () => {
    const { caller } = await editor();
    const csv = [
      '站点编码,监测时段,PM2.5 浓度（µg/m³）,PM10 浓度,O3 浓度,SO2 浓度,NO2 浓度,CO 浓度（mg/m³）',
      'PF01,2026-11-20T00,35,50,40,8,30,0.7',
      'PF01,2026-11-20T01,"36",51,,8,30,0.7',
      '',
      'PF01,2026-11-20T02,40,52,44,8,31,0.8',
    ].join('\r\n');
    const r = await caller.keySectors.imports.run({ ...base, content: csv, publish: true });
    expect(r).toMatchObject({ rowCount: 3, recordCount: 3 });
    const rows = await p.db.keySectorsRecord.findMany({ where: { importId: r.importId }, orderBy: { period: 'asc' } });
    expect(rows.map((x) => [x.period, x.status, (x.data as { o3?: number }).o3 ?? null])).toEqual([
      ['2026-11-20T00', 'published', 40], ['2026-11-20T01', 'published', null], ['2026-11-20T02', 'published', 44],
    ]);
    const aqi = await p.anonymous().keySectors.aqi.station({ divisionCode: '230108', stationCode: 'PF01', from: '2026-11-20', to: '2026-11-20' });
    expect(aqi.items[1]!.aqi).toBe(52);
  });

  it('reports every bad row with its row number and column, and imports nothing', async () => {
    const { caller } = await editor();
    const csv = [
      'stationCode,hour,pm25,pm10,co,extra',
      'PF02,2026-11-21T00,35,50,0.7,',
      'PF02,2026-11-21T01,-5,50,0.7,',
      'PF02,2026-11-21T24,30,abc,0.7,',
      ',2026-11-21T03,30,50,0.7,',
      'PF02,2026-11-21T00,30,50,0.7,',
      'PF01,2026-11-20T00,30,50,0.7,',
    ].join('\n');
    const before = await count();
    const r = await caller.keySectors.imports.check({ ...base, content: csv });
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [1, 'extra'],
      [3, 'pm25'],
      [4, 'hour'],
      [4, 'pm10'],
      [5, 'stationCode'],
      [6, '(整行)'],
      [7, '(整行)'],
    ]);
    expect(r.errors[1]!.message).toBe('PM2.5 浓度不能为负数（单位 µg/m³）');
    expect(r.errors[3]!.message).toBe('PM10 浓度须为数字（µg/m³）');
    expect(r.errors[5]!.message).toContain('与第 2 行重复');
    expect(r.errors[6]!.message).toContain('本地区已有相同的记录');
    expect(r.badRows).toBe(6);
    const err = await caller.keySectors.imports.run({ ...base, content: csv }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'BAD_REQUEST' });
    expect((err as Error).message).toMatch(/^文件有 7 处错误（6 行），未导入任何记录：第 1 行 extra/);
    expect(await count()).toBe(before);
    expect(await p.db.keySectorsImport.count({ where: { fileName: 'readings.csv', recordCount: 0 } })).toBe(0);
  });

  it('rejects a malformed file and an empty one, naming the content', async () => {
    const { caller } = await editor();
    await expect(caller.keySectors.imports.run({ ...base, content: 'stationCode,hour\n"PF01,2026' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('content') });
    await expect(caller.keySectors.imports.run({ ...base, content: 'stationCode,hour\n' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('没有数据行') });
    await expect(caller.keySectors.imports.run({ ...base, format: 'xlsx', content: Buffer.from('not a zip').toString('base64') })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('XLSX') });
  });

  it('denies import outside the caller’s reach and to callers without the sector permission', async () => {
    const other = await p.createUser({ roles: ['key-sectors.editor'], divisionCode: '2302' });
    await expect(other.caller.keySectors.imports.run({ ...base, content: 'stationCode,hour,pm25\nX,2026-11-21T00,1' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const budget = await p.createUser({ roles: ['key-sectors.budget-editor'], divisionCode: '230108' });
    await expect(budget.caller.keySectors.imports.check({ ...base, content: 'stationCode,hour,pm25\nX,2026-11-21T00,1' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('XLSX import', () => {
  it('reads the first worksheet, dates and numbers included', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('政策');
    ws.addRow(['标题', '文号', '印发日期', '主要内容']);
    ws.addRow(['平房区大气污染防治实施方案', '哈平政发〔2026〕3号', new Date(Date.UTC(2026, 2, 5)), '一、总体要求……']);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const { caller } = await editor();
    const r = await caller.keySectors.imports.run({ divisionCode: '230108', sector: 'environment', recordType: 'policy', organizationId: org, format: 'xlsx', fileName: 'policy.xlsx', content, publish: true });
    expect(r.recordCount).toBe(1);
    const rec = await p.db.keySectorsRecord.findFirstOrThrow({ where: { importId: r.importId } });
    expect(rec).toMatchObject({ title: '平房区大气污染防治实施方案', period: '2026-03-05', status: 'published' });
    expect(rec.catalogueItemId).toBeTruthy();
  });
});

describe('grouped import (budget tables)', () => {
  const head = '年度,类型,单位名称,表名,批复日期,金额单位,科目编码,科目名称,金额';
  const unit = '2026,预算,平房区教育局,一般公共预算财政拨款支出表,2026-02-10,万元';
  it('builds one table per unit from many rows and points a sum error at its row', async () => {
    const { caller } = await editor();
    const csv = [head, `${unit},205,教育支出,100`, `${unit},20502,普通教育,100`, `${unit},2050201,学前教育,40`, `${unit},2050202,小学教育,50`, `${unit},合计,,100`].join('\n');
    const r = await caller.keySectors.imports.check({ divisionCode: '230108', sector: 'budget', recordType: 'budget-table', format: 'csv', fileName: 't.csv', content: csv });
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([[3, 'rows.1.amount']]);
    expect(r.errors[0]!.message).toContain('款级科目 20502（普通教育）金额 100.00 万元与其下级科目之和 90.00 万元不符');
    const fixed = csv.replace('小学教育,50', '小学教育,60');
    const ok = await caller.keySectors.imports.run({ divisionCode: '230108', sector: 'budget', recordType: 'budget-table', format: 'csv', fileName: 't.csv', content: fixed });
    expect(ok).toMatchObject({ rowCount: 5, recordCount: 1 });
  });
});

describe('templates', () => {
  it('offers a CSV template with Chinese headers the importer accepts', async () => {
    const t = await p.anonymous().keySectors.imports.template({ sector: 'budget', recordType: 'three-expenses' });
    expect(t.content).toContain('预算数.因公出国（境）费');
    const x = await p.anonymous().keySectors.imports.template({ sector: 'environment', recordType: 'reading', format: 'xlsx' });
    expect(x.encoding).toBe('base64');
  });
});
