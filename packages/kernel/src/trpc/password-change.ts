// First sign-in with a one-time password (a new account, or after a reset): until the password is
// changed, the session may only change it, read itself, sign out (or sign in again). Other queries
// run as if nobody were signed in — the public portal keeps working, as for any visitor — and a
// query that needs an account, like every other mutation, answers FORBIDDEN saying the password
// must be changed first. The web console sends such a user to the change page; this is the
// server-side rule behind it. API tokens never carry the flag.
import { fail } from './errors';
import { t, type MiddlewareOptions } from './init';

/** What a session whose password must be changed may still call. */
export const PASSWORD_CHANGE_PATHS: ReadonlySet<string> = new Set(['auth.changePassword', 'auth.me', 'auth.logout', 'auth.login']);

export const PASSWORD_CHANGE_MESSAGE = '请先修改密码：您的账号正在使用一次性密码，修改密码后才能进行其他操作';

/**
 * Runs on every procedure; costs one property read when the flag is not set (from the session
 * lookup). Not an async function: the common case hands on `next()`'s own promise.
 */
export const passwordChangeGate = t.middleware((opts) => {
  if (!opts.ctx.principal?.mustChangePassword || PASSWORD_CHANGE_PATHS.has(opts.path)) return opts.next();
  return gated(opts);
});

async function gated({ type, next }: MiddlewareOptions) {
  if (type !== 'query') throw fail.forbidden(PASSWORD_CHANGE_MESSAGE);
  const r = await next({ ctx: { principal: null, sessionId: null } });
  if (!r.ok && r.error.code === 'UNAUTHORIZED') throw fail.forbidden(PASSWORD_CHANGE_MESSAGE);
  return r;
}
