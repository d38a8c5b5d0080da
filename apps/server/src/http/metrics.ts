// Prometheus metrics with prom-client: the default process metrics, an HTTP request duration
// histogram labelled by route pattern (never by raw URL, to keep cardinality bounded), and a
// counter of tRPC procedure calls by procedure path, result code and transport (trpc | rest).
import type { AnyRouter } from '@trpc/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class ServerMetrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  readonly procedureCalls: Counter<'path' | 'code' | 'transport'>;
  private known: AnyRouter | null = null;

  constructor() {
    this.registry.setDefaultLabels({ service: 'gongkai' });
    collectDefaultMetrics({ register: this.registry, prefix: 'gongkai_' });
    this.httpDuration = new Histogram({
      name: 'gongkai_http_request_duration_seconds',
      help: 'HTTP request duration in seconds, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.procedureCalls = new Counter({
      name: 'gongkai_trpc_procedure_calls_total',
      help: 'tRPC procedure calls by procedure path, result code (OK or the tRPC error code) and transport',
      labelNames: ['path', 'code', 'transport'],
      registers: [this.registry],
    });
  }

  /** Procedure paths not in this router are counted as "(unknown)". */
  useRouter(router: AnyRouter): void { this.known = router; }

  countCall(path: string | undefined, code: string, transport: 'trpc' | 'rest'): void {
    const procedures = this.known?._def.procedures as Record<string, unknown> | undefined;
    const label = path && (!procedures || path in procedures) ? path : '(unknown)';
    this.procedureCalls.inc({ path: label, code, transport });
  }
}

/**
 * Per-request record of the tRPC calls (set by createContext) and of their errors (set by
 * onError), turned into counter increments when the response has been sent. This counts calls
 * of batched and streamed responses correctly.
 */
const calls = new WeakMap<FastifyRequest, { paths: string[]; errors: { path: string | undefined; code: string }[] }>();

export function noteTrpcCalls(req: FastifyRequest, paths: string[]): void {
  const state = calls.get(req);
  if (state) state.paths = paths; else calls.set(req, { paths, errors: [] });
}

export function noteTrpcError(req: FastifyRequest, path: string | undefined, code: string): void {
  const state = calls.get(req);
  if (state) state.errors.push({ path, code }); else calls.set(req, { paths: [], errors: [{ path, code }] });
}

export function registerMetrics(app: FastifyInstance, metrics: ServerMetrics, token: string | null): void {
  app.addHook('onResponse', (req, reply, done) => {
    done();
    const route = req.routeOptions.url ?? '(unmatched)';
    metrics.httpDuration.observe({ method: req.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
    const state = calls.get(req);
    if (!state) return;
    const errors = [...state.errors];
    for (const path of state.paths) {
      const i = errors.findIndex((e) => e.path === path);
      const code = i >= 0 ? errors.splice(i, 1)[0]!.code : 'OK';
      metrics.countCall(path, code, 'trpc');
    }
    for (const e of errors) metrics.countCall(e.path, e.code, 'trpc');
  });

  app.get('/metrics', { logLevel: 'warn', config: { rateLimit: false } }, async (req, reply) => {
    if (token && req.headers.authorization !== `Bearer ${token}`) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ statusCode: 401, error: 'Unauthorized', message: '需要指标令牌（GONGKAI_METRICS_TOKEN）' });
    }
    reply.header('content-type', metrics.registry.contentType);
    reply.header('cache-control', 'no-store');
    return metrics.registry.metrics();
  });
}
