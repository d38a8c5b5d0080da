// A booted kernel with the mechanisms plugin on an existing (seeded) database, as `gongkai serve`
// composes it (pool of 10 connections, the server default), with tRPC callers for real principals.
// Jobs are recorded instead of sent to a queue, so a benchmark measures the web process alone and
// can then run the recorded jobs itself, as a worker would.
import { createDb, type Db } from '@gongkai/db';
import {
  Kernel, createAppRouter, createCallerFactory, createContext, fixedClock, memoryCookieJar, testConfig,
  type Clock, type JobsDriver, type Principal,
} from '@gongkai/kernel';
import { mechanismsPlugin } from '@gongkai/plugin-mechanisms/server';
import pino from 'pino';
import { NOW } from './mechanisms-seed';

export interface RecordedJob { name: string; data: Record<string, unknown> }

export async function mechanismsPlatform(url: string, opts: { clock?: Clock; poolMax?: number } = {}) {
  const db: Db = createDb(url, { max: opts.poolMax ?? 10 });
  const jobs: RecordedJob[] = [];
  const driver: JobsDriver = { enqueue: async (_queue, name, data) => { jobs.push({ name, data }); }, close: async () => {} };
  const plugins = [mechanismsPlugin] as const;
  const kernel = await Kernel.boot({ db, clock: opts.clock ?? fixedClock(NOW), plugins, config: testConfig(), logger: pino({ level: 'silent' }), jobs: () => driver });
  const callerFactory = createCallerFactory(createAppRouter(plugins));
  return {
    db, kernel, jobs,
    /** A caller for one HTTP request of `principal` (fresh context and request id, as the server makes). */
    as: (principal: Principal | null) => callerFactory(createContext({ kernel, principal, cookies: memoryCookieJar(), meta: { ip: '127.0.0.1', userAgent: 'bench' } })),
    async principal(username: string): Promise<Principal> {
      const u = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
      return (await kernel.identity.principalOf(db, u.id))!;
    },
    async close() { await kernel.close(); await db.$disconnect(); },
  };
}

export type MechanismsPlatform = Awaited<ReturnType<typeof mechanismsPlatform>>;
