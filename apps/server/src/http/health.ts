// /healthz: the process is up and serving. /readyz: it can do its work (database reachable,
// migrations applied, jobs backend reachable); answers 503 while shutting down so a load balancer
// stops sending traffic before the listener closes.
import type { FastifyInstance } from 'fastify';

export interface ReadinessCheck {
  name: string;
  /** Resolves when ready; rejects (or resolves to a message) when not. */
  check(): Promise<void | string>;
}

export interface HealthState { draining: boolean }

const CHECK_TIMEOUT_MS = 3000;

async function run(c: ReadinessCheck): Promise<{ ok: boolean; detail?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => { timer = setTimeout(() => resolve(`超时（${CHECK_TIMEOUT_MS} ms）`), CHECK_TIMEOUT_MS); });
  try {
    const problem = await Promise.race([c.check(), timeout]);
    return typeof problem === 'string' ? { ok: false, detail: problem } : { ok: true };
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

export function registerHealth(app: FastifyInstance, checks: ReadinessCheck[], state: HealthState): void {
  const startedAt = Date.now();
  const quiet = { logLevel: 'warn' as const };

  app.get('/healthz', quiet, async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) };
  });

  app.get('/readyz', quiet, async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    if (state.draining) return reply.code(503).send({ status: 'draining', checks: {} });
    const results = await Promise.all(checks.map(async (c) => [c.name, await run(c)] as const));
    const ready = results.every(([, r]) => r.ok);
    const body = { status: ready ? 'ready' : 'not_ready', checks: Object.fromEntries(results.map(([n, r]) => [n, r.ok ? 'ok' : r.detail])) };
    return reply.code(ready ? 200 : 503).send(body);
  });
}
