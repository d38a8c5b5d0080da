import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '@gongkai/testing';
import { notesPlugin } from '../../test-fixtures/notes/server';

let p: TestPlatform;
beforeAll(async () => { p = await createTestPlatform({ plugins: [notesPlugin] }); });
afterAll(async () => { await p?.close(); });

describe('roles and permissions', () => {
  it('lists the permission registry of the kernel and every plugin with Chinese labels', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
    const perms = await caller.permissions.list();
    expect(perms).toContainEqual({ id: 'kernel.audit.read', label: '查看审计日志', pluginId: null, pluginTitle: '平台内核' });
    expect(perms).toContainEqual({ id: 'fixture-notes.notes.write', label: '撰写测试笔记', pluginId: 'fixture-notes', pluginTitle: '测试笔记' });
    const citizen = await p.createUser({ roles: [], kind: 'public' });
    await expect(citizen.caller.permissions.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists built-in roles (kernel and plugin) with labelled permissions', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
    const roles = await caller.roles.list();
    const editor = roles.find((r) => r.key === 'fixture-notes.editor')!;
    expect(editor).toMatchObject({ builtin: true, permissions: ['fixture-notes.notes.read', 'fixture-notes.notes.write'] });
    expect(editor.permissionLabels[1]).toEqual({ id: 'fixture-notes.notes.write', label: '撰写测试笔记' });
    expect(roles.find((r) => r.key === 'kernel.admin')!.permissionLabels).toEqual([{ id: '*', label: '全部权限' }]);
  });

  it('a province administrator defines custom roles from registered permissions; built-ins are read-only', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
    const role = await caller.roles.create({ key: 'notes-reader', name: '笔记查阅员', permissions: ['fixture-notes.notes.read', 'kernel.catalogue.read'] });
    expect(role).toMatchObject({ key: 'custom.notes-reader', builtin: false });
    await expect(caller.roles.create({ key: 'notes-reader', name: '重复', permissions: ['kernel.catalogue.read'] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(caller.roles.create({ key: 'ghost', name: '幽灵', permissions: ['fixture-notes.notes.fly'] })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('permissions') });
    await expect(caller.roles.create({ key: 'wild', name: '通配', permissions: ['*'] as never })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const updated = await caller.roles.update({ id: role.id, permissions: ['fixture-notes.notes.read'] });
    expect(updated.permissions).toEqual(['fixture-notes.notes.read']);
    const builtin = (await caller.roles.list()).find((r) => r.key === 'kernel.editor')!;
    await expect(caller.roles.update({ id: builtin.id, name: '改名' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    await expect(caller.roles.delete({ id: builtin.id })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    // In use: cannot delete until the grant is revoked.
    const user = await p.createUser({ roles: [], divisionCode: '2301' });
    const g = await caller.users.grant({ userId: user.user.id, roleKey: 'custom.notes-reader', divisionCode: '2301' });
    await expect(caller.roles.delete({ id: role.id })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    await caller.users.revokeGrant({ grantId: g.id });
    await caller.roles.delete({ id: role.id });
    expect(await p.db.role.findUnique({ where: { id: role.id } })).toBeNull();
  });

  it('a city administrator cannot define province-wide roles, and nobody adds permissions they lack', async () => {
    const city = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2301' });
    await expect(city.caller.roles.create({ key: 'city-role', name: '市级角色', permissions: ['kernel.catalogue.read'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A province user who manages roles but holds no plugin permission cannot hand them out.
    const provRoles = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '23' });
    await expect(provRoles.caller.roles.create({ key: 'sneaky', name: '越权角色', permissions: ['fixture-notes.notes.write'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const ok = await provRoles.caller.roles.create({ key: 'kernel-reader', name: '目录查阅', permissions: ['kernel.catalogue.read'] });
    expect(ok.key).toBe('custom.kernel-reader');
  });
});
