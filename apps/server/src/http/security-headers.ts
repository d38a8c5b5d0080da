// Security headers from helmet, in two sets:
//  - documents (the web app, static assets, attachments): a CSP allowing exactly what the built web
//    app needs (its own scripts, styles — inline styles too: React style attributes and CSS-in-JS —,
//    images with data: and blob: for charts and previews, fonts, API calls to its own origin) and
//    helmet's other document headers;
//  - API answers (tRPC, REST, feeds, health, metrics), which are data and never rendered as a page:
//    the OWASP REST Security Cheat Sheet set, `default-src 'none'; frame-ancestors 'none'`, nosniff,
//    DENY framing, the referrer and resource policies and HSTS. The document-only headers (DNS
//    prefetch, download options, cross-domain policies, XSS auditor, opener policy, agent cluster)
//    would add ~0.5 KB to every small JSON answer and protect nothing there.
// The headers do not vary by request (no CSP nonces), so helmet runs once at boot and every
// response gets the same precomputed set: @fastify/helmet re-ran helmet's directive parsing on every
// request (about 60 µs each, measured with --cpu-prof).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** Runs helmet's middleware against a recording response and returns the headers it set. */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) { headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value); },
    removeHeader(name: string) { delete headers[name.toLowerCase()]; },
    getHeader(name: string) { return headers[name.toLowerCase()]; },
  } as unknown as ServerResponse;
  let failure: unknown = null;
  helmet(options)({} as IncomingMessage, res, (err?: unknown) => { failure = err ?? null; });
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return headers;
}

/** The headers of pages and other documents. */
export function securityHeaders(o: { https: boolean }): Record<string, string> {
  return helmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
        mediaSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        formAction: ["'self'"],
        ...(o.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only makes sense (and is only honoured) over HTTPS.
    strictTransportSecurity: o.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // Government sites link to each other; keep the origin in cross-site referrers only.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
}

/** The headers of API answers (data, not documents). */
export function apiSecurityHeaders(o: { https: boolean }): Record<string, string> {
  return helmetHeaders({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    strictTransportSecurity: o.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginResourcePolicy: { policy: 'same-site' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
}

/** `apiPrefixes` (each ending in "/", or an exact path) answer with the API set; everything else with the document set. */
export function registerSecurityHeaders(app: FastifyInstance, o: { https: boolean; apiPrefixes: string[] }): void {
  const page = securityHeaders(o);
  const api = apiSecurityHeaders(o);
  const isApi = (url: string) => o.apiPrefixes.some((p) => (p.endsWith('/') ? url.startsWith(p) : url === p || url.startsWith(`${p}?`)));
  app.addHook('onRequest', (req, reply, done) => { reply.headers(isApi(req.url) ? api : page); done(); });
}

/** Open data may be read from any origin (no credentials are involved). */
export function registerOpenCors(app: FastifyInstance, prefixes: string[]): void {
  app.addHook('onRequest', (req, reply, done) => {
    // originalUrl: the REST adapter rewrites req.url to the path below its prefix.
    if ((req.method === 'GET' || req.method === 'HEAD') && prefixes.some((p) => req.originalUrl.startsWith(p))) {
      reply.header('access-control-allow-origin', '*');
      reply.header('cross-origin-resource-policy', 'cross-origin');
    }
    done();
  });
}
