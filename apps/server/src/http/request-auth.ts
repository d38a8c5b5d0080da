// Who is calling: a session cookie (browsers) or `Authorization: Bearer gk_...` (other systems).
import type {} from '@fastify/cookie';
import { SESSION_COOKIE, type Kernel, type Principal } from '@gongkai/kernel';
import type { FastifyRequest } from 'fastify';

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

export async function authenticate(kernel: Kernel, req: FastifyRequest, options: { cookies: boolean }): Promise<RequestAuth> {
  const token = bearerToken(req);
  if (token) {
    const principal = await kernel.identity.apiToken(kernel.db, token);
    return principal ? { principal, sessionId: null, csrfToken: null, via: 'token' } : anonymousAuth;
  }
  if (!options.cookies) return anonymousAuth;
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return anonymousAuth;
  const s = await kernel.identity.session(kernel.db, cookie);
  return s ? { principal: s.principal, sessionId: s.sessionId, csrfToken: s.csrfToken, via: 'session' } : anonymousAuth;
}
