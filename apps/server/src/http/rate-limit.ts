// Request rate limits with @fastify/rate-limit, per client address, on the API surface (tRPC,
// REST, feeds): a global budget and a much smaller one for login. The kernel additionally
// throttles failed logins per account and per address in the database (identity service).
// With Redis the counters are shared by every API process; otherwise each process counts alone.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

export interface RateLimitOptions {
  perMinute: number;
  loginPerMinute: number;
  redis?: Redis | null;
  /** URL prefixes the limits apply to. */
  prefixes: string[];
}

const LOGIN_PROCEDURES = new Set(['auth.login']);

/** `/trpc/auth.login` or a batch that includes it (`/trpc/auth.login,auth.me?batch=1`). */
export function isLoginRequest(req: FastifyRequest): boolean {
  const url = req.originalUrl;
  if (!url.startsWith('/trpc/')) return false;
  const q = url.indexOf('?');
  const raw = q === -1 ? url.slice('/trpc/'.length) : url.slice('/trpc/'.length, q);
  // Asked twice per API request (key and budget): a path without escapes that does not mention
  // auth.login cannot name it, so most requests stop here without splitting or decoding.
  if (!raw.includes('%') && !raw.includes('auth.login')) return false;
  return safeDecode(raw).split(',').some((p) => LOGIN_PROCEDURES.has(p));
}

export class RateLimitError extends Error {
  readonly statusCode = 429;
  constructor(message: string) { super(message); this.name = 'RateLimitError'; }
}

export async function registerRateLimit(app: FastifyInstance, o: RateLimitOptions): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    keyGenerator: (req) => (isLoginRequest(req) ? `login:${req.ip}` : req.ip),
    max: (req) => (isLoginRequest(req) ? o.loginPerMinute : o.perMinute),
    allowList: (req) => !o.prefixes.some((p) => req.originalUrl.startsWith(p)),
    ...(o.redis ? { redis: o.redis, nameSpace: 'gongkai-rate-limit-' } : {}),
    errorResponseBuilder: (_req, ctx) => new RateLimitError(`请求过于频繁，请 ${Math.ceil(ctx.ttl / 1000)} 秒后再试`),
  });
}
