import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '@gongkai/testing';

let p: TestPlatform;
beforeAll(async () => { p = await createTestPlatform(); });
afterAll(async () => { await p?.close(); });

describe('organizations', () => {
  it('creates organisations in reach, with a code unique per division, and audits them', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2301' });
    const org = await caller.organizations.create({ divisionCode: '230108', code: '000014349', name: '平房区人民政府办公室', kind: 'government' });
    expect(org).toMatchObject({ divisionCode: '230108', code: '000014349', active: true, division: { name: '平房区' } });
    await expect(caller.organizations.create({ divisionCode: '230108', code: '000014349', name: '另一个机构' })).rejects.toMatchObject({ code: 'CONFLICT' });
    // The same code in another division is fine.
    await caller.organizations.create({ divisionCode: '2301', code: '000014349', name: '哈尔滨市人民政府办公室' });
    const audit = await p.db.auditRecord.findFirst({ where: { action: 'organizations.create', targetId: org.id } });
    expect(audit).toMatchObject({ outcome: 'ok', divisionCode: '230108', targetType: 'organization' });
  });

  it('refuses another city and bad codes', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2301' });
    await expect(caller.organizations.create({ divisionCode: '2302', code: 'QQHR-1', name: '齐齐哈尔某局' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.organizations.create({ divisionCode: '2301', code: 'bad code', name: '某局' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('code') });
    await expect(caller.organizations.create({ divisionCode: '2301', code: 'X1', name: '<b>某局</b>' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('name') });
    const editor = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
    await expect(editor.caller.organizations.create({ divisionCode: '2301', code: 'X2', name: '某局' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists by division within reach, subtree on request, and hides other cities', async () => {
    const prov = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
    const qqhr = await prov.caller.organizations.create({ divisionCode: '2302', code: 'QQHR-2', name: '齐齐哈尔市发展和改革委员会' });
    const hrb = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
    const city = await hrb.caller.organizations.list({ divisionCode: '2301' });
    expect(city.items.every((o) => o.divisionCode === '2301')).toBe(true);
    const subtree = await hrb.caller.organizations.list({ divisionCode: '2301', subtree: true });
    expect(subtree.items.map((o) => o.divisionCode)).toContain('230108');
    const all = await hrb.caller.organizations.list({});
    expect(all.items.some((o) => o.id === qqhr.id)).toBe(false);
    await expect(hrb.caller.organizations.list({ divisionCode: '2302' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(hrb.caller.organizations.get({ id: qqhr.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const found = await prov.caller.organizations.list({ q: '发展和改革' });
    expect(found.items.map((o) => o.id)).toContain(qqhr.id);
  });

  it('updates and deactivates; the code is frozen once 索引号 were issued; a citizen may not list', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2303' });
    const org = await caller.organizations.create({ divisionCode: '2303', code: 'JX-1', name: '鸡西市某局' });
    const renamed = await caller.organizations.update({ id: org.id, name: '鸡西市某某局', code: 'JX-2' });
    expect(renamed).toMatchObject({ name: '鸡西市某某局', code: 'JX-2' });
    await p.db.catalogueItem.create({ data: { divisionCode: '2303', organizationId: org.id, itemType: 'kernel.document', indexNo: 'JX-2/2026-00001', indexYear: 2026, indexSeq: 1, title: '测试', generatedOn: new Date('2026-01-01'), topicCode: '0201', status: 'published', searchTokens: [] } });
    await expect(caller.organizations.update({ id: org.id, code: 'JX-3' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    const staff = await p.createUser({ roles: [], divisionCode: '2303', organizationId: org.id });
    await expect(caller.organizations.deactivate({ id: org.id })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    await p.db.user.update({ where: { id: staff.user.id }, data: { active: false } });
    expect(await caller.organizations.deactivate({ id: org.id })).toMatchObject({ active: false });
    expect((await caller.organizations.list({ divisionCode: '2303' })).items.some((o) => o.id === org.id)).toBe(false);
    expect((await caller.organizations.list({ divisionCode: '2303', includeInactive: true })).items.some((o) => o.id === org.id)).toBe(true);
    expect(await caller.organizations.reactivate({ id: org.id })).toMatchObject({ active: true });
    const citizen = await p.createUser({ roles: [], kind: 'public' });
    await expect(citizen.caller.organizations.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('offers a public directory of one division\'s active organisations', async () => {
    const admin = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2304' });
    const open = await admin.caller.organizations.create({ divisionCode: '2304', code: 'HG-1', name: '鹤岗市人民政府办公室', kind: 'government' });
    const closed = await admin.caller.organizations.create({ divisionCode: '2304', code: 'HG-2', name: '鹤岗市已撤销机构' });
    await admin.caller.organizations.deactivate({ id: closed.id });
    const list = await p.anonymous().organizations.directory({ divisionCode: '2304' });
    expect(list).toEqual([{ id: open.id, divisionCode: '2304', code: 'HG-1', name: '鹤岗市人民政府办公室', kind: 'government' }]);
    await expect(p.anonymous().organizations.directory({ divisionCode: 'x' } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
