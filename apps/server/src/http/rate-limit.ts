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
  if (!req.originalUrl.startsWith('/trpc/')) return false;
  const path = safeDecode(req.originalUrl.slice('/trpc/'.length).split('?')[0] ?? '');
  return path.split(',').some((p) => LOGIN_PROCEDURES.has(p));
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
