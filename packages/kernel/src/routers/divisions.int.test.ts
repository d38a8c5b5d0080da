import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '@gongkai/testing';

let p: TestPlatform;
beforeAll(async () => { p = await createTestPlatform(); });
afterAll(async () => { await p?.close(); });

describe('divisions', () => {
  it('lists the 13 prefecture-level units of Heilongjiang publicly', async () => {
    const rows = await p.anonymous().divisions.children({ parentCode: '23' });
    expect(rows).toHaveLength(13);
    expect(rows.map((r) => r.name)).toContain('哈尔滨市');
  });

  it('pages active divisions by parent and level, with public fields and child counts', async () => {
    const anon = p.anonymous();
    const cities = await anon.divisions.list({ parentCode: '23' });
    expect(cities).toMatchObject({ total: 13, page: 1, pageSize: 100 });
    expect(cities.items.map((d) => d.code)).toEqual([...cities.items.map((d) => d.code)].sort());
    const harbin = cities.items.find((d) => d.code === '2301')!;
    expect(harbin).toEqual({ code: '2301', name: '哈尔滨市', level: 'prefecture', parentCode: '23', pilot: false, statisticalOnly: false, childCount: 18 });
    expect(harbin.childCount).toBe((await anon.divisions.children({ parentCode: '2301' })).length);

    const counties = await anon.divisions.list({ level: 'county', pageSize: 50 });
    expect(counties.total).toBe(126);
    expect(counties.items).toHaveLength(50);
    const last = await anon.divisions.list({ level: 'county', pageSize: 50, page: 3 });
    expect(last.items).toHaveLength(26);
    expect(new Set([...counties.items, ...last.items].map((d) => d.code)).size).toBe(76);
    expect((await anon.divisions.list({ parentCode: '2301', level: 'prefecture' })).total).toBe(0);
    expect((await anon.divisions.list({})).total).toBe(140);

    // Abolished divisions leave the list (and their parent's child count) but can still be looked up.
    const admin = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
    await admin.caller.divisions.update({ code: '230183', active: false });
    expect((await anon.divisions.list({ parentCode: '2301' })).items.map((d) => d.code)).not.toContain('230183');
    expect((await anon.divisions.list({ parentCode: '23' })).items.find((d) => d.code === '2301')!.childCount).toBe(17);
    expect(await anon.divisions.get({ code: '230183' })).toEqual({ code: '230183', name: '尚志市', level: 'county', parentCode: '2301', parentName: '哈尔滨市', pilot: false, statisticalOnly: false, active: false });
    await admin.caller.divisions.update({ code: '230183', active: true });
    await expect(anon.divisions.list({ pageSize: 501 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('pageSize') });
    await expect(anon.divisions.list({ level: 'village' as never })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('level') });
  });

  it('lets a city admin create a county in its own city and audits it, but not in another city', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2301' });
    const d = await caller.divisions.create({ code: '230199', name: '测试新区' });
    expect(d.parentCode).toBe('2301');
    await expect(caller.divisions.create({ code: '230299', name: '越权区' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const audit = await p.db.auditRecord.findMany({ where: { action: 'divisions.create' }, orderBy: { seq: 'asc' } });
    // The attempt in another city is recorded too (a signed-in caller's NOT_FOUND), under that city.
    expect(audit.map((a) => `${a.outcome}:${a.divisionCode ?? '-'}`)).toEqual(['ok:230199', 'not_found:2301']);
    expect(audit[0]!.targetId).toBe('230199');
  });

  it('rejects a malformed code with a message naming the field', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
    await expect(caller.divisions.create({ code: 'abc', name: 'x' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('code') });
  });
});
