import { z } from 'zod';
import { publicProcedure, kernelProcedure } from '../trpc/procedures';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';
import { divisionDetailSchema, divisionLevels, divisionPageSchema, summarySelect } from '../divisions/public-schemas';

export const divisionCode = z.string().regex(/^\d{2}(\d{2}){0,2}(\d{3}){0,2}$/, '须为 GB/T 2260 行政区划代码（2、4、6 或 9 位数字）');

const levelByLength: Record<number, 'province' | 'prefecture' | 'county' | 'township'> = { 2: 'province', 4: 'prefecture', 6: 'county', 9: 'township' };

export const divisionsRouter = router({
  /** Public: the division tree is public information. Children of a division (or the roots). */
  children: publicProcedure
    .input(z.object({ parentCode: divisionCode.nullable().default(null) }).strict())
    .query(({ ctx, input }) => ctx.db.division.findMany({
      where: { parentCode: input.parentCode, active: true },
      orderBy: { code: 'asc' },
      select: { code: true, name: true, level: true, parentCode: true, pilot: true, statisticalOnly: true },
    })),

  /** Public (also REST): active divisions, filtered by parent and level, in code order, paged. */
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/divisions', tags: ['divisions'], summary: '行政区划列表', description: '按 GB/T 2260 代码排序的现行行政区划，可按上级代码（直接下级）和层级筛选；childCount 为下级区划数，便于逐级展开。' } })
    .input(z.object({
      parentCode: divisionCode.optional(),
      level: z.enum(divisionLevels).optional(),
      page: z.number().int().min(1).max(10_000).default(1),
      pageSize: z.number().int().min(1).max(500, '每页不超过 500 条').default(100),
    }).strict())
    .output(divisionPageSchema)
    .query(async ({ ctx, input }) => {
      const where = { active: true, ...(input.parentCode ? { parentCode: input.parentCode } : {}), ...(input.level ? { level: input.level } : {}) };
      const [total, rows] = await Promise.all([
        ctx.db.division.count({ where }),
        ctx.db.division.findMany({
          where, orderBy: { code: 'asc' }, skip: (input.page - 1) * input.pageSize, take: input.pageSize,
          select: { ...summarySelect, _count: { select: { children: { where: { active: true } } } } },
        }),
      ]);
      const items = rows.map(({ _count, ...d }) => ({ ...d, childCount: _count.children }));
      return { total, page: input.page, pageSize: input.pageSize, items };
    }),

  /** Public (also REST): one division by code, abolished ones included (active false). */
  get: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/divisions/{code}', tags: ['divisions'], summary: '行政区划详情', description: '按 GB/T 2260 代码查询一个行政区划及其上级；已撤销的区划 active 为 false。' } })
    .input(z.object({ code: divisionCode }).strict())
    .output(divisionDetailSchema)
    .query(async ({ ctx, input }) => {
      const d = await ctx.db.division.findUnique({ where: { code: input.code }, select: { ...summarySelect, active: true, parent: { select: { name: true } } } });
      if (!d) throw fail.notFound('行政区划');
      const { parent, ...rest } = d;
      return { ...rest, parentName: parent?.name ?? null };
    }),

  /** Creates a division under a parent within the caller's reach. */
  create: kernelProcedure('kernel.divisions.manage')
    .input(z.object({
      code: divisionCode,
      name: z.string().trim().min(1).max(50),
      pilot: z.boolean().default(false),
    }).strict())
    .mutation(async ({ ctx, input }) => {
      const level = levelByLength[input.code.length];
      if (!level || level === 'province') throw fail.badRequest('只能在已有地区下创建下级地区', 'code');
      const parentCode = input.code.slice(0, input.code.length === 9 ? 6 : input.code.length - 2);
      ctx.guard.division(parentCode);
      const parent = await ctx.db.division.findUnique({ where: { code: parentCode } });
      if (!parent) throw fail.badRequest(`上级地区 ${parentCode} 不存在`, 'code');
      if (await ctx.db.division.findUnique({ where: { code: input.code } })) throw fail.conflict(`行政区划代码 ${input.code} 已存在`);
      const d = await ctx.db.division.create({ data: { code: input.code, name: input.name, level, parentCode, pilot: input.pilot } });
      ctx.audit.target('division', d.code, d.code);
      return d;
    }),

  update: kernelProcedure('kernel.divisions.manage')
    .input(z.object({ code: divisionCode, name: z.string().trim().min(1).max(50).optional(), pilot: z.boolean().optional(), active: z.boolean().optional() }).strict())
    .mutation(async ({ ctx, input }) => {
      ctx.guard.division(input.code);
      const existing = await ctx.db.division.findUnique({ where: { code: input.code } });
      if (!existing) throw fail.notFound('行政区划');
      const d = await ctx.db.division.update({ where: { code: input.code }, data: { name: input.name, pilot: input.pilot, active: input.active } });
      ctx.audit.target('division', d.code, d.code);
      return d;
    }),
});
