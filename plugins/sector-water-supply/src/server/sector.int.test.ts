// The outside sector installed next to key-sectors, as apps/server composes them: its records are
// stored, validated, published and checked by key-sectors through the public contract only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test composes the platform as apps/server does
import { keySectorsPlugin } from '@gongkai/plugin-key-sectors/server';
import { createTestPlatform } from '@gongkai/testing';
import { report } from '../contracts/schemas.test';
import { sectorWaterSupplyPlugin } from './plugin';

const boot = () => createTestPlatform({ plugins: [keySectorsPlugin, sectorWaterSupplyPlugin] as const });
let p: Awaited<ReturnType<typeof boot>>;
let org: string;

beforeAll(async () => {
  p = await boot();
  await p.setPlugin('23', 'key-sectors', true);
  await p.setPlugin('2301', 'sector-water-supply', true); // 哈尔滨市 adds the sector for itself and its counties
  org = (await p.db.organization.create({ data: { divisionCode: '230108', code: 'PFWATER', name: '平房区供水公司', kind: 'other' } })).id;
});
afterAll(async () => { await p?.close(); });

const editor = () => p.createUser({ roles: ['sector-water-supply.editor'], divisionCode: '230108' });

describe('an outside sector on key-sectors', () => {
  it('is listed where its plugin is enabled, with its forms, and nowhere else', async () => {
    const here = await p.anonymous().keySectors.sectors.list({ divisionCode: '230108' });
    expect(here.map((s) => s.id)).toContain('water-supply');
    expect(here.find((s) => s.id === 'water-supply')!.pluginId).toBe('sector-water-supply');
    const elsewhere = await p.anonymous().keySectors.sectors.list({ divisionCode: '2302' });
    expect(elsewhere.map((s) => s.id)).not.toContain('water-supply');
  });

  it('publishes a quality report as a catalogue item of its own item type', async () => {
    const { caller } = await editor();
    const r = await caller.keySectors.records.create({ divisionCode: '230108', sector: 'water-supply', recordType: 'quality-report', organizationId: org, data: report(), publish: true });
    expect(r.status).toBe('published');
    const item = await p.db.catalogueItem.findUniqueOrThrow({ where: { id: r.catalogueItemId! } });
    expect(item).toMatchObject({ itemType: 'sector-water-supply.water-supply.quality-report', sourcePlugin: 'sector-water-supply', topicCode: '0503' });
    const found = await p.anonymous().catalogue.search({ q: '水质检测', divisionCode: '230108' });
    expect(found.items.map((i: { id: string }) => i.id)).toContain(item.id);
  });

  it('rejects bad input with the field named and writes nothing', async () => {
    const { caller } = await editor();
    const before = await p.db.keySectorsRecord.count();
    const bad = report({ result: '不合格' });
    await expect(caller.keySectors.records.create({ divisionCode: '230108', sector: 'water-supply', recordType: 'quality-report', data: bad })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('data.result') });
    expect(await p.db.keySectorsRecord.count()).toBe(before);
  });

  it('answers NOT_FOUND where the city has not added the sector, even with key-sectors on', async () => {
    const qqhr = await p.createUser({ roles: ['key-sectors.editor'], divisionCode: '2302' });
    await expect(qqhr.caller.keySectors.records.create({ divisionCode: '2302', sector: 'water-supply', recordType: 'tariff', data: {} })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(p.anonymous().keySectors.records.list({ divisionCode: '2302', sector: 'water-supply' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps its permission to itself: other sectors’ editors cannot write it', async () => {
    const budget = await p.createUser({ roles: ['key-sectors.budget-editor'], divisionCode: '230108' });
    await expect(budget.caller.keySectors.records.create({ divisionCode: '230108', sector: 'water-supply', recordType: 'quality-report', data: report() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { caller } = await editor();
    await expect(caller.keySectors.records.create({ divisionCode: '230108', sector: 'budget', recordType: 'three-expenses', data: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('appears in the compliance matrix only where it is enabled', async () => {
    const sup = await p.createUser({ roles: ['key-sectors.supervisor'], divisionCode: '23' });
    const m = await sup.caller.keySectors.compliance.matrix({ divisionCode: '23', year: 2026, sector: 'water-supply', rows: 'subtree' });
    expect(m.sectors.map((s) => s.id)).toEqual(['water-supply']);
    const cell = (code: string) => m.rows.find((r) => r.division.code === code)!.cells['water-supply.quality-reports']!;
    // Published today (2026-11-25), after the 04-15 due date of the first quarter's report.
    expect(cell('230108')).toMatchObject({ status: 'late', dueDate: '2026-04-15', publishedOn: '2026-11-25' });
    expect(cell('230102').status).toBe('missing');
    expect(cell('230202').status).toBe('disabled');
  });

  it('imports its records through key-sectors’ importer', async () => {
    const { caller } = await editor();
    const csv = ['用水类别,阶梯,供水价格（元/立方米）,执行日期,价格批复文号,价格听证日期', '非居民用水,不分阶梯,4.3,2026-01-01,哈发改价格〔2025〕2号,', '居民生活用水,第二阶梯,3.6,2026-01-01,哈发改价格〔2025〕1号,'].join('\n');
    const r = await caller.keySectors.imports.check({ divisionCode: '230108', sector: 'water-supply', recordType: 'tariff', format: 'csv', fileName: 't.csv', content: csv });
    expect(r.errors).toEqual([{ row: 3, field: '价格听证日期', message: '价格听证日期：居民生活用水价格调整须先举行价格听证（《价格法》第二十三条）' }]);
  });
});
