import { z } from 'zod';
import { appendAuditStandalone } from '../audit/audit-service';
import { SESSION_COOKIE } from '../identity/identity-service';
import { authedProcedure, publicProcedure } from '../trpc/procedures';
import { router, TRPCError } from '../trpc/init';

export const CSRF_COOKIE = 'gk_csrf';

export const authRouter = router({
  /** Signs in; sets an HttpOnly session cookie and a readable CSRF cookie (double submit). */
  login: publicProcedure
    .meta({ audit: false })
    .input(z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }).strict())
    .mutation(async ({ ctx, input }) => {
      // Attempts are recorded outside any transaction, so throttling counts failures too.
      try {
        const r = await ctx.kernel.identity.login(ctx.rootDb, { ...input, ip: ctx.meta.ip, userAgent: ctx.meta.userAgent });
        await appendAuditStandalone(ctx.rootDb, { actorId: r.principal.userId, actorKind: r.principal.kind, divisionCode: r.principal.divisionCode, action: 'auth.login', targetType: 'user', targetId: r.principal.userId, outcome: 'ok', requestId: ctx.meta.requestId });
        ctx.cookies.set(SESSION_COOKIE, r.token, { httpOnly: true, maxAgeSeconds: ctx.kernel.config.sessionHours * 3600 });
        ctx.cookies.set(CSRF_COOKIE, r.csrfToken, { httpOnly: false, maxAgeSeconds: ctx.kernel.config.sessionHours * 3600 });
        return { user: { id: r.principal.userId, displayName: r.principal.displayName, kind: r.principal.kind }, csrfToken: r.csrfToken };
      } catch (err) {
        if (err instanceof TRPCError) {
          await appendAuditStandalone(ctx.rootDb, { actorId: null, actorKind: 'anonymous', action: 'auth.login', targetType: 'username', targetId: input.username, outcome: 'denied', requestId: ctx.meta.requestId });
        }
        throw err;
      }
    }),

  logout: authedProcedure.input(z.void()).mutation(async ({ ctx }) => {
    if (ctx.sessionId) await ctx.kernel.identity.logout(ctx.db, ctx.sessionId);
    ctx.audit.target('session', ctx.sessionId ?? '-');
    ctx.cookies.clear(SESSION_COOKIE);
    ctx.cookies.clear(CSRF_COOKIE);
    return { ok: true };
  }),

  /** The signed-in account with its grants (null when signed out). */
  me: publicProcedure.input(z.void()).query(({ ctx }) => {
    const p = ctx.principal;
    if (!p) return null;
    // While set (one-time password), the console shows only the password change page, and the
    // server refuses everything but that change, this and logout (trpc/password-change.ts).
    return { id: p.userId, username: p.username, displayName: p.displayName, kind: p.kind, divisionCode: p.divisionCode, organizationId: p.organizationId, grants: p.grants, mustChangePassword: p.mustChangePassword };
  }),
});
