import { createRequire } from 'node:module';
import type { Job, JobsOptions, Processor, Queue, RepeatOptions, Worker, WorkerOptions } from 'bullmq';
import type * as PgBackend from 'bullmq/dist/esm/postgres/index';
import { Redis } from 'ioredis';
import type { Kernel } from '../kernel';
import type { EnqueueOptions, JobsDriver } from './jobs-service';
import { KERNEL_QUEUE, queueNameOf } from './kernel-jobs';

// BullMQ is loaded through `require` so that the queue classes and the PostgreSQL backend come from
// the same (CommonJS) build: the ESM build's deep imports lack file extensions (PLATFORM-NOTES).
const require = createRequire(import.meta.url);
const bullmq = require('bullmq') as typeof import('bullmq');
const loadPgBackend = () => require('bullmq/dist/cjs/postgres') as typeof PgBackend;

export interface BullmqDriverOptions {
  /** The platform database, for BullMQ's PostgreSQL backend (used when `config.redisUrl` is not set). */
  databaseUrl?: string;
  /** Redis key prefix (default `bull`); tests use a unique one. */
  prefix?: string;
  /** Attempts of every job unless the enqueuer says otherwise (default 5). */
  attempts?: number;
  /** First retry delay, doubled per attempt (default 2 s). */
  backoffMs?: number;
  /** Connections of the PostgreSQL backend's pool, on top of one per worker (default 10). */
  poolSize?: number;
  /**
   * PostgreSQL schema of BullMQ's tables (default `bullmq`). The embedded database (PGlite behind
   * pglite-socket) multiplexes every connection onto one session and ignores per-connection
   * `search_path`, so there pass `public`: BullMQ's unqualified names then resolve in the one
   * search path the session has.
   */
  schema?: string;
}

export interface BullmqJobsDriver extends JobsDriver {
  readonly kind: 'bullmq';
  readonly backend: 'redis' | 'postgres';
  /** `gongkai.kernel` and `gongkai.<pluginId>` for every installed plugin. */
  queueNames(): string[];
  /** The producer of a queue (created on first use). */
  queue(name: string): Queue;
  /** A worker on a queue, sharing the driver's connection. */
  worker(name: string, processor: Processor, opts?: Partial<WorkerOptions>): Worker;
  /** Waits until the backend is reachable (and, on PostgreSQL, its schema migrated). */
  ready(): Promise<void>;
  /** One round trip to the backend (readiness checks). */
  ping(): Promise<void>;
  readonly defaultJobOptions: JobsOptions;
}

export function isBullmqDriver(d: JobsDriver): d is BullmqJobsDriver {
  return (d as Partial<BullmqJobsDriver>).kind === 'bullmq';
}

/**
 * Jobs on BullMQ 6: Redis when `kernel.config.redisUrl` is set, otherwise BullMQ's PostgreSQL
 * backend on the platform database (schema `bullmq`, created by BullMQ's own migrations), so a
 * small deployment needs only PostgreSQL. One queue per plugin (`gongkai.<pluginId>`, plus
 * `gongkai.kernel`); job names are `<plugin>.<job>`; every payload carries `divisionCode`.
 * Pass it as the kernel's `jobs` option; run workers with `startWorkers(kernel)`.
 */
export function bullmqJobsDriver(options: BullmqDriverOptions = {}): (kernel: Kernel) => BullmqJobsDriver {
  return (kernel) => createDriver(kernel, options);
}

