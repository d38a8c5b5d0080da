// Prometheus metrics with prom-client: the default process metrics, an HTTP request duration
// histogram labelled by route pattern (never by raw URL, to keep cardinality bounded), and a
// counter of tRPC procedure calls by procedure path, result code and transport (trpc | rest).
// The two per-request metrics are metric-series.ts's (the same exposition, less work per request).
import type { AnyRouter } from '@trpc/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { SeriesCounter, SeriesHistogram } from './metric-series';

export class ServerMetrics {
  readonly registry = new Registry();
  /** Observed as (method, route, status code, seconds). */
  readonly httpDuration: SeriesHistogram;
  /** Incremented as (path, code, transport). */
  readonly procedureCalls: SeriesCounter;
  private known: AnyRouter | null = null;

  constructor() {
    this.registry.setDefaultLabels({ service: 'gongkai' });
    collectDefaultMetrics({ register: this.registry, prefix: 'gongkai_' });
    this.httpDuration = new SeriesHistogram({
      name: 'gongkai_http_request_duration_seconds',
      help: 'HTTP request duration in seconds, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.procedureCalls = new SeriesCounter({
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
    this.procedureCalls.inc(label, code, transport);
  }
}

interface TrpcCalls { paths: string[]; errors: { path: string | undefined; code: string }[] }

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's tRPC calls and their errors, for the procedure-call counter (null: none). */
    trpcCalls: TrpcCalls | null;
  }
}

/**
 * Per-request record of the tRPC calls (set by createContext) and of their errors (set by
 * onError), turned into counter increments when the response has been sent. This counts calls
 * of batched and streamed responses correctly.
 */
export function noteTrpcCalls(req: FastifyRequest, paths: string[]): void {
  if (req.trpcCalls) req.trpcCalls.paths = paths; else req.trpcCalls = { paths, errors: [] };
}

export function noteTrpcError(req: FastifyRequest, path: string | undefined, code: string): void {
  if (req.trpcCalls) req.trpcCalls.errors.push({ path, code }); else req.trpcCalls = { paths: [], errors: [{ path, code }] };
}

export function registerMetrics(app: FastifyInstance, metrics: ServerMetrics, token: string | null): void {
  // A request property declared up front (not a WeakMap entry per request): every request object keeps one shape.
  app.decorateRequest('trpcCalls', null);
  app.addHook('onResponse', (req, reply, done) => {
    done();
    const route = req.routeOptions.url ?? '(unmatched)';
    metrics.httpDuration.observe(req.method, route, String(reply.statusCode), reply.elapsedTime / 1000);
    const state = req.trpcCalls;
    if (!state) return;
    const errors = [...state.errors];
    for (const path of state.paths) {
      const i = errors.findIndex((e) => e.path === path);
      const code = i >= 0 ? errors.splice(i, 1)[0]!.code : 'OK';
      metrics.countCall(path, code, 'trpc');
    }
    for (const e of errors) metrics.countCall(e.path, e.code, 'trpc');
  });

  app.get('/metrics', { logLevel: 'warn' }, async (req, reply) => {
    if (token && req.headers.authorization !== `Bearer ${token}`) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ statusCode: 401, error: 'Unauthorized', message: '需要指标令牌（GONGKAI_METRICS_TOKEN）' });
    }
    reply.header('content-type', metrics.registry.contentType);
    reply.header('cache-control', 'no-store');
    return metrics.registry.metrics();
  });
}
