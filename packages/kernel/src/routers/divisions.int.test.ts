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
