// Builds the HTTP application (without listening): the composition of every HTTP concern.
// The CLI listens on it; tests drive it with `app.inject`.
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { Kernel } from '@gongkai/kernel';
import type { AnyRouter } from '@trpc/server';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { ServerConfig } from '../config';
import { loadLazyRouters } from '../load-routers';
import { AccessLog, registerAccessLog } from './access-log';
import { registerCataloguePublic } from './catalogue-public';
import { registerPublicFiles } from './public-files';
import { registerSameOriginCheck } from './csrf';
import { registerErrorHandler } from './errors';
import { registerHealth, type HealthState, type ReadinessCheck } from './health';
import { ServerMetrics, registerMetrics } from './metrics';
import { registerRateLimit } from './rate-limit';
import { lazyChildLogger } from './request-logger';
import { API_PREFIX, registerRestApi } from './rest-api';
import { registerOpenCors, registerSecurityHeaders } from './security-headers';
import { registerStaticWeb } from './static-web';
import { TRPC_PREFIX, registerTrpc } from './trpc';

export interface AppOptions {
  kernel: Kernel;
  router: AnyRouter;
  config: ServerConfig;
  logger: Logger;
  readiness: ReadinessCheck[];
  /** Shared rate-limit counters across API processes (when REDIS_URL is set). */
  redis?: Redis | null;
}

export interface GongkaiApp {
  app: FastifyInstance;
  health: HealthState;
  metrics: ServerMetrics;
  webBuilt: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export async function buildApp(o: AppOptions): Promise<GongkaiApp> {
  const { config, kernel } = o;
  const app = Fastify({
    loggerInstance: o.logger as FastifyBaseLogger,
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    // tRPC batches put every procedure path in one URL segment.
    routerOptions: { maxParamLength: 5000 },
    requestIdHeader: false,
    childLoggerFactory: lazyChildLogger,
    // One access-log line per request (below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: (req) => {
      const h = req.headers['x-request-id'];
      return typeof h === 'string' && REQUEST_ID.test(h) ? h : randomUUID();
    },
  });
  // Hooks on every request are callback-style: no promise per hook per request.
  app.addHook('onRequest', (req, reply, done) => { reply.header('x-request-id', req.id); done(); });
  registerAccessLog(app, new AccessLog(o.logger));

  registerErrorHandler(app);
  // Parsed when first read (cookies.ts), not by a hook on every request.
  await app.register(cookie, { hook: false });
  const apiPrefixes = [TRPC_PREFIX, '/api', '/feeds'];
  /** Everything below an API prefix (`/trpc/…`), as the hooks match it. */
  const apiScopes = apiPrefixes.map((p) => `${p}/`);
  /** Health and metrics: not API surface for rate limits, but data answers, never the web app. */
  const operationsPaths = ['/metrics', '/healthz', '/readyz'];
  registerSecurityHeaders(app, { https: kernel.config.secureCookies, apiPrefixes: [...apiScopes, ...operationsPaths] });
  registerRateLimit(app, {
    perMinute: config.rateLimitPerMinute,
    loginPerMinute: config.loginRateLimitPerMinute,
    redis: o.redis ?? null,
    prefixes: apiScopes,
  });
  registerSameOriginCheck(app, { publicUrl: kernel.config.publicUrl, allowedOrigins: config.allowedOrigins });
  registerOpenCors(app, [`${API_PREFIX}/`, '/feeds/']);

  const metrics = new ServerMetrics();
  const router = await loadLazyRouters(o.router);
  metrics.useRouter(router);
  registerMetrics(app, metrics, config.metricsToken);
  const health: HealthState = { draining: false };
  registerHealth(app, o.readiness, health);

  await registerTrpc(app, { kernel, router, secureCookies: kernel.config.secureCookies });
  await registerRestApi(app, { kernel, router, publicUrl: kernel.config.publicUrl, metrics });
  registerCataloguePublic(app, kernel);
  registerPublicFiles(app, kernel);
  const { built } = await registerStaticWeb(app, { dist: config.webDist, apiPrefixes: [...apiPrefixes, ...operationsPaths] });

  await app.ready();
  return { app, health, metrics, webBuilt: built };
}
