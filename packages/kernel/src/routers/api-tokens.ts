import { z } from 'zod';
import { authedProcedure } from '../trpc/procedures';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';
import { plainText, recordId } from './fields';

const MAX_ACTIVE = 20;

/**
 * API tokens of the caller's own staff account, for other government systems calling the API as
 * that account (`Authorization: Bearer gk_...`). The token is shown once; only its hash is kept.
 */
export const apiTokensRouter = router({
  create: authedProcedure
    .input(z.object({
      name: plainText(50),
      expiresInDays: z.number().int().min(1, '至少 1 天').max(366, '最长 366 天').default(90),
    }).strict())
    .mutation(async ({ ctx, input }) => {
      if (ctx.principal.kind !== 'staff') throw fail.forbidden('只有工作人员账号可以创建接口令牌');
      const now = ctx.kernel.clock.now();
      const active = await ctx.db.apiToken.count({ where: { userId: ctx.principal.userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } });
      if (active >= MAX_ACTIVE) throw fail.precondition(`每个账号最多 ${MAX_ACTIVE} 个有效令牌，请先撤销不用的令牌`);
      const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
      const { id, token } = await ctx.kernel.identity.createApiToken(ctx.db, ctx.principal.userId, input.name, expiresAt);
      ctx.audit.target('api-token', id);
      return { id, name: input.name, expiresAt, token };
    }),

  list: authedProcedure
    .input(z.void())
    .query(async ({ ctx }) => {
      const rows = await ctx.db.apiToken.findMany({
        where: { userId: ctx.principal.userId },
        select: { id: true, name: true, createdAt: true, expiresAt: true, revokedAt: true },
        orderBy: { createdAt: 'desc' },
      });
      const now = ctx.kernel.clock.now();
      return rows.map((t) => ({ ...t, valid: !t.revokedAt && (!t.expiresAt || t.expiresAt > now) }));
    }),

  revoke: authedProcedure
    .input(z.object({ id: recordId }).strict())
    .mutation(async ({ ctx, input }) => {
      const r = await ctx.db.apiToken.updateMany({ where: { id: input.id, userId: ctx.principal.userId, revokedAt: null }, data: { revokedAt: ctx.kernel.clock.now() } });
      if (r.count === 0) throw fail.notFound('令牌');
      ctx.audit.target('api-token', input.id);
      return { ok: true };
    }),
});
