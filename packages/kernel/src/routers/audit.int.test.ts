import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestPlatform, type TestPlatform } from '@gongkai/testing';

let p: TestPlatform;
let prov: Awaited<ReturnType<TestPlatform['createUser']>>;
let hrbAdmin: Awaited<ReturnType<TestPlatform['createUser']>>;
let hrbEditor: Awaited<ReturnType<TestPlatform['createUser']>>;
beforeAll(async () => {
  p = await createTestPlatform();
  prov = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
  hrbAdmin = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2301' });
  const qqhrAdmin = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2302' });
  await hrbAdmin.caller.organizations.create({ divisionCode: '2301', code: 'HRB-1', name: '哈尔滨市甲局' });
  await hrbAdmin.caller.organizations.create({ divisionCode: '230108', code: 'PF-1', name: '平房区甲局' });
  await qqhrAdmin.caller.organizations.create({ divisionCode: '2302', code: 'QQHR-1', name: '齐齐哈尔市甲局' });
  await expect(hrbAdmin.caller.organizations.create({ divisionCode: '2302', code: 'X', name: '越权' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  hrbEditor = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
  await expect(hrbEditor.caller.organizations.create({ divisionCode: '2301', code: 'Y', name: '无权' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  await p.anonymous().auth.register({ username: 'citizen9', password: 'Str0ng-pass-9', displayName: '市民', phone: '13900000009' });
});
afterAll(async () => { await p?.close(); });

describe('audit.search', () => {
  it('shows a city auditor only its subtree, never records without a division', async () => {
    const auditor = await p.createUser({ roles: ['kernel.auditor'], divisionCode: '2301' });
    const r = await auditor.caller.audit.search({ pageSize: 200 });
    expect(r.total).toBeGreaterThanOrEqual(2);
    expect(r.items.every((i) => i.divisionCode?.startsWith('2301'))).toBe(true);
    expect(r.items.map((i) => i.action)).toContain('organizations.create');
    expect(r.items.find((i) => i.actorId === hrbAdmin.user.id)).toMatchObject({ actorName: hrbAdmin.user.displayName, actorKind: 'staff' });
    await expect(auditor.caller.audit.search({ divisionCode: '2302' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows a province auditor everything, including records without a division', async () => {
    const r = await prov.caller.audit.search({ actionPrefix: 'auth.register' });
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ divisionCode: null, actorKind: 'anonymous', outcome: 'ok' });
    const city = await p.createUser({ roles: ['kernel.auditor'], divisionCode: '2301' });
    expect((await city.caller.audit.search({ actionPrefix: 'auth.register' })).total).toBe(0);
  });

  it('filters by division (with or without subtree), actor, action prefix, outcome, dates and pages', async () => {
    const county = await prov.caller.audit.search({ divisionCode: '2301', subtree: false, actionPrefix: 'organizations.', outcome: 'ok' });
    expect(county.items.map((i) => i.divisionCode)).toEqual(['2301']);
    const subtree = await prov.caller.audit.search({ divisionCode: '2301', actionPrefix: 'organizations.', outcome: 'ok' });
    expect(subtree.items.map((i) => i.divisionCode).sort()).toEqual(['2301', '230108']);
    const denied = await prov.caller.audit.search({ outcome: 'denied', actorId: hrbEditor.user.id });
    expect(denied.items.map((i) => `${i.action}:${i.divisionCode}`)).toEqual(['organizations.create:2301']);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect((await prov.caller.audit.search({ from: today, to: today })).total).toBeGreaterThan(0);
    expect((await prov.caller.audit.search({ from: '2020-01-01', to: '2020-01-02' })).total).toBe(0);
    await expect(prov.caller.audit.search({ from: '2026-02-01', to: '2026-01-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('from') });
    await expect(prov.caller.audit.search({ from: '2026-13-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const page1 = await prov.caller.audit.search({ pageSize: 2, page: 1 });
    const page2 = await prov.caller.audit.search({ pageSize: 2, page: 2 });
    expect(page1.items).toHaveLength(2);
    expect(Number(page1.items[1]!.seq)).toBeGreaterThan(Number(page2.items[0]!.seq));
  });

  it('refuses people without kernel.audit.read', async () => {
    const editor = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
    await expect(editor.caller.audit.search({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(editor.caller.audit.verify()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('audit.verify', () => {
  it('reports the chain intact, then names the record altered directly in SQL', async () => {
    const ok = await prov.caller.audit.verify();
    expect(ok).toMatchObject({ intact: true });
    const victim = await p.db.auditRecord.findFirstOrThrow({ where: { action: 'organizations.create', divisionCode: '2302' } });
    const c = new pg.Client({ connectionString: p.database.url });
    await c.connect();
    try {
      await c.query('BEGIN');
      await c.query("SET LOCAL session_replication_role = 'replica'");
      await c.query('UPDATE kernel_audit_record SET division_code = $1 WHERE seq = $2', ['2301', String(victim.seq)]);
      await c.query('COMMIT');
    } finally { await c.end(); }
    const bad = await prov.caller.audit.verify();
    expect(bad).toMatchObject({ intact: false, problem: { seq: String(victim.seq), kind: 'altered' } });
  });
});
