// Test support (imported only by *.int.test.ts): sign in with a password through the identity
// service (what auth.login does) and get a caller bound to that real session, as the HTTP adapter
// would build it from the session cookie.
import type { AnyRouter } from '@trpc/server';
import { createContext, memoryCookieJar } from '../trpc/context';
import { createCallerFactory } from '../trpc/init';
import type { Kernel } from '../kernel';

interface PlatformLike { kernel: Kernel; appRouter: AnyRouter; anonymous(): unknown }

export async function signIn<P extends PlatformLike>(p: P, username: string, password: string) {
  const r = await p.kernel.identity.login(p.kernel.db, { username, password, ip: '127.0.0.1', userAgent: 'vitest' });
  const s = await p.kernel.identity.session(p.kernel.db, r.token);
  if (!s) throw new Error('no session after login');
  const caller = createCallerFactory(p.appRouter)(createContext({ kernel: p.kernel, principal: s.principal, sessionId: s.sessionId, cookies: memoryCookieJar(), meta: { ip: '127.0.0.1', userAgent: 'vitest' } }));
  return { caller: caller as ReturnType<P['anonymous']>, token: r.token, sessionId: s.sessionId, principal: s.principal };
}
