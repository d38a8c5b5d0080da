// Starts a Gongkai process: `all` (API and workers, `gongkai start`), `api` (`gongkai serve`) or
// `worker` (`gongkai work`). Order: database (embedded or DATABASE_URL) → migrations and seed →
// kernel → first administrator → HTTP listener and/or workers → one "ready on" line.
import { createDb, type Db } from '@gongkai/db';
import { Kernel, createAppRouter, type AnyPlugin } from '@gongkai/kernel';
import type { AnyRouter } from '@trpc/server';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { appRouter } from '../app-router';
import type { ServerConfig } from '../config';
import { buildApp, type GongkaiApp } from '../http/app';
import { installedPlugins } from '../installed-plugins';
import { openDatabase, type DatabaseHandle } from './database';
import { ensureFirstAdmin, firstAdminBox } from './first-admin';
import { createJobsRuntime, type JobsRuntime } from './jobs';
import { prepareDatabase } from './prepare-database';
import { readinessChecks } from './readiness';

export type Mode = 'all' | 'api' | 'worker';

export interface Platform {
  mode: Mode;
  kernel: Kernel;
  db: Db;
  database: DatabaseHandle;
  jobs: JobsRuntime;
  /** The app router this process serves (every lazy plugin router loaded). */
  router: AnyRouter;
  http: GongkaiApp | null;
  /** Where the API listens (null for workers). */
  url: string | null;
  close(): Promise<void>;
}

export interface StartOptions {
  config: ServerConfig;
  logger: Logger;
  /** Writes the one-time password box (the console by default). */
  print?: (text: string) => void;
  /** Listen (default true); tests drive the app with inject instead. */
  listen?: boolean;
  /** Other plugins than the installed list (tests with fixture plugins). */
  plugins?: readonly AnyPlugin[];
}

function displayUrl(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${h}:${port}`;
}

export async function startPlatform(mode: Mode, o: StartOptions): Promise<Platform> {
  const { config, logger } = o;
  const print = o.print ?? ((text: string) => process.stdout.write(`${text}\n`));
  if (mode === 'worker' && !config.databaseUrl) {
    throw new Error('gongkai work 需要 DATABASE_URL：嵌入式数据库只能由一个进程使用，请用 gongkai start 在同一进程中运行接口和任务。\n'
      + 'gongkai work needs DATABASE_URL: the embedded database belongs to one process; use `gongkai start` to run API and workers together.');
  }

  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) {
      try { await fn(); } catch (err) { logger.error({ err }, 'shutdown step failed'); }
    }
    cleanups.length = 0;
  };

  const started = Date.now();
  const timings: Record<string, number> = {};
  let mark = started;
  const phase = (name: string) => { const now = Date.now(); timings[name] = now - mark; mark = now; };
  try {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.kernel.dataDir, logger });
    cleanups.push(() => database.stop());
    const db = createDb(database.url, { max: config.dbPoolMax });
    cleanups.push(() => db.$disconnect());
    phase('database');
    await prepareDatabase({ url: database.url, db, logger, townships: config.seedTownships });
    phase('migrateAndSeed');

    const jobs = createJobsRuntime({
      redisUrl: config.kernel.redisUrl, databaseUrl: database.url, embedded: database.kind !== 'server',
      concurrency: config.workerConcurrency, prefix: config.queuePrefix, logger,
    });
    const plugins = o.plugins ?? installedPlugins;
    const router: AnyRouter = o.plugins ? createAppRouter(o.plugins) : appRouter;
    const kernel = await Kernel.boot({ db, config: config.kernel, plugins, logger, jobs: jobs.driver });
    // Closed in reverse: workers finish their jobs before the kernel (and its queues) close.
    cleanups.push(() => kernel.close());
    cleanups.push(() => jobs.close());
    phase('kernel');

    let http: GongkaiApp | null = null;
    let url: string | null = null;
    if (mode !== 'worker') {
      const admin = await ensureFirstAdmin(kernel);
      if (admin.created) {
        logger.warn({ username: admin.username }, 'first administrator created; its one-time password is printed on the console once');
        print(firstAdminBox(admin.username, admin.password, config.kernel.publicUrl));
      }
      const redis = config.kernel.redisUrl ? new Redis(config.kernel.redisUrl, { connectTimeout: 2000, maxRetriesPerRequest: 1, lazyConnect: false }) : null;
      if (redis) cleanups.push(async () => { redis.disconnect(); });
      http = await buildApp({ kernel, router, config, logger, readiness: readinessChecks(db, jobs), redis });
      phase('http');
      const app = http.app;
      cleanups.push(async () => { await app.close(); });
      if (o.listen !== false) {
        await app.listen({ port: config.port, host: config.host });
        const address = app.server.address();
        const port = typeof address === 'object' && address ? address.port : config.port;
        url = displayUrl(config.host, port);
      }
    }
    if (mode === 'api' && database.kind === 'embedded') {
      logger.warn('serve runs no workers, and no other process can open the embedded database: jobs wait until `gongkai start` runs. Use `gongkai start`, or DATABASE_URL with separate `gongkai work` processes.');
    }
    if (url) phase('listen');
    if (mode !== 'api') { await jobs.startWorkers(kernel); phase('workers'); }
    timings.total = Date.now() - started;

    if (url) logger.info({ mode, database: database.kind, jobs: jobs.kind, web: http?.webBuilt ?? false, ms: timings }, `ready on ${url}`);
    else if (mode === 'worker') logger.info({ database: database.kind, jobs: jobs.kind, ms: timings }, 'workers ready');

    const draining = http?.health;
    return {
      mode, kernel, db, database, jobs, router, http, url,
      async close() {
        if (draining) draining.draining = true;
        await cleanup();
      },
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
