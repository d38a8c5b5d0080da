// Server settings from the environment. The kernel's own settings come from `configFromEnv`;
// this adds what only the HTTP process and the CLI need. Every variable is in README.md.
import { configFromEnv, type KernelConfig } from '@gongkai/kernel';
import { defaultWebDist, fromRepoRoot } from './runtime/paths';

export interface ServerConfig {
  kernel: KernelConfig;
  databaseUrl: string | null;
  port: number;
  host: string;
  /** Folder of the built web app. */
  webDist: string;
  /** Trust X-Forwarded-* from a reverse proxy (client address, protocol). */
  trustProxy: boolean;
  /** Extra origins accepted by the same-origin check of state-changing requests. */
  allowedOrigins: string[];
  /** Requests per minute per client address to the API (tRPC, REST, feeds). */
  rateLimitPerMinute: number;
  /** Login requests per minute per client address (the kernel also throttles failures per account). */
  loginRateLimitPerMinute: number;
  /** Longest wait for in-flight work on SIGTERM/SIGINT before the process exits anyway. */
  shutdownTimeoutMs: number;
  /** When set, /metrics requires `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  /** BullMQ key prefix: keeps several platforms apart on one Redis. */
  queuePrefix: string | null;
  /** Jobs run at once per queue in a worker process. */
  workerConcurrency: number;
  /** Connections in the database pool of this process. */
  dbPoolMax: number;
  seedTownships: boolean;
  logLevel: string;
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const kernel = configFromEnv(env);
  const port = int(env.PORT, 3000, 'PORT');
  if (port > 65535) throw new Error(`PORT must be at most 65535, got ${port}`);
  return {
    // The kernel resolves GONGKAI_DATA_DIR against the working directory; we want the repository root.
    kernel: { ...kernel, dataDir: fromRepoRoot(env.GONGKAI_DATA_DIR || '.data') },
    databaseUrl: env.DATABASE_URL || null,
    port,
    host: env.HOST || '127.0.0.1',
    webDist: env.GONGKAI_WEB_DIST ? fromRepoRoot(env.GONGKAI_WEB_DIST) : defaultWebDist,
    trustProxy: env.GONGKAI_TRUST_PROXY === '1',
    allowedOrigins: (env.GONGKAI_ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim().replace(/\/$/, '')).filter(Boolean),
    rateLimitPerMinute: int(env.GONGKAI_RATE_LIMIT, 600, 'GONGKAI_RATE_LIMIT'),
    loginRateLimitPerMinute: int(env.GONGKAI_LOGIN_RATE_LIMIT, 10, 'GONGKAI_LOGIN_RATE_LIMIT'),
    shutdownTimeoutMs: int(env.GONGKAI_SHUTDOWN_TIMEOUT_MS, 15_000, 'GONGKAI_SHUTDOWN_TIMEOUT_MS'),
    metricsToken: env.GONGKAI_METRICS_TOKEN || null,
    queuePrefix: env.GONGKAI_QUEUE_PREFIX || null,
    workerConcurrency: Math.max(1, int(env.GONGKAI_WORKER_CONCURRENCY, 5, 'GONGKAI_WORKER_CONCURRENCY')),
    dbPoolMax: int(env.GONGKAI_DB_POOL_MAX, env.DATABASE_URL ? 10 : 5, 'GONGKAI_DB_POOL_MAX'),
    seedTownships: env.GONGKAI_SEED_TOWNSHIPS === '1',
    logLevel: env.LOG_LEVEL || 'info',
  };
}
