import { z } from 'zod';
import type { Tx } from '@gongkai/db';
import { generatePassword, hashPassword } from '../identity/passwords';
import type { Principal } from '../identity/principal';
import { holdsAll, holdsAt, reachCovers, reachWhere, type GrantLocation, type Reach } from '../identity/reach';
import { kernelProcedure } from '../trpc/procedures';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';
import { divisionCode } from './divisions';
import { email, paging, phone, plainText, recordId, searchText, username } from './fields';

const MANAGE = 'kernel.users.manage';

export const roleKey = z.string().max(80, '不能超过 80 个字符').regex(/^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9-]*$/, '角色编号格式无效');

/** What the console sees of an account (never the password hash). */
export const userSelect = {
  id: true, kind: true, username: true, displayName: true, email: true, phone: true, divisionCode: true,
  organizationId: true, active: true, mustChangePassword: true, createdAt: true, lastLoginAt: true,
  organization: { select: { name: true, code: true } },
  grants: {
    select: {
      id: true, divisionCode: true, organizationId: true, createdAt: true,
      role: { select: { key: true, name: true, permissions: true } },
      organization: { select: { name: true, divisionCode: true } },
    },
    orderBy: { createdAt: 'asc' },
  },
} as const;

type GrantRow = { divisionCode: string | null; organizationId: string | null; organization: { divisionCode: string } | null };

function locationOf(g: GrantRow): GrantLocation | null {
  if (g.divisionCode !== null) return { divisionCode: g.divisionCode, organizationId: null };
  if (g.organizationId && g.organization) return { divisionCode: g.organization.divisionCode, organizationId: g.organizationId };
  return null;
}

/** May `p` hand out (or take back) `permissions` at `at`? Out of reach: NOT_FOUND; beyond own powers: FORBIDDEN. */
function assertMayGrant(p: Principal, permissions: readonly string[], at: GrantLocation): void {
  if (!holdsAt(p, MANAGE, at)) throw fail.notFound('授权位置');
  if (!holdsAll(p, permissions, at)) throw fail.forbidden('不能授予或撤销您本人在该处不具备的权限');
}

/**
 * Loads an account in the caller's reach. For changes (`write`), every grant the account holds must
 * also be within the caller's own powers: a city administrator cannot take over an account that
 * the province gave wider rights.
 */
async function loadUser(db: Tx, p: Principal, reach: Reach, id: string, mode: 'read' | 'write') {
  const u = await db.user.findUnique({ where: { id }, select: userSelect });
  if (!u || !reachCovers(reach, u.divisionCode, u.organizationId)) throw fail.notFound('用户');
  if (mode === 'write') {
    for (const g of u.grants) {
      const at = locationOf(g);
      if (!at || !holdsAt(p, MANAGE, at) || !holdsAll(p, g.role.permissions, at)) {
        throw fail.forbidden('该账号拥有超出您权限范围的授权，不能由您修改');
      }
    }
  }
  return u;
}

/** The organisation must be active and belong to the division. */
async function assertOrganizationIn(db: Tx, organizationId: string, division: string): Promise<void> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { divisionCode: true, active: true } });
  // Not revealed: an organisation of another division is as absent as one that does not exist.
  if (!org || !org.active || org.divisionCode !== division) throw fail.notFound('机构');
}

async function revokeAccess(db: Tx, userId: string, now: Date, keepSessionId?: string | null): Promise<void> {
  await db.session.updateMany({ where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) }, data: { revokedAt: now } });
}

