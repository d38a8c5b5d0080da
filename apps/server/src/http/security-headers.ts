// Security headers with @fastify/helmet. The CSP allows exactly what the built web app needs:
// its own scripts, styles (inline styles too: React style attributes and CSS-in-JS), images
// (data: and blob: for charts and previews), fonts, and API calls to its own origin.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export async function registerSecurityHeaders(app: FastifyInstance, o: { https: boolean }): Promise<void> {
  await app.register(helmet, {
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

/** Open data may be read from any origin (no credentials are involved). */
export function registerOpenCors(app: FastifyInstance, prefixes: string[]): void {
  app.addHook('onSend', async (req, reply, payload) => {
    // originalUrl: the REST adapter rewrites req.url to the path below its prefix.
    if ((req.method === 'GET' || req.method === 'HEAD') && prefixes.some((p) => req.originalUrl.startsWith(p))) {
      reply.header('access-control-allow-origin', '*');
      reply.header('cross-origin-resource-policy', 'cross-origin');
    }
    return payload;
  });
}
