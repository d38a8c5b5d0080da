// Who is calling: a session cookie (browsers) or `Authorization: Bearer gk_...` (other systems).
import type {} from '@fastify/cookie';
import { SESSION_COOKIE, type Kernel, type Principal } from '@gongkai/kernel';
import type { FastifyRequest } from 'fastify';
import { requestCookies } from './cookies';

export interface RequestAuth {
  principal: Principal | null;
  sessionId: string | null;
  /** The session's CSRF token (double submit), for cookie-authenticated requests. */
  csrfToken: string | null;
  via: 'session' | 'token' | null;
}

export const anonymousAuth: RequestAuth = { principal: null, sessionId: null, csrfToken: null, via: null };

export function bearerToken(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (typeof h !== 'string') return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h.trim());
  return m?.[1] ?? null;
}

/**
 * The caller of this request. A request with neither a bearer token nor a session cookie (most of
 * the public read side) is answered at once, without a promise.
 */
export function authenticate(kernel: Kernel, req: FastifyRequest, options: { cookies: boolean }): RequestAuth | Promise<RequestAuth> {
  const token = bearerToken(req);
  if (token) return tokenAuth(kernel, token);
  if (!options.cookies) return anonymousAuth;
  const cookie = requestCookies(req)[SESSION_COOKIE];
  if (!cookie) return anonymousAuth;
  return sessionAuth(kernel, cookie);
}

async function tokenAuth(kernel: Kernel, token: string): Promise<RequestAuth> {
  const principal = await kernel.identity.apiToken(kernel.db, token);
  return principal ? { principal, sessionId: null, csrfToken: null, via: 'token' } : anonymousAuth;
}

async function sessionAuth(kernel: Kernel, cookie: string): Promise<RequestAuth> {
  const s = await kernel.identity.session(kernel.db, cookie);
  return s ? { principal: s.principal, sessionId: s.sessionId, csrfToken: s.csrfToken, via: 'session' } : anonymousAuth;
}
