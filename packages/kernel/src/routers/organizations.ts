import { z } from 'zod';
import type { Tx } from '@gongkai/db';
import { anyReach, reachCovers, reachWhere } from '../identity/reach';
import { authedProcedure, kernelProcedure, publicProcedure } from '../trpc/procedures';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';
import { divisionCode } from './divisions';
import { orgCode, paging, plainText, recordId, searchText } from './fields';

const MANAGE = 'kernel.organizations.manage';

const kinds = ['department', 'service-center', 'government', 'other'] as const;
export const organizationKindLabels: Record<(typeof kinds)[number], string> = {
  department: '部门', 'service-center': '政务服务中心', government: '人民政府（办公室）', other: '其他',
};

const select = { id: true, divisionCode: true, code: true, name: true, kind: true, active: true, createdAt: true, division: { select: { name: true } } } as const;

async function loadInReach(db: Tx, id: string, reach: Parameters<typeof reachCovers>[0]) {
  const org = await db.organization.findUnique({ where: { id }, select });
  if (!org || !reachCovers(reach, org.divisionCode, org.id)) throw fail.notFound('机构');
  return org;
}

async function assertCodeFree(db: Tx, division: string, code: string, exceptId?: string) {
  const clash = await db.organization.findUnique({ where: { divisionCode_code: { divisionCode: division, code } }, select: { id: true } });
  if (clash && clash.id !== exceptId) throw fail.conflict(`本地区已有机构使用代码“${code}”（代码用于索引号，须唯一）`);
}

export const organizationsRouter = router({
  /**
   * Organisations of a division (or of its whole subtree), for any staff member whose grants reach
   * that division. Without `divisionCode`: every organisation in the caller's reach.
   */
  list: authedProcedure
    .input(z.object({
      divisionCode: divisionCode.optional(),
      subtree: z.boolean().default(false),
      q: searchText().optional(),
      includeInactive: z.boolean().default(false),
      ...paging,
    }).strict())
    .query(async ({ ctx, input }) => {
      if (ctx.principal.kind !== 'staff') throw fail.forbidden();
      const reach = anyReach(ctx.principal);
      if (input.divisionCode && !reachCovers(reach, input.divisionCode) && !reach.organizations.some((o) => o.divisionCode === input.divisionCode)) throw fail.notFound('行政区划');
      const where = {
        AND: [
          reachWhere(reach, { orgField: 'id' }),
          input.divisionCode ? (input.subtree ? { divisionCode: { startsWith: input.divisionCode } } : { divisionCode: input.divisionCode }) : {},
          input.includeInactive ? {} : { active: true },
          input.q ? { OR: [{ name: { contains: input.q } }, { code: { contains: input.q } }] } : {},
        ],
      };
      const [total, items] = await Promise.all([
        ctx.db.organization.count({ where }),
        ctx.db.organization.findMany({ where, select, orderBy: [{ divisionCode: 'asc' }, { code: 'asc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
      ]);
      return { total, page: input.page, pageSize: input.pageSize, items };
    }),

  /**
   * Public: the active organisations of one division (names of government bodies are public
   * information). The portal uses it where a citizen picks the body an application goes to.
   */
  directory: publicProcedure
    .input(z.object({ divisionCode }).strict())
    .query(({ ctx, input }) => ctx.db.organization.findMany({
      where: { divisionCode: input.divisionCode, active: true },
      select: { id: true, divisionCode: true, code: true, name: true, kind: true },
      orderBy: [{ code: 'asc' }],
      take: 1000,
    })),

  get: authedProcedure
    .input(z.object({ id: recordId }).strict())
    .query(({ ctx, input }) => {
      if (ctx.principal.kind !== 'staff') throw fail.forbidden();
      return loadInReach(ctx.db, input.id, anyReach(ctx.principal));
    }),

  create: kernelProcedure(MANAGE)
    .input(z.object({
      divisionCode,
      code: orgCode,
      name: plainText(100),
      kind: z.enum(kinds).default('department'),
    }).strict())
    .mutation(async ({ ctx, input }) => {
      if (!reachCovers(ctx.guard.reach(), input.divisionCode)) throw fail.notFound('行政区划');
      const division = await ctx.db.division.findUnique({ where: { code: input.divisionCode }, select: { active: true } });
      if (!division?.active) throw fail.notFound('行政区划');
      await assertCodeFree(ctx.db, input.divisionCode, input.code);
      const org = await ctx.db.organization.create({ data: input, select });
      ctx.audit.target('organization', org.id, org.divisionCode);
      return org;
    }),

  /** Renames or re-codes an organisation. The code cannot change once 索引号 were issued with it. */
  update: kernelProcedure(MANAGE)
    .input(z.object({
      id: recordId,
      code: orgCode.optional(),
      name: plainText(100).optional(),
      kind: z.enum(kinds).optional(),
    }).strict())
    .mutation(async ({ ctx, input }) => {
      const org = await loadInReach(ctx.db, input.id, ctx.guard.reach());
      if (input.code && input.code !== org.code) {
        await assertCodeFree(ctx.db, org.divisionCode, input.code, org.id);
        const issued = await ctx.db.catalogueItem.count({ where: { organizationId: org.id, indexNo: { not: null } } });
        if (issued > 0) throw fail.precondition(`该机构已用代码“${org.code}”编制了 ${issued} 个索引号，不能再修改代码`);
      }
      const updated = await ctx.db.organization.update({ where: { id: org.id }, data: { code: input.code, name: input.name, kind: input.kind }, select });
      ctx.audit.target('organization', org.id, org.divisionCode);
      return updated;
    }),

  /** Deactivates an organisation; its active accounts must be moved or deactivated first. */
  deactivate: kernelProcedure(MANAGE)
    .input(z.object({ id: recordId }).strict())
    .mutation(async ({ ctx, input }) => {
      const org = await loadInReach(ctx.db, input.id, ctx.guard.reach());
      const users = await ctx.db.user.count({ where: { organizationId: org.id, active: true } });
      if (users > 0) throw fail.precondition(`该机构仍有 ${users} 个在用账号，请先调整或停用这些账号`);
      const updated = await ctx.db.organization.update({ where: { id: org.id }, data: { active: false }, select });
      ctx.audit.target('organization', org.id, org.divisionCode);
      return updated;
    }),

  reactivate: kernelProcedure(MANAGE)
    .input(z.object({ id: recordId }).strict())
    .mutation(async ({ ctx, input }) => {
      const org = await loadInReach(ctx.db, input.id, ctx.guard.reach());
      const updated = await ctx.db.organization.update({ where: { id: org.id }, data: { active: true }, select });
      ctx.audit.target('organization', org.id, org.divisionCode);
      return updated;
    }),
});
