import { z } from 'zod';
import { authedProcedure } from '../trpc/procedures';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';

const sessionId = z.string().regex(/^[a-f0-9]{64}$/, '会话编号格式无效');

/** The caller's own sign-in sessions (valid ones: not expired, not revoked). */
export const sessionsRouter = router({
  list: authedProcedure
    .input(z.void())
    .query(async ({ ctx }) => {
      const rows = await ctx.db.session.findMany({
        where: { userId: ctx.principal.userId, revokedAt: null, expiresAt: { gt: ctx.kernel.clock.now() } },
        select: { id: true, createdAt: true, expiresAt: true, ip: true, userAgent: true },
        orderBy: { createdAt: 'desc' },
      });
      return rows.map((s) => ({ ...s, current: s.id === ctx.sessionId }));
    }),

  /** Ends one of the caller's sessions (signing out another device). */
  revoke: authedProcedure
    .input(z.object({ id: sessionId }).strict())
    .mutation(async ({ ctx, input }) => {
      const r = await ctx.db.session.updateMany({ where: { id: input.id, userId: ctx.principal.userId, revokedAt: null }, data: { revokedAt: ctx.kernel.clock.now() } });
      if (r.count === 0) throw fail.notFound('会话');
      ctx.audit.target('session', input.id.slice(0, 12));
      return { ok: true };
    }),

  /** Ends every session of the caller except the current one. */
  revokeOthers: authedProcedure
    .input(z.void())
    .mutation(async ({ ctx }) => {
      const r = await ctx.db.session.updateMany({
        where: { userId: ctx.principal.userId, revokedAt: null, ...(ctx.sessionId ? { id: { not: ctx.sessionId } } : {}) },
        data: { revokedAt: ctx.kernel.clock.now() },
      });
      ctx.audit.target('user', ctx.principal.userId);
      ctx.audit.detail({ revoked: r.count });
      return { revoked: r.count };
    }),
});
