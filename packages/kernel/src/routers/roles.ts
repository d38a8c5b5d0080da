import { z } from 'zod';
import type { Principal } from '../identity/principal';
import { holdsAll, isRootReach, type Reach } from '../identity/reach';
import { authedProcedure, kernelProcedure } from '../trpc/procedures';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';
import { permissionId, plainText, recordId } from './fields';

const MANAGE = 'kernel.roles.manage';

const select = { id: true, key: true, name: true, description: true, permissions: true, builtin: true, createdAt: true } as const;

const permissionsInput = z.array(permissionId).min(1, '至少选择一项权限').max(200, '权限不能超过 200 项')
  .refine((a) => new Set(a).size === a.length, '权限不能重复');

/**
 * Roles are one catalogue for the whole province (grants, not roles, are per division), so only a
 * province-level holder of kernel.roles.manage defines custom roles, and only with permissions it
 * holds itself. Built-in roles come from the code and are read-only.
 */
function assertMayDefine(p: Principal, reach: Reach, permissions: readonly string[]): void {
  const roots = reach.divisions.filter((d) => d.length === 2);
  if (!isRootReach(reach)) throw fail.forbidden('自定义角色全省通用，只能由省级管理员维护');
  if (!roots.some((root) => holdsAll(p, permissions, { divisionCode: root, organizationId: null }))) throw fail.forbidden('不能在角色中加入您本人不具备的权限');
}

export const rolesRouter = router({
  /** Every role with its permissions and their Chinese labels. */
  list: authedProcedure
    .input(z.object({ includeBuiltin: z.boolean().default(true) }).strict().default({ includeBuiltin: true }))
    .query(async ({ ctx, input }) => {
      if (ctx.principal.kind !== 'staff') throw fail.forbidden();
      const labels = new Map(ctx.kernel.registry.permissions.map((p) => [p.id, p.label]));
      const roles = await ctx.db.role.findMany({ where: input.includeBuiltin ? {} : { builtin: false }, select, orderBy: [{ builtin: 'desc' }, { key: 'asc' }] });
      return roles.map((r) => ({ ...r, permissionLabels: r.permissions.map((id) => ({ id, label: labels.get(id) ?? (id === '*' ? '全部权限' : id.endsWith('.*') ? `${id.slice(0, -2)} 的全部权限` : id) })) }));
    }),

  /** A custom role; its key is stored as `custom.<key>` so it never collides with built-in roles. */
  create: kernelProcedure(MANAGE)
    .input(z.object({
      key: z.string().max(40, '不能超过 40 个字符').regex(/^[a-z][a-z0-9-]{1,39}$/, '须为 2–40 位小写字母、数字或连字符，以字母开头'),
      name: plainText(50),
      description: plainText(200).optional(),
      permissions: permissionsInput,
    }).strict())
    .mutation(async ({ ctx, input }) => {
      const unknown = input.permissions.filter((p) => !ctx.kernel.registry.hasPermission(p));
      if (unknown.length) throw fail.badRequest(`权限不存在：${unknown.join('、')}`, 'permissions');
      assertMayDefine(ctx.principal, ctx.guard.reach(), input.permissions);
      const key = `custom.${input.key}`;
      if (await ctx.db.role.findUnique({ where: { key } })) throw fail.conflict(`角色编号“${key}”已存在`);
      const role = await ctx.db.role.create({ data: { key, name: input.name, description: input.description ?? null, permissions: input.permissions, builtin: false }, select });
      ctx.audit.target('role', role.id, null);
      return role;
    }),

  update: kernelProcedure(MANAGE)
    .input(z.object({
      id: recordId,
      name: plainText(50).optional(),
      description: plainText(200).nullable().optional(),
      permissions: permissionsInput.optional(),
    }).strict())
    .mutation(async ({ ctx, input }) => {
      const role = await ctx.db.role.findUnique({ where: { id: input.id }, select });
      if (!role) throw fail.notFound('角色');
      if (role.builtin) throw fail.precondition('内置角色由系统维护，不能修改');
      if (input.permissions) {
        const unknown = input.permissions.filter((p) => !ctx.kernel.registry.hasPermission(p));
        if (unknown.length) throw fail.badRequest(`权限不存在：${unknown.join('、')}`, 'permissions');
      }
      // Both the old and the new permissions must be the caller's own: editing a role changes every grant of it.
      assertMayDefine(ctx.principal, ctx.guard.reach(), [...role.permissions, ...(input.permissions ?? [])]);
      const updated = await ctx.db.role.update({ where: { id: role.id }, data: { name: input.name, description: input.description, permissions: input.permissions }, select });
      ctx.audit.target('role', role.id, null);
      ctx.audit.detail({ key: role.key, permissionsBefore: role.permissions, permissionsAfter: updated.permissions });
      return updated;
    }),

  /** Deletes a custom role that nobody holds any more. */
  delete: kernelProcedure(MANAGE)
    .input(z.object({ id: recordId }).strict())
    .mutation(async ({ ctx, input }) => {
      const role = await ctx.db.role.findUnique({ where: { id: input.id }, select });
      if (!role) throw fail.notFound('角色');
      if (role.builtin) throw fail.precondition('内置角色由系统维护，不能删除');
      assertMayDefine(ctx.principal, ctx.guard.reach(), role.permissions);
      const grants = await ctx.db.roleGrant.count({ where: { roleId: role.id } });
      if (grants > 0) throw fail.precondition(`该角色仍授予了 ${grants} 个账号，请先撤销这些授权`);
      await ctx.db.role.delete({ where: { id: role.id } });
      ctx.audit.target('role', role.id, null);
      ctx.audit.detail({ key: role.key });
      return { id: role.id };
    }),
});