export const usersRouter = router({
  /** Accounts in the caller's reach (citizens' accounts only for province-level administrators). */
  list: kernelProcedure(MANAGE)
    .input(z.object({
      divisionCode: divisionCode.optional(),
      subtree: z.boolean().default(true),
      organizationId: recordId.optional(),
      kind: z.enum(['staff', 'public']).default('staff'),
      q: searchText().optional(),
      includeInactive: z.boolean().default(false),
      ...paging,
    }).strict())
    .query(async ({ ctx, input }) => {
      const reach = ctx.guard.reach();
      if (input.divisionCode && !reachCovers(reach, input.divisionCode) && !reach.organizations.some((o) => o.divisionCode === input.divisionCode)) throw fail.notFound('行政区划');
      if (input.organizationId) {
        const org = await ctx.db.organization.findUnique({ where: { id: input.organizationId }, select: { divisionCode: true } });
        if (!org || !reachCovers(reach, org.divisionCode, input.organizationId)) throw fail.notFound('机构');
      }
      const where = {
        AND: [
          reachWhere(reach, { orgField: 'organizationId', includeNull: true }),
          { kind: input.kind },
          input.divisionCode ? (input.subtree ? { divisionCode: { startsWith: input.divisionCode } } : { divisionCode: input.divisionCode }) : {},
          input.organizationId ? { organizationId: input.organizationId } : {},
          input.includeInactive ? {} : { active: true },
          input.q ? { OR: [{ username: { contains: input.q, mode: 'insensitive' as const } }, { displayName: { contains: input.q } }] } : {},
        ],
      };
      const [total, items] = await Promise.all([
        ctx.db.user.count({ where }),
        ctx.db.user.findMany({ where, select: userSelect, orderBy: [{ divisionCode: 'asc' }, { username: 'asc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
      ]);
      return { total, page: input.page, pageSize: input.pageSize, items };
    }),

  get: kernelProcedure(MANAGE)
    .input(z.object({ id: recordId }).strict())
    .query(({ ctx, input }) => loadUser(ctx.db, ctx.principal, ctx.guard.reach(), input.id, 'read')),

  /** Creates a staff account with a one-time password, shown once; it must be changed at first sign-in. */
  create: kernelProcedure(MANAGE)
    .input(z.object({
      username,
      displayName: plainText(50),
      divisionCode,
      organizationId: recordId.optional(),
      email: email.optional(),
      phone: phone.optional(),
    }).strict())
    .mutation(async ({ ctx, input }) => {
      if (!reachCovers(ctx.guard.reach(), input.divisionCode, input.organizationId)) throw fail.notFound('行政区划');
      const division = await ctx.db.division.findUnique({ where: { code: input.divisionCode }, select: { active: true } });
      if (!division?.active) throw fail.notFound('行政区划');
      if (input.organizationId) await assertOrganizationIn(ctx.db, input.organizationId, input.divisionCode);
      const oneTimePassword = generatePassword();
      const created = await ctx.kernel.identity.createUser(ctx.db, { kind: 'staff', ...input, password: oneTimePassword, mustChangePassword: true });
      ctx.audit.target('user', created.id, created.divisionCode);
      const user = await ctx.db.user.findUniqueOrThrow({ where: { id: created.id }, select: userSelect });
      return { user, oneTimePassword };
    }),

  update: kernelProcedure(MANAGE)
    .input(z.object({
      id: recordId,
      displayName: plainText(50).optional(),
      email: email.nullable().optional(),
      phone: phone.nullable().optional(),
      divisionCode: divisionCode.optional(),
      organizationId: recordId.nullable().optional(),
    }).strict())
    .mutation(async ({ ctx, input }) => {
      const reach = ctx.guard.reach();
      const u = await loadUser(ctx.db, ctx.principal, reach, input.id, 'write');
      if (u.kind !== 'staff' && (input.divisionCode || input.organizationId)) throw fail.badRequest('公众账号没有所属地区和机构', 'divisionCode');
      const division = input.divisionCode ?? u.divisionCode;
      const organizationId = input.organizationId === undefined ? (input.divisionCode && input.divisionCode !== u.divisionCode ? null : u.organizationId) : input.organizationId;
      if (division !== u.divisionCode || organizationId !== u.organizationId) {
        if (division === null || !reachCovers(reach, division, organizationId)) throw fail.notFound('行政区划');
        const d = await ctx.db.division.findUnique({ where: { code: division }, select: { active: true } });
        if (!d?.active) throw fail.notFound('行政区划');
        if (organizationId) await assertOrganizationIn(ctx.db, organizationId, division);
      }
      await ctx.db.user.update({ where: { id: u.id }, data: { displayName: input.displayName, email: input.email, phone: input.phone, divisionCode: division, organizationId } });
      ctx.audit.target('user', u.id, division);
      return ctx.db.user.findUniqueOrThrow({ where: { id: u.id }, select: userSelect });
    }),

  /** Deactivates an account and ends its sessions and API tokens at once. */
  deactivate: kernelProcedure(MANAGE)
    .input(z.object({ id: recordId }).strict())
    .mutation(async ({ ctx, input }) => {
      if (input.id === ctx.principal.userId) throw fail.precondition('不能停用自己的账号');
      const u = await loadUser(ctx.db, ctx.principal, ctx.guard.reach(), input.id, 'write');
      const now = ctx.kernel.clock.now();
      await ctx.db.user.update({ where: { id: u.id }, data: { active: false } });
      await revokeAccess(ctx.db, u.id, now);
      await ctx.db.apiToken.updateMany({ where: { userId: u.id, revokedAt: null }, data: { revokedAt: now } });
      ctx.audit.target('user', u.id, u.divisionCode);
      return { id: u.id, active: false };
    }),

  reactivate: kernelProcedure(MANAGE)
    .input(z.object({ id: recordId }).strict())
    .mutation(async ({ ctx, input }) => {
      const u = await loadUser(ctx.db, ctx.principal, ctx.guard.reach(), input.id, 'write');
      await ctx.db.user.update({ where: { id: u.id }, data: { active: true } });
      ctx.audit.target('user', u.id, u.divisionCode);
      return { id: u.id, active: true };
    }),

  /** Sets a new one-time password (shown once), forces a change at sign-in and ends all sessions. */
  resetPassword: kernelProcedure(MANAGE)
    .input(z.object({ id: recordId }).strict())
    .mutation(async ({ ctx, input }) => {
      const u = await loadUser(ctx.db, ctx.principal, ctx.guard.reach(), input.id, 'write');
      const oneTimePassword = generatePassword();
      await ctx.db.user.update({ where: { id: u.id }, data: { passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true } });
      await revokeAccess(ctx.db, u.id, ctx.kernel.clock.now());
      ctx.audit.target('user', u.id, u.divisionCode);
      return { id: u.id, oneTimePassword };
    }),

  /**
   * Grants a role at a division (covering its subtree) or at an organisation. The location must be
   * in the caller's reach, and the caller must hold every permission of the role there.
   */
  grant: kernelProcedure(MANAGE)
    .input(z.object({
      userId: recordId,
      roleKey,
      divisionCode: divisionCode.optional(),
      organizationId: recordId.optional(),
    }).strict())
    .mutation(async ({ ctx, input }) => {
      if (!input.divisionCode === !input.organizationId) throw fail.badRequest('须且只能指定地区或机构之一', 'divisionCode');
      const u = await loadUser(ctx.db, ctx.principal, ctx.guard.reach(), input.userId, 'read');
      if (u.kind !== 'staff') throw fail.precondition('公众账号不能被授予角色');
      let at: GrantLocation;
      if (input.organizationId) {
        const org = await ctx.db.organization.findUnique({ where: { id: input.organizationId }, select: { divisionCode: true, active: true } });
        if (!org || !holdsAt(ctx.principal, MANAGE, { divisionCode: org.divisionCode, organizationId: input.organizationId })) throw fail.notFound('机构');
        if (!org.active) throw fail.precondition('该机构已停用');
        at = { divisionCode: org.divisionCode, organizationId: input.organizationId };
      } else {
        at = { divisionCode: input.divisionCode!, organizationId: null };
        if (!holdsAt(ctx.principal, MANAGE, at)) throw fail.notFound('行政区划');
        const d = await ctx.db.division.findUnique({ where: { code: at.divisionCode }, select: { active: true } });
        if (!d?.active) throw fail.notFound('行政区划');
      }
      const role = await ctx.db.role.findUnique({ where: { key: input.roleKey } });
      if (!role) throw fail.badRequest(`角色“${input.roleKey}”不存在`, 'roleKey');
      assertMayGrant(ctx.principal, role.permissions, at);
      const dup = await ctx.db.roleGrant.findFirst({ where: { userId: u.id, roleId: role.id, divisionCode: input.organizationId ? null : at.divisionCode, organizationId: at.organizationId } });
      if (dup) throw fail.conflict('该账号在此处已拥有此角色');
      const g = await ctx.kernel.identity.grant(ctx.db, u.id, role.key, input.organizationId ? { organizationId: input.organizationId } : { divisionCode: at.divisionCode }, ctx.principal.userId);
      ctx.audit.target('role-grant', g.id, at.divisionCode);
      ctx.audit.detail({ userId: u.id, roleKey: role.key, divisionCode: input.divisionCode ?? null, organizationId: input.organizationId ?? null });
      return { id: g.id, userId: u.id, roleKey: role.key, divisionCode: g.divisionCode, organizationId: g.organizationId };
    }),

  /** Revokes a grant the caller could have given. */
  revokeGrant: kernelProcedure(MANAGE)
    .input(z.object({ grantId: recordId }).strict())
    .mutation(async ({ ctx, input }) => {
      const g = await ctx.db.roleGrant.findUnique({ where: { id: input.grantId }, include: { role: true, organization: { select: { divisionCode: true } }, user: { select: { divisionCode: true, organizationId: true } } } });
      const at = g ? locationOf(g) : null;
      if (!g || !at || !reachCovers(ctx.guard.reach(), g.user.divisionCode, g.user.organizationId)) throw fail.notFound('授权');
      if (g.userId === ctx.principal.userId) throw fail.precondition('不能撤销自己的授权');
      assertMayGrant(ctx.principal, g.role.permissions, at);
      await ctx.db.roleGrant.delete({ where: { id: g.id } });
      ctx.audit.target('role-grant', g.id, at.divisionCode);
      ctx.audit.detail({ userId: g.userId, roleKey: g.role.key });
      return { id: g.id };
    }),
});
