// Self-service account procedures, merged into the `auth` namespace: citizen registration and
// changing one's own password.
import { z } from 'zod';
import { hashPassword, verifyPassword } from '../identity/passwords';
import { authedProcedure, publicProcedure } from '../trpc/procedures';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';
import { newPassword, phone, plainText, username } from './fields';

export const accountRouter = router({
  /** A citizen creates a public account (kind 'public', no division, no grants). */
  register: publicProcedure
    .input(z.object({
      username,
      password: newPassword,
      displayName: plainText(50),
      phone,
    }).strict().refine((v) => v.password.toLowerCase() !== v.username.toLowerCase(), { message: '密码不能与用户名相同', path: ['password'] }))
    .mutation(async ({ ctx, input }) => {
      if (ctx.principal) throw fail.precondition('您已登录，请先退出再注册新账号');
      const user = await ctx.kernel.identity.createUser(ctx.db, { kind: 'public', username: input.username, displayName: input.displayName, phone: input.phone, password: input.password });
      ctx.audit.target('user', user.id, null);
      return { id: user.id, username: user.username, displayName: user.displayName, kind: user.kind };
    }),

  /** Changes the caller's own password; other sessions of the account are ended. */
  changePassword: authedProcedure
    .input(z.object({
      oldPassword: z.string().min(1, '请输入原密码').max(256),
      newPassword,
    }).strict().refine((v) => v.oldPassword !== v.newPassword, { message: '新密码不能与原密码相同', path: ['newPassword'] }))
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.db.user.findUnique({ where: { id: ctx.principal.userId } });
      if (!user || !user.active) throw fail.unauthorized();
      // Wrong old passwords are FORBIDDEN, which the kernel audits as 'denied' after the rollback;
      // those records drive the throttle (no query outside this transaction: the embedded database
      // serves one connection at a time).
      const { loginMaxFailures, loginWindowMinutes } = ctx.kernel.config;
      const since = new Date(Date.now() - loginWindowMinutes * 60_000);
      const failures = await ctx.db.auditRecord.count({ where: { actorId: user.id, action: 'auth.changePassword', outcome: 'denied', at: { gte: since } } });
      if (failures >= loginMaxFailures) throw fail.tooMany(`原密码错误次数过多，请 ${loginWindowMinutes} 分钟后再试`);
      if (!(await verifyPassword(user.passwordHash, input.oldPassword))) throw fail.forbidden('原密码不正确');
      if (input.newPassword.toLowerCase() === user.username.toLowerCase()) throw fail.badRequest('密码不能与用户名相同', 'newPassword');
      await ctx.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false } });
      await ctx.db.session.updateMany({ where: { userId: user.id, revokedAt: null, ...(ctx.sessionId ? { id: { not: ctx.sessionId } } : {}) }, data: { revokedAt: ctx.kernel.clock.now() } });
      ctx.audit.target('user', user.id, user.divisionCode);
      return { ok: true };
    }),
});
