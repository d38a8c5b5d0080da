// Test support (imported only by *.int.test.ts): sign in through auth.login and get a caller bound
// to the real session, as the HTTP adapter would build it from the cookie.
import { SESSION_COOKIE } from '../identity/identity-service';
import { createContext, memoryCookieJar } from '../trpc/context';
import { createCallerFactory } from '../trpc/init';
import type { AnyRouter } from '@trpc/server';
import type { Kernel } from '../kernel';

interface PlatformLike { kernel: Kernel; appRouter: AnyRouter; anonymous(): unknown }

export async function signIn<P extends PlatformLike>(p: P, username: string, password: string) {
  const jar = memoryCookieJar();
  const factory = createCallerFactory(p.appRouter);
  const anon = factory(createContext({ kernel: p.kernel, principal: null, cookies: jar, meta: { ip: '127.0.0.1', userAgent: 'vitest' } })) as unknown as { auth: { login(i: { username: string; password: string }): Promise<unknown> } };
  await anon.auth.login({ username, password });
  const token = jar.get(SESSION_COOKIE)!;
  const s = await p.kernel.identity.session(p.kernel.db, token);
  if (!s) throw new Error('no session after login');
  const caller = factory(createContext({ kernel: p.kernel, principal: s.principal, sessionId: s.sessionId, cookies: jar, meta: { ip: '127.0.0.1', userAgent: 'vitest' } }));
  return { caller: caller as ReturnType<P['anonymous']>, token, sessionId: s.sessionId, principal: s.principal };
}
