// CSRF defence in two layers:
//  1. every state-changing request (not GET/HEAD/OPTIONS) must come from our own origin when the
//     browser says where it comes from (Origin, else Referer; Sec-Fetch-Site: cross-site is refused);
//  2. a tRPC mutation authenticated by the session cookie must carry `x-csrf-token` equal to the
//     session's token (double submit: the web app reads it from the gk_csrf cookie or the login
//     answer). Login is exempt (there is no session yet); bearer-token calls are exempt (a browser
//     never attaches them on its own).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestAuth } from './request-auth';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Procedures a cookie-holding browser may call without the CSRF header. */
const CSRF_EXEMPT = new Set(['auth.login']);

export interface SameOriginOptions { publicUrl: string; allowedOrigins: string[] }

function originOf(value: string): string | null {
  try { return new URL(value).origin; } catch { return null; }
}

export function isSameOrigin(req: FastifyRequest, options: SameOriginOptions): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site') return false;
  const origin = typeof req.headers.origin === 'string' ? req.headers.origin : null;
  const referer = typeof req.headers.referer === 'string' ? req.headers.referer : null;
  // Neither header: not a browser-initiated cross-site request (browsers send Origin on POST).
  if (origin === null && referer === null) return true;
  const claimed = origin !== null ? (origin === 'null' ? null : originOf(origin)) : originOf(referer!);
  if (!claimed) return false;
  const accepted = new Set([`${req.protocol}://${req.host}`, originOf(options.publicUrl), ...options.allowedOrigins]);
  return accepted.has(claimed);
}

/** Refuses cross-origin state-changing requests before any handler runs. */
export function registerSameOriginCheck(app: FastifyInstance, options: SameOriginOptions): void {
  // Callback-style hook: no promise per request on the read path.
  app.addHook('onRequest', (req: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (SAFE_METHODS.has(req.method) || isSameOrigin(req, options)) { done(); return; }
    req.log.warn({ origin: req.headers.origin, referer: req.headers.referer }, 'cross-origin request refused');
    void reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: '拒绝跨站请求（来源校验失败）' });
  });
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Null when the request may proceed, else the reason it is refused. */
export function csrfProblem(req: FastifyRequest, auth: RequestAuth, procedurePaths: string[]): string | null {
  if (SAFE_METHODS.has(req.method)) return null;
  if (auth.via !== 'session' || !auth.csrfToken) return null;
  if (procedurePaths.length > 0 && procedurePaths.every((p) => CSRF_EXEMPT.has(p))) return null;
  const header = req.headers[CSRF_HEADER];
  if (typeof header !== 'string' || header.length === 0) return '缺少 CSRF 令牌（x-csrf-token 请求头），请刷新页面后重试';
  if (!equal(header, auth.csrfToken)) return 'CSRF 令牌无效，请刷新页面后重试';
  return null;
}
