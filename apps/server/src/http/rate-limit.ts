// Request rate limits on the API surface (tRPC, REST, feeds), per client address, in fixed windows
// of a minute: a global budget and a much smaller one for login. The kernel additionally throttles
// failed logins per account and per address in the database (identity service).
// With Redis the counters are shared by every API process; otherwise each process counts alone.
//
// Every API answer carries x-ratelimit-limit, -remaining and -reset (seconds); a refused request
// gets 429 with Retry-After. This was @fastify/rate-limit; its per-request path awaits the key,
// the allow list, the budget and the store one after another as an async hook (four promises and
// several objects per request), about 3% of a public read's CPU time under load. Here the
// in-process count is synchronous and the hook is callback-style; only Redis is awaited.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
export const RATE_WINDOW_MS = 60_000;

/** `/trpc/auth.login` or a batch that includes it (`/trpc/auth.login,auth.me?batch=1`). */
export function isLoginRequest(req: FastifyRequest): boolean {
  const url = req.originalUrl;
  if (!url.startsWith('/trpc/')) return false;
  const q = url.indexOf('?');
  const raw = q === -1 ? url.slice('/trpc/'.length) : url.slice('/trpc/'.length, q);
  // A path without escapes that does not mention auth.login cannot name it: most requests stop here.
  if (!raw.includes('%') && !raw.includes('auth.login')) return false;
  return safeDecode(raw).split(',').some((p) => LOGIN_PROCEDURES.has(p));
}

export class RateLimitError extends Error {
  readonly statusCode = 429;
  constructor(message: string) { super(message); this.name = 'RateLimitError'; }
}

/** A key's count in its current window, and when that window ends (epoch milliseconds). */
export interface WindowCount { count: number; resetAt: number }

export interface RateLimitStore {
  /** Counts one request for `key`; a new window starts when the last one has ended. */
  hit(key: string, windowMs: number): WindowCount | Promise<WindowCount>;
}

/**
 * Counts in this process. Keys are kept in the order their windows started, so ended windows are
 * dropped from the front; at most `maxKeys` are kept (the oldest go first), so a flood of
 * addresses cannot grow it without bound.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, WindowCount>();

  constructor(private readonly now: () => number = Date.now, private readonly maxKeys = 100_000) {}

  hit(key: string, windowMs: number): WindowCount {
    const now = this.now();
    let w = this.windows.get(key);
    if (w && w.resetAt > now) {
      w.count++;
      return w;
    }
    if (w) this.windows.delete(key); // re-inserted at the end: the newest window
    else this.dropEnded(now);
    w = { count: 1, resetAt: now + windowMs };
    this.windows.set(key, w);
    return w;
  }

  /** Keys currently counted (for tests and metrics). */
  get size(): number { return this.windows.size; }

  private dropEnded(now: number): void {
    for (const [key, w] of this.windows) {
      if (w.resetAt > now && this.windows.size < this.maxKeys) return;
      this.windows.delete(key);
    }
  }
}

/**
 * INCR, the window's expiry set by its first hit, and the time left, in one atomic step. A script
 * rather than `PEXPIRE … NX`, which needs Redis 7.
 */
const HIT_SCRIPT = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('PTTL', KEYS[1])}`;

/** Counts in Redis, shared by every API process. */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(private readonly redis: Redis, private readonly prefix = 'gongkai-rate-limit:') {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, this.prefix + key, windowMs)) as [number, number];
    return { count, resetAt: Date.now() + (ttl > 0 ? ttl : windowMs) };
  }
}

function answer(reply: FastifyReply, max: number, w: WindowCount, done: (err?: Error) => void): void {
  const seconds = Math.max(0, Math.ceil((w.resetAt - Date.now()) / 1000));
  reply.header('x-ratelimit-limit', max);
  reply.header('x-ratelimit-remaining', Math.max(0, max - w.count));
  reply.header('x-ratelimit-reset', seconds);
  if (w.count <= max) { done(); return; }
  reply.header('retry-after', seconds);
  done(new RateLimitError(`请求过于频繁，请 ${seconds} 秒后再试`));
}

export function registerRateLimit(app: FastifyInstance, o: RateLimitOptions): RateLimitStore {
  const store: RateLimitStore = o.redis ? new RedisRateLimitStore(o.redis) : new MemoryRateLimitStore();
  app.addHook('onRequest', (req, reply, done) => {
    const url = req.originalUrl;
    if (!o.prefixes.some((p) => url.startsWith(p))) { done(); return; }
    const login = isLoginRequest(req);
    const max = login ? o.loginPerMinute : o.perMinute;
    let counted: WindowCount | Promise<WindowCount>;
    try {
      counted = store.hit(login ? `login:${req.ip}` : req.ip, RATE_WINDOW_MS);
    } catch (err) {
      done(err as Error);
      return;
    }
    if (!(counted instanceof Promise)) { answer(reply, max, counted, done); return; }
    counted.then((w) => answer(reply, max, w, done), (err: unknown) => {
      // Redis unreachable: serve rather than refuse everyone; the error is logged.
      req.log.error({ err }, 'rate-limit store failed; request not counted');
      done();
    });
  });
  return store;
}