function createDriver(kernel: Kernel, o: BullmqDriverOptions): BullmqJobsDriver {
  const names = [KERNEL_QUEUE, ...kernel.registry.plugins.map((p) => queueNameOf(p.id))];
  const defaultJobOptions: JobsOptions = {
    attempts: o.attempts ?? 5,
    backoff: { type: 'exponential', delay: o.backoffMs ?? 2_000 },
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
  };
  const redisUrl = kernel.config.redisUrl;
  const queues = new Map<string, Queue>();
  let closed = false;

  // One connection for the whole driver: an ioredis client (workers duplicate it for blocking
  // reads), or one pg pool with `search_path` pinned to the `bullmq` schema.
  let redis: Redis | null = null;
  let pg: PgBackend.PostgresConnection | null = null;
  let connectionFor: () => unknown;
  let factory: unknown;
  let readyPromise: Promise<void> = Promise.resolve();
  if (redisUrl) {
    const client = new Redis(redisUrl, { maxRetriesPerRequest: null });
    client.on('error', (err) => kernel.logger.warn({ err }, 'redis connection error'));
    redis = client;
    connectionFor = () => client;
  } else {
    if (!o.databaseUrl) throw new Error('bullmqJobsDriver: set REDIS_URL, or pass databaseUrl for the PostgreSQL backend');
    const backend = loadPgBackend();
    const schema = o.schema ?? backend.DEFAULT_SCHEMA;
    const pgConfig = { connectionString: o.databaseUrl, schema, application_name: 'gongkai-jobs' };
    // Runs BullMQ's own migrations (advisory-locked, so concurrent starters are safe).
    const owner = new backend.PostgresConnection({
      ...pgConfig, migrate: true,
      // Each worker keeps one pooled client for LISTEN; the rest serve queries.
      max: names.length + (o.poolSize ?? 10),
    });
    owner.on('error', (err: unknown) => kernel.logger.warn({ err }, 'bullmq postgres connection error'));
    pg = owner;
    // A shared pool only works in the default schema (BullMQ assumes it for a pool it did not build);
    // in another schema every queue and worker gets its own small pool.
    connectionFor = schema === backend.DEFAULT_SCHEMA ? () => owner.pool : () => ({ ...pgConfig, max: 3 });
    factory = backend.createPostgresBackend;
    readyPromise = owner.waitUntilReady();
    readyPromise.catch(() => { /* reported by ready() and enqueue() */ });
  }
  const base = () => ({ connection: connectionFor(), ...(redis && o.prefix ? { prefix: o.prefix } : {}) });

  const known = (name: string) => {
    if (!names.includes(name)) throw new Error(`Unknown queue "${name}" (installed: ${names.join(', ')})`);
  };

  const driver: BullmqJobsDriver = {
    kind: 'bullmq',
    backend: redis ? 'redis' : 'postgres',
    defaultJobOptions,
    queueNames: () => [...names],
    ready: () => readyPromise,
    async ping() {
      if (redis) { await redis.ping(); return; }
      await readyPromise;
      await pg!.pool.query('SELECT 1');
    },
    queue(name) {
      known(name);
      if (closed) throw new Error('The jobs driver is closed');
      let q = queues.get(name);
      if (!q) {
        const QueueClass = bullmq.Queue as unknown as new (n: string, opts: object, f?: unknown) => Queue;
        q = new QueueClass(name, { ...base(), defaultJobOptions }, factory);
        q.on('error', (err) => kernel.logger.warn({ err, queue: name }, 'queue error'));
        queues.set(name, q);
      }
      return q;
    },
    worker(name, processor, opts = {}) {
      known(name);
      const WorkerClass = bullmq.Worker as unknown as new (n: string, p: Processor, opts: object, f?: unknown) => Worker;
      return new WorkerClass(name, processor, { ...base(), ...opts }, factory);
    },
    async enqueue(queueName, name, data, opts: EnqueueOptions = {}) {
      const plugin = queueName.slice('gongkai.'.length);
      if (!name.startsWith(`${plugin}.`)) throw new Error(`Job "${name}" does not belong on queue "${queueName}" (expected "${plugin}.<job>")`);
      if (!('divisionCode' in data)) throw new Error(`Job "${name}": every payload carries divisionCode (null for platform-wide jobs)`);
      await readyPromise;
      await driver.queue(queueName).add(name, data, {
        ...(opts.delayMs ? { delay: opts.delayMs } : {}),
        ...(opts.jobId ? { jobId: opts.jobId } : {}),
        ...(opts.attempts ? { attempts: opts.attempts } : {}),
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...queues.values()].map((q) => q.close()));
      queues.clear();
      if (redis) await redis.quit().catch(() => redis?.disconnect());
      if (pg) await pg.close();
    },
  };
  return driver;
}

/** Repeat options for a plugin's `repeatable` entry: a fixed interval, or a cron pattern in China time. */
export function repeatOptionsOf(r: { everyMs?: number; pattern?: string }): Omit<RepeatOptions, 'key'> {
  if (r.everyMs && r.pattern) throw new Error('A repeatable job has either everyMs or pattern, not both');
  if (r.everyMs) return { every: r.everyMs };
  if (r.pattern) return { pattern: r.pattern, tz: 'Asia/Shanghai' };
  throw new Error('A repeatable job needs everyMs or pattern');
}

export type { Job };
