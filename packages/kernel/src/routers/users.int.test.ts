import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '@gongkai/testing';
import { signIn } from '../testing/login';

let p: TestPlatform;
beforeAll(async () => { p = await createTestPlatform(); });
afterAll(async () => { await p?.close(); });

const cityAdmin = (divisionCode = '2301') => p.createUser({ roles: ['kernel.division-admin'], divisionCode });

describe('users: accounts', () => {
  it('creates a staff account with a one-time password that must be changed', async () => {
    const { caller } = await cityAdmin();
    const org = await caller.organizations.create({ divisionCode: '2301', code: 'HRB-FGW', name: '哈尔滨市发展和改革委员会' });
    const r = await caller.users.create({ username: 'zhang.san', displayName: '张三', divisionCode: '2301', organizationId: org.id, phone: '13800138000' });
    expect(r.oneTimePassword).toMatch(/^[A-Za-z2-9]{16}$/);
    expect(r.user).toMatchObject({ username: 'zhang.san', kind: 'staff', mustChangePassword: true, organizationId: org.id, grants: [] });
    expect(r.user).not.toHaveProperty('passwordHash');
    const s = await signIn(p, 'zhang.san', r.oneTimePassword);
    expect(s.principal.userId).toBe(r.user.id);
    // The password never reaches the audit log.
    const audit = await p.db.auditRecord.findFirst({ where: { action: 'users.create', targetId: r.user.id } });
    expect(JSON.stringify({ ...audit, seq: String(audit?.seq) })).not.toContain(r.oneTimePassword);
    await expect(caller.users.create({ username: 'zhang.san', displayName: '张三', divisionCode: '2301' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(caller.users.create({ username: 'li.si', displayName: '李四', divisionCode: '2302' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.users.create({ username: 'x', displayName: '李四', divisionCode: '2301' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('username') });
  });

  it('lists and searches staff in reach only', async () => {
    const hrb = await cityAdmin();
    const qqhr = await cityAdmin('2302');
    await hrb.caller.users.create({ username: 'wang.wu', displayName: '王五', divisionCode: '230108' });
    const other = await qqhr.caller.users.create({ username: 'zhao.liu', displayName: '赵六', divisionCode: '2302' });
    const found = await hrb.caller.users.list({ q: '王五' });
    expect(found.items.map((u) => u.username)).toEqual(['wang.wu']);
    const all = await hrb.caller.users.list({ pageSize: 200 });
    expect(all.items.every((u) => u.divisionCode?.startsWith('2301'))).toBe(true);
    expect((await hrb.caller.users.list({ q: 'zhao' })).total).toBe(0);
    await expect(hrb.caller.users.get({ id: other.user.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(hrb.caller.users.list({ divisionCode: '2302' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const county = await hrb.caller.users.list({ divisionCode: '230108', subtree: false });
    expect(county.items.map((u) => u.username)).toEqual(['wang.wu']);
  });

  it('deactivation ends sessions; reset gives a new one-time password and ends sessions', async () => {
    const { caller } = await cityAdmin();
    const { user, oneTimePassword } = await caller.users.create({ username: 'chen.qi', displayName: '陈七', divisionCode: '2301' });
    const s1 = await signIn(p, 'chen.qi', oneTimePassword);
    const reset = await caller.users.resetPassword({ id: user.id });
    expect(reset.oneTimePassword).not.toBe(oneTimePassword);
    expect(await p.kernel.identity.session(p.db, s1.token)).toBeNull();
    await expect(signIn(p, 'chen.qi', oneTimePassword)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const s2 = await signIn(p, 'chen.qi', reset.oneTimePassword);
    await caller.users.deactivate({ id: user.id });
    expect(await p.kernel.identity.session(p.db, s2.token)).toBeNull();
    await expect(signIn(p, 'chen.qi', reset.oneTimePassword)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await caller.users.reactivate({ id: user.id });
    await signIn(p, 'chen.qi', reset.oneTimePassword);
  });

  it('updates an account and moves it only inside reach; an admin cannot deactivate itself', async () => {
    const admin = await cityAdmin();
    const { user } = await admin.caller.users.create({ username: 'sun.ba', displayName: '孙八', divisionCode: '2301' });
    const moved = await admin.caller.users.update({ id: user.id, displayName: '孙八八', divisionCode: '230108', email: 'sunba@example.gov.cn' });
    expect(moved).toMatchObject({ displayName: '孙八八', divisionCode: '230108', email: 'sunba@example.gov.cn' });
    await expect(admin.caller.users.update({ id: user.id, divisionCode: '2302' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(admin.caller.users.deactivate({ id: admin.user.id })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });
});

describe('users: grants', () => {
  it('grants within reach and only permissions the granter holds there', async () => {
    const admin = await cityAdmin();
    const { user } = await admin.caller.users.create({ username: 'zhou.jiu', displayName: '周九', divisionCode: '230108' });
    const g = await admin.caller.users.grant({ userId: user.id, roleKey: 'kernel.editor', divisionCode: '230108' });
    expect(g).toMatchObject({ roleKey: 'kernel.editor', divisionCode: '230108' });
    await expect(admin.caller.users.grant({ userId: user.id, roleKey: 'kernel.editor', divisionCode: '230108' })).rejects.toMatchObject({ code: 'CONFLICT' });
    // kernel.admin carries '*', which a division admin (kernel.*) does not hold.
    await expect(admin.caller.users.grant({ userId: user.id, roleKey: 'kernel.admin', divisionCode: '2301' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(admin.caller.users.grant({ userId: user.id, roleKey: 'kernel.editor', divisionCode: '2302' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(admin.caller.users.grant({ userId: user.id, roleKey: 'kernel.nope', divisionCode: '2301' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('roleKey') });
    await expect(admin.caller.users.grant({ userId: user.id, roleKey: 'kernel.editor' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const org = await admin.caller.organizations.create({ divisionCode: '230108', code: 'PF-1', name: '平房区政务服务中心', kind: 'service-center' });
    const og = await admin.caller.users.grant({ userId: user.id, roleKey: 'kernel.editor', organizationId: org.id });
    expect(og.organizationId).toBe(org.id);
    const principal = (await p.kernel.identity.principalOf(p.db, user.id))!;
    expect(principal.grants.map((x) => x.roleKey)).toEqual(['kernel.editor', 'kernel.editor']);
    await admin.caller.users.revokeGrant({ grantId: g.id });
    expect((await admin.caller.users.get({ id: user.id })).grants.map((x) => x.id)).toEqual([og.id]);
  });

  it('an editor cannot grant; a city admin cannot take over an account the province empowered', async () => {
    const editor = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
    await expect(editor.caller.users.grant({ userId: editor.user.id, roleKey: 'kernel.editor', divisionCode: '2301' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const prov = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
    const { user } = await prov.caller.users.create({ username: 'wu.shi', displayName: '吴十', divisionCode: '2301' });
    const provGrant = await prov.caller.users.grant({ userId: user.id, roleKey: 'kernel.admin', divisionCode: '23' });
    const admin = await cityAdmin();
    await expect(admin.caller.users.get({ id: user.id })).resolves.toMatchObject({ id: user.id });
    await expect(admin.caller.users.resetPassword({ id: user.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(admin.caller.users.deactivate({ id: user.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(admin.caller.users.revokeGrant({ grantId: provGrant.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const denied = await p.db.auditRecord.findFirst({ where: { action: 'users.resetPassword', outcome: 'denied' } });
    expect(denied?.actorId).toBe(admin.user.id);
  });
});

describe('auth: register and changePassword', () => {
  it('registers a citizen account without grants and signs in', async () => {
    const r = await p.anonymous().auth.register({ username: 'citizen01', password: 'Str0ng-pass-1', displayName: '市民甲', phone: '13912345678' });
    expect(r).toMatchObject({ username: 'citizen01', kind: 'public' });
    const s = await signIn(p, 'citizen01', 'Str0ng-pass-1');
    expect(s.principal).toMatchObject({ kind: 'public', grants: [], divisionCode: null });
    await expect(s.caller.users.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(p.anonymous().auth.register({ username: 'citizen01', password: 'Str0ng-pass-1', displayName: '市民乙', phone: '13912345678' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('rejects weak or malformed registrations naming the field', async () => {
    const anon = p.anonymous();
    const base = { username: 'citizen02', password: 'Str0ng-pass-2', displayName: '市民乙', phone: '13912345679' };
    await expect(anon.auth.register({ ...base, phone: '12345' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('phone') });
    await expect(anon.auth.register({ ...base, password: 'short1' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('password') });
    await expect(anon.auth.register({ ...base, password: 'onlyletterslong' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('password') });
    await expect(anon.auth.register({ ...base, username: 'abc123def9', password: 'ABC123DEF9' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('password') });
    await expect(anon.auth.register({ ...base, displayName: '<script>' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('displayName') });
    expect(await p.db.user.count({ where: { username: 'citizen02' } })).toBe(0);
  });

  it('changes the own password with the old one, keeps the current session and ends the others', async () => {
    const { caller } = await cityAdmin();
    const { oneTimePassword } = await caller.users.create({ username: 'qian.yi', displayName: '钱一', divisionCode: '2301' });
    const here = await signIn(p, 'qian.yi', oneTimePassword);
    const elsewhere = await signIn(p, 'qian.yi', oneTimePassword);
    await expect(here.caller.auth.changePassword({ oldPassword: 'wrong-password-1', newPassword: 'New-passw0rd-1' })).rejects.toMatchObject({ code: 'FORBIDDEN', message: '原密码不正确' });
    await expect(here.caller.auth.changePassword({ oldPassword: oneTimePassword, newPassword: 'short1' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('newPassword') });
    await expect(here.caller.auth.changePassword({ oldPassword: oneTimePassword, newPassword: oneTimePassword })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await here.caller.auth.changePassword({ oldPassword: oneTimePassword, newPassword: 'New-passw0rd-1' })).toEqual({ ok: true });
    expect(await p.kernel.identity.session(p.db, here.token)).not.toBeNull();
    expect(await p.kernel.identity.session(p.db, elsewhere.token)).toBeNull();
    expect((await p.db.user.findUniqueOrThrow({ where: { username: 'qian.yi' } })).mustChangePassword).toBe(false);
    await signIn(p, 'qian.yi', 'New-passw0rd-1');
  });

  it('throttles repeated wrong old passwords', async () => {
    const { caller } = await cityAdmin();
    const { oneTimePassword } = await caller.users.create({ username: 'li.er', displayName: '李二', divisionCode: '2301' });
    const s = await signIn(p, 'li.er', oneTimePassword);
    for (let i = 0; i < p.kernel.config.loginMaxFailures; i++) {
      await expect(s.caller.auth.changePassword({ oldPassword: `wrong-${i}`, newPassword: 'New-passw0rd-2' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(s.caller.auth.changePassword({ oldPassword: oneTimePassword, newPassword: 'New-passw0rd-2' })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });
});
