import { z } from 'zod';
import { publicProcedure, kernelProcedure } from '../trpc/procedures';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';

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

  get: publicProcedure
    .input(z.object({ code: divisionCode }).strict())
    .query(async ({ ctx, input }) => {
      const d = await ctx.db.division.findUnique({ where: { code: input.code }, include: { parent: { select: { code: true, name: true } } } });
      if (!d) throw fail.notFound('行政区划');
      return d;
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
