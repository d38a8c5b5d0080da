// The one-time-password rule on the server: a session of an account that must change its password
// may change it, read itself and sign out; public reads work as for a visitor; everything else
// (kernel and plugin procedures) answers FORBIDDEN naming the need. API tokens are unaffected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform } from '@gongkai/testing';
import { signIn } from '../testing/login';
import { notesPlugin } from '../../test-fixtures/notes/server';
import { PASSWORD_CHANGE_MESSAGE } from './password-change';

const boot = () => createTestPlatform({ plugins: [notesPlugin] as const });
let p: Awaited<ReturnType<typeof boot>>;
let admin: Awaited<ReturnType<typeof p.createUser>>;
let orgId = '';
const refused = { code: 'FORBIDDEN', message: PASSWORD_CHANGE_MESSAGE };

/** A new staff account of 哈尔滨市 holding kernel.division-admin there, signed in with its one-time password. */
async function newStaff(username: string) {
  const { user, oneTimePassword } = await admin.caller.users.create({ username, displayName: username, divisionCode: '2301', organizationId: orgId });
  await admin.caller.users.grant({ userId: user.id, roleKey: 'kernel.division-admin', divisionCode: '2301' });
  return { user, oneTimePassword, session: await signIn(p, username, oneTimePassword) };
}

beforeAll(async () => {
  p = await boot();
  admin = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
  orgId = (await admin.caller.organizations.create({ divisionCode: '2301', code: 'HRB-1', name: '哈尔滨市甲局' })).id;
  await admin.caller.plugins.enable({ divisionCode: '2301', pluginId: 'fixture-notes' });
});
afterAll(async () => { await p?.close(); });

describe('an account that must change its one-time password', () => {
  it('gets the flag with the session lookup', async () => {
    const { session, user } = await newStaff('otp.flag');
    expect(session.principal).toMatchObject({ userId: user.id, mustChangePassword: true });
    expect(await session.caller.auth.me()).toMatchObject({ id: user.id, mustChangePassword: true });
  });

  it('is refused everything else with a message naming the password change, and changes nothing', async () => {
    const { session } = await newStaff('otp.refused');
    const c = session.caller;
    await expect(c.organizations.list({})).rejects.toMatchObject(refused);
    await expect(c.organizations.create({ divisionCode: '2301', code: 'OTP-1', name: '不应创建' })).rejects.toMatchObject(refused);
    await expect(c.apiTokens.create({ name: '对接' })).rejects.toMatchObject(refused);
    await expect(c.sessions.list()).rejects.toMatchObject(refused);
    // Public reads answer as they do for any visitor (the portal keeps working).
    expect((await c.catalogue.search({ q: '公开' })).items).toEqual([]);
    expect((await c.divisions.children({ parentCode: '23' })).length).toBe(13);
    // Plugin procedures that need the account or write are refused.
    await expect(c.fixtureNotes.post({ divisionCode: '2301', text: '你好' })).rejects.toMatchObject(refused);
    expect(await p.db.organization.count({ where: { code: 'OTP-1' } })).toBe(0);
    expect(await p.db.apiToken.count({ where: { userId: session.principal.userId } })).toBe(0);
  });

  it('has its refused mutations audited as denied, under its own name', async () => {
    const { session, user } = await newStaff('otp.audit');
    await expect(session.caller.organizations.create({ divisionCode: '2301', code: 'OTP-2', name: '不应创建' })).rejects.toMatchObject(refused);
    const records = await p.db.auditRecord.findMany({ where: { actorId: user.id, action: 'organizations.create' } });
    expect(records.map((r) => `${r.outcome}:${r.divisionCode}`)).toEqual(['denied:2301']);
  });

  it('may change the password, after which the next request of the same session may do everything its grants allow', async () => {
    const { session, oneTimePassword, user } = await newStaff('otp.change');
    expect(await session.caller.auth.changePassword({ oldPassword: oneTimePassword, newPassword: 'New-passw0rd-7' })).toEqual({ ok: true });
    // The HTTP adapter looks the session up on every request: the same cookie now carries no flag.
    const next = await p.kernel.identity.session(p.db, session.token);
    expect(next?.principal).toMatchObject({ userId: user.id, mustChangePassword: false });
    const after = p.as(next!.principal);
    expect((await after.organizations.list({})).items.map((o) => o.id)).toContain(orgId);
    expect(await after.auth.me()).toMatchObject({ mustChangePassword: false });
    await after.organizations.create({ divisionCode: '2301', code: 'OTP-3', name: '改密后创建' });
    expect(await p.db.organization.count({ where: { code: 'OTP-3' } })).toBe(1);
  });

  it('may sign out', async () => {
    const { session } = await newStaff('otp.logout');
    expect(await session.caller.auth.logout()).toEqual({ ok: true });
    expect(await p.kernel.identity.session(p.db, session.token)).toBeNull();
  });

  it('is bound again by the rule after an administrator resets the password, but its API tokens keep working', async () => {
    const { session, oneTimePassword, user } = await newStaff('otp.reset');
    await session.caller.auth.changePassword({ oldPassword: oneTimePassword, newPassword: 'New-passw0rd-8' });
    const changed = await signIn(p, 'otp.reset', 'New-passw0rd-8');
    const token = await changed.caller.apiTokens.create({ name: '对接系统' });
    const reset = await admin.caller.users.resetPassword({ id: user.id });

    const again = await signIn(p, 'otp.reset', reset.oneTimePassword);
    expect(again.principal.mustChangePassword).toBe(true);
    await expect(again.caller.organizations.list({})).rejects.toMatchObject(refused);

    const viaToken = await p.kernel.identity.apiToken(p.db, token.token);
    expect(viaToken).toMatchObject({ userId: user.id, mustChangePassword: false });
    expect((await p.as(viaToken).organizations.list({})).items.map((o) => o.id)).toContain(orgId);
  });
});
