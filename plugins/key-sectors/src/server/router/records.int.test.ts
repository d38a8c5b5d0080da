import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetTableData, createKsPlatform, makeOrganization, reading, threeExpensesFinal, type KsPlatform } from '../test-support';

let p: KsPlatform;
let orgPingfang: string;
let orgQiqihar: string;

beforeAll(async () => {
  p = await createKsPlatform();
  await p.setPlugin('23', 'key-sectors', true);
  await p.setPlugin('2311', 'key-sectors', false); // 黑河市 and its counties: switched off
  orgPingfang = await makeOrganization(p.db, '230108', '平房区人民政府');
  orgQiqihar = await makeOrganization(p.db, '2302', '齐齐哈尔市人民政府');
});
afterAll(async () => { await p?.close(); });

const county = () => p.createUser({ roles: ['key-sectors.editor'], divisionCode: '230108' });

describe('records: create, publish, catalogue', () => {
  it('publishes a county’s 三公经费 as a catalogue item the portal can find', async () => {
    const { caller } = await county();
    const r = await caller.keySectors.records.create({ divisionCode: '230108', sector: 'budget', recordType: 'three-expenses', organizationId: orgPingfang, data: threeExpensesFinal(), publish: true });
    expect(r).toMatchObject({ status: 'published', title: '平房区人民政府2025年“三公”经费决算', year: 2025, category: '决算:本级政府', eventDate: '2026-07-20' });
    const item = await p.db.catalogueItem.findUniqueOrThrow({ where: { id: r.catalogueItemId! } });
    expect(item).toMatchObject({ status: 'published', itemType: 'key-sectors.budget.three-expenses', sourcePlugin: 'key-sectors', sourceRef: r.id, topicCode: '0401' });
    expect(item.summary).toContain('公务用车购置及运行维护费48.25万元（购置费20万元，运行维护费28.25万元）');
    expect(item.indexNo).toBeTruthy();
    const found = await p.anonymous().catalogue.search({ q: '三公经费', divisionCode: '230108' });
    expect(found.items.map((i: { id: string }) => i.id)).toContain(item.id);
  });

  it('keeps drafts out of the public list and shows them to the editor', async () => {
    const { caller } = await county();
    const d = await caller.keySectors.records.create({ divisionCode: '230108', sector: 'budget', recordType: 'budget-table', organizationId: orgPingfang, data: budgetTableData() });
    expect(d.status).toBe('draft');
    const pub = await p.anonymous().keySectors.records.list({ divisionCode: '230108', sector: 'budget', recordType: 'budget-table' });
    expect(pub.items.map((i) => i.id)).not.toContain(d.id);
    const staff = await caller.keySectors.records.manageList({ divisionCode: '230108', sector: 'budget', recordType: 'budget-table' });
    expect(staff.items.map((i) => i.id)).toContain(d.id);
    await expect(p.anonymous().keySectors.records.get({ id: d.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const published = await caller.keySectors.records.publish({ id: d.id });
    expect(published.status).toBe('published');
    const got = await p.anonymous().keySectors.records.get({ id: d.id });
    expect(got.data).toMatchObject({ total: 170.5 });
  });

  it('updates a published record in place and withdraws it with its catalogue item', async () => {
    const { caller } = await county();
    const r = await caller.keySectors.records.create({ divisionCode: '230108', sector: 'budget', recordType: 'three-expenses', organizationId: orgPingfang, data: threeExpensesFinal({ year: 2024, approvedOn: '2025-07-10' }), publish: true });
    const before = await p.db.catalogueItem.findUniqueOrThrow({ where: { id: r.catalogueItemId! } });
    const u = await caller.keySectors.records.update({ id: r.id, data: threeExpensesFinal({ year: 2024, approvedOn: '2025-07-10', unitName: '哈尔滨市平房区人民政府' }) });
    expect(u.title).toBe('哈尔滨市平房区人民政府2024年“三公”经费决算');
    const after = await p.db.catalogueItem.findUniqueOrThrow({ where: { id: r.catalogueItemId! } });
    expect(after.indexNo).toBe(before.indexNo);
    expect(after.title).toBe(u.title);
    await caller.keySectors.records.withdraw({ id: r.id, reason: '数据更正' });
    expect((await p.db.catalogueItem.findUniqueOrThrow({ where: { id: r.catalogueItemId! } })).status).toBe('withdrawn');
    await expect(p.anonymous().keySectors.records.get({ id: r.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a duplicate natural key (same station and hour) with CONFLICT', async () => {
    const { caller } = await county();
    await caller.keySectors.records.create({ divisionCode: '230108', sector: 'environment', recordType: 'reading', data: reading({ hour: '2026-11-25T01' }), publish: true });
    await expect(caller.keySectors.records.create({ divisionCode: '230108', sector: 'environment', recordType: 'reading', data: reading({ hour: '2026-11-25T01' }) })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('bad input: a clear error naming the field, nothing written', () => {
  const countRows = () => p.db.keySectorsRecord.count();

  it('rejects a reading of −5 µg/m³', async () => {
    const { caller } = await county();
    const n = await countRows();
    const err = await caller.keySectors.records.create({ divisionCode: '230108', sector: 'environment', recordType: 'reading', data: reading({ pm25: -5 }) }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'BAD_REQUEST' });
    expect((err as Error).message).toContain('data.pm25');
    expect((err as Error).message).toContain('PM2.5 浓度不能为负数');
    expect(await countRows()).toBe(n);
  });

  it('rejects a budget table whose rows do not add up to its total', async () => {
    const { caller } = await county();
    const n = await countRows();
    const bad = budgetTableData({ total: 171 });
    const err = await caller.keySectors.records.create({ divisionCode: '230108', sector: 'budget', recordType: 'budget-table', organizationId: orgPingfang, data: bad }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'BAD_REQUEST' });
    expect((err as Error).message).toContain('data.total');
    expect((err as Error).message).toContain('合计 171.00 万元与各类级科目之和 170.50 万元不符');
    const rows = budgetTableData().rows.map((r) => (r.code === '20106' ? { ...r, amount: 140 } : r));
    const err2 = await caller.keySectors.records.create({ divisionCode: '230108', sector: 'budget', recordType: 'budget-table', data: budgetTableData({ rows }) }).catch((e: unknown) => e);
    expect((err2 as Error).message).toContain('data.rows.1.amount');
    expect(await countRows()).toBe(n);
  });

  it('rejects a vehicle line that does not add up and a missing explanation', async () => {
    const { caller } = await county();
    const err = await caller.keySectors.records.create({ divisionCode: '230108', sector: 'budget', recordType: 'three-expenses', data: threeExpensesFinal({ vehicleTotal: 50, explanation: undefined }) }).catch((e: unknown) => e);
    expect((err as Error).message).toContain('data.vehicleTotal');
    expect((err as Error).message).toContain('data.explanation');
  });

  it('rejects an unknown sector and an unknown record type, naming the field', async () => {
    const { caller } = await county();
    await expect(caller.keySectors.records.create({ divisionCode: '230108', sector: 'nuclear', recordType: 'x', data: {} })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('sector') });
    await expect(caller.keySectors.records.create({ divisionCode: '230108', sector: 'budget', recordType: 'x', data: {} })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('recordType') });
    await expect(p.anonymous().keySectors.records.list({ divisionCode: '230108', sector: 'nuclear' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('sector') });
  });

  it('requires a publishing organisation for catalogue records', async () => {
    const { caller } = await county();
    await expect(caller.keySectors.records.create({ divisionCode: '230108', sector: 'budget', recordType: 'three-expenses', data: threeExpensesFinal({ year: 2023, approvedOn: '2024-07-01' }), publish: true }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('organizationId') });
  });
});

describe('permissions, isolation, disabled divisions', () => {
  it('denies a sector editor other sectors, and anyone without a grant', async () => {
    const env = await p.createUser({ roles: ['key-sectors.environment-editor'], divisionCode: '230108' });
    await env.caller.keySectors.records.create({ divisionCode: '230108', sector: 'environment', recordType: 'reading', data: reading({ hour: '2026-11-25T02' }) });
    await expect(env.caller.keySectors.records.create({ divisionCode: '230108', sector: 'budget', recordType: 'three-expenses', data: threeExpensesFinal() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const nobody = await p.createUser({ roles: [], divisionCode: '230108' });
    await expect(nobody.caller.keySectors.records.create({ divisionCode: '230108', sector: 'environment', recordType: 'reading', data: reading() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(p.anonymous().keySectors.records.create({ divisionCode: '230108', sector: 'environment', recordType: 'reading', data: reading() })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('keeps each division to its own records', async () => {
    const qqhr = await p.createUser({ roles: ['key-sectors.editor'], divisionCode: '2302' });
    const own = await qqhr.caller.keySectors.records.create({ divisionCode: '2302', sector: 'budget', recordType: 'three-expenses', organizationId: orgQiqihar, data: threeExpensesFinal({ unitName: '齐齐哈尔市人民政府' }) });
    const { caller: pingfang } = await county();
    // Writing into another city, reading its drafts, editing its records: NOT_FOUND.
    await expect(qqhr.caller.keySectors.records.create({ divisionCode: '230108', sector: 'budget', recordType: 'three-expenses', data: threeExpensesFinal() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(pingfang.keySectors.records.manageGet({ id: own.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(pingfang.keySectors.records.publish({ id: own.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(pingfang.keySectors.records.manageList({ divisionCode: '2302', sector: 'budget' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const mine = await pingfang.keySectors.records.manageList({ divisionCode: '230108', sector: 'budget' });
    expect(mine.items.every((i) => i.divisionCode === '230108')).toBe(true);
    // The province sees both.
    const prov = await p.createUser({ roles: ['key-sectors.supervisor'], divisionCode: '23' });
    const all = await prov.caller.keySectors.records.manageList({ divisionCode: '23', sector: 'budget', pageSize: 200 });
    expect(new Set(all.items.map((i) => i.divisionCode.slice(0, 4)))).toEqual(new Set(['2301', '2302']));
  });

  it('answers NOT_FOUND where the plugin is disabled, and hides those records from subtree lists', async () => {
    const heihe = await p.createUser({ roles: ['key-sectors.editor'], divisionCode: '2311' });
    await expect(heihe.caller.keySectors.records.create({ divisionCode: '231102', sector: 'environment', recordType: 'reading', data: reading() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(p.anonymous().keySectors.records.list({ divisionCode: '2311', sector: 'environment' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A record written while enabled disappears when the city switches the plugin off (its data stays).
    await p.setPlugin('2311', 'key-sectors', true);
    const r = await heihe.caller.keySectors.records.create({ divisionCode: '231102', sector: 'environment', recordType: 'reading', data: reading(), publish: true });
    await p.setPlugin('2311', 'key-sectors', false);
    await expect(p.anonymous().keySectors.records.get({ id: r.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const province = await p.anonymous().keySectors.records.list({ divisionCode: '23', sector: 'environment', recordType: 'reading', pageSize: 200 });
    expect(province.items.map((i) => i.id)).not.toContain(r.id);
    expect(await p.db.keySectorsRecord.count({ where: { id: r.id } })).toBe(1);
  });
});

describe('validation on read', () => {
  it('reports a stored row that no longer matches its schema instead of serving it', async () => {
    const { caller } = await county();
    const r = await caller.keySectors.records.create({ divisionCode: '230108', sector: 'environment', recordType: 'reading', data: reading({ hour: '2026-11-25T05' }), publish: true });
    await p.db.$executeRaw`UPDATE key_sectors_record SET data = jsonb_set(data, '{pm10}', '-3') WHERE id = ${r.id}`;
    await expect(p.anonymous().keySectors.records.get({ id: r.id })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringContaining('PM10 浓度不能为负数') });
    const staff = await caller.keySectors.records.manageGet({ id: r.id });
    expect(staff.data).toBeNull();
    expect(staff.invalid?.[0]).toMatchObject({ path: 'pm10' });
  });
});

describe('sector descriptions', () => {
  it('lists sectors with JSON Schemas for generated forms', async () => {
    const list = await p.anonymous().keySectors.sectors.list({});
    const budget = list.find((s) => s.id === 'budget')!;
    const te = budget.recordTypes.find((r) => r.id === 'three-expenses')!;
    expect(te.fields.map((f) => f.label)).toContain('批复日期');
    expect(JSON.stringify(te.jsonSchema)).toContain('公务用车购置费');
    expect(budget.requirements.find((r) => r.id === 'three-expenses-final')?.due).toBe('决算批准后 20 个日内');
  });
});
