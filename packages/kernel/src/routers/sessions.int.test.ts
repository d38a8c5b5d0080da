import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '@gongkai/testing';
import { signIn } from '../testing/login';

let p: TestPlatform;
beforeAll(async () => { p = await createTestPlatform(); });
afterAll(async () => { await p?.close(); });

/** A staff account that has changed its one-time password (nothing else is open before that); its password. */
async function staff(username: string) {
  const admin = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2301' });
  const { oneTimePassword } = await admin.caller.users.create({ username, displayName: username, divisionCode: '2301' });
  const first = await signIn(p, username, oneTimePassword);
  await first.caller.auth.changePassword({ oldPassword: oneTimePassword, newPassword: 'Changed-passw0rd-1' });
  await first.caller.auth.logout();
  return 'Changed-passw0rd-1';
}

describe('sessions', () => {
  it('lists my sessions, revokes one, then all others', async () => {
    const pw = await staff('sess.user');
    const a = await signIn(p, 'sess.user', pw);
    const b = await signIn(p, 'sess.user', pw);
    const c = await signIn(p, 'sess.user', pw);
    const list = await a.caller.sessions.list();
    expect(list).toHaveLength(3);
    expect(list.filter((s) => s.current).map((s) => s.id)).toEqual([a.sessionId]);
    await a.caller.sessions.revoke({ id: b.sessionId });
    expect(await p.kernel.identity.session(p.db, b.token)).toBeNull();
    expect(await a.caller.sessions.revokeOthers()).toEqual({ revoked: 1 });
    expect(await p.kernel.identity.session(p.db, c.token)).toBeNull();
    expect(await p.kernel.identity.session(p.db, a.token)).not.toBeNull();
    expect((await a.caller.sessions.list()).map((s) => s.id)).toEqual([a.sessionId]);
  });

  it("cannot revoke somebody else's session", async () => {
    const other = await signIn(p, 'sess.other', await staff('sess.other'));
    const me = await signIn(p, 'sess.me', await staff('sess.me'));
    await expect(me.caller.sessions.revoke({ id: other.sessionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await p.kernel.identity.session(p.db, other.token)).not.toBeNull();
    await expect(me.caller.sessions.revoke({ id: 'not-a-session' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('expired sessions are not listed and do not authenticate', async () => {
    const pw = await staff('sess.exp');
    const s = await signIn(p, 'sess.exp', pw);
    await p.db.session.update({ where: { id: s.sessionId }, data: { expiresAt: new Date(p.clock.now().getTime() - 1000) } });
    expect(await p.kernel.identity.session(p.db, s.token)).toBeNull();
    expect(await s.caller.sessions.list()).toEqual([]);
  });
});

describe('API tokens', () => {
  it('creates a token shown once, lists without secrets, authenticates until revoked', async () => {
    const { caller, user } = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
    const t = await caller.apiTokens.create({ name: '省政务服务平台对接', expiresInDays: 30 });
    expect(t.token).toMatch(/^gk_/);
    expect(t.expiresAt.getTime()).toBe(p.clock.now().getTime() + 30 * 86_400_000);
    expect((await p.kernel.identity.apiToken(p.db, t.token))?.userId).toBe(user.id);
    const list = await caller.apiTokens.list();
    expect(list).toEqual([expect.objectContaining({ id: t.id, name: '省政务服务平台对接', valid: true })]);
    expect(JSON.stringify(list)).not.toContain(t.token);
    const stored = await p.db.apiToken.findUniqueOrThrow({ where: { id: t.id } });
    expect(stored.tokenHash).not.toContain(t.token);
    await caller.apiTokens.revoke({ id: t.id });
    expect(await p.kernel.identity.apiToken(p.db, t.token)).toBeNull();
    expect((await caller.apiTokens.list())[0]!.valid).toBe(false);
    await expect(caller.apiTokens.revoke({ id: t.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("refuses citizens, other people's tokens and bad expiries", async () => {
    const citizen = await p.createUser({ roles: [], kind: 'public' });
    await expect(citizen.caller.apiTokens.create({ name: '脚本' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const a = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
    const b = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
    const t = await a.caller.apiTokens.create({ name: '对接' });
    await expect(b.caller.apiTokens.revoke({ id: t.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await b.caller.apiTokens.list()).toEqual([]);
    await expect(a.caller.apiTokens.create({ name: '太长', expiresInDays: 1000 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('expiresInDays') });
  });

  it('deactivating the account revokes its tokens', async () => {
    const admin = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2301' });
    const u = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
    const t = await u.caller.apiTokens.create({ name: '对接' });
    await admin.caller.users.deactivate({ id: u.user.id });
    expect(await p.kernel.identity.apiToken(p.db, t.token)).toBeNull();
  });
});
