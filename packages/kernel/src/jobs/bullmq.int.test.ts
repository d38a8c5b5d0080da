import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { Redis } from 'ioredis';
import { createTestPlatform, isServerAvailable, type TestPlatform } from '@gongkai/testing';
import { Kernel, definePlugin, testConfig } from '../index';
import { bullmqJobsDriver, isBullmqDriver, type BullmqJobsDriver } from './bullmq-driver';
import { startWorkers, syncSchedulers, type RunningWorkers } from './workers';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Ran { name: string; data: Record<string, unknown>; jobId: string }
const ran: Ran[] = [];
const attemptsSeen = new Map<string, number>();
let ticks = 0;
let slowStarted = false;
const events: string[] = [];

const probe = definePlugin({
  id: 'job-probe',
  title: '任务探针',
  jobs: {
    record: async ({ data, jobId }) => { ran.push({ name: 'record', data, jobId }); return 'ok'; },
    flaky: async ({ data, jobId }) => {
      const n = (attemptsSeen.get(jobId) ?? 0) + 1;
      attemptsSeen.set(jobId, n);
      if (n < 3) throw new Error(`flaky attempt ${n}`);
      ran.push({ name: 'flaky', data, jobId });
    },
    slow: async ({ data, jobId }) => { slowStarted = true; await new Promise((r) => setTimeout(r, 800)); ran.push({ name: 'slow', data, jobId }); },
    tick: async () => { ticks++; },
    nightly: async () => {},
  },
  repeatable: [{ job: 'tick', everyMs: 250 }, { job: 'nightly', pattern: '0 2 * * *' }],
  events: { 'job-probe.pinged': async (e) => { events.push(String(e.payload.n)); } },
});

async function waitFor(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform({ plugins: [probe] });
  await p.setPlugin('23', 'job-probe', true);
  await p.setPlugin('2302', 'job-probe', false);
});
afterAll(async () => { await p?.close(); });

/**
 * The PostgreSQL backend runs on the PostgreSQL server. On the embedded database (PGlite behind
 * pglite-socket 0.2.17, used when no server answers) it is not reliable yet: the socket server
 * queues each protocol message on its own, so concurrent connections' Parse/Bind messages interleave
 * on the one shared session ("bind message supplies 7 parameters, but prepared statement \"\"
 * requires 1"). That variant is skipped there, not faked.
 */
const onServer = await isServerAvailable();
if (!onServer) console.warn('BullMQ PostgreSQL backend tests skipped: no PostgreSQL server (embedded database)');

describe.each([
  { backend: 'redis' as const },
  ...(onServer ? [{ backend: 'postgres' as const }] : []),
])('BullMQ jobs on $backend', ({ backend }) => {
  const prefix = `gk-test-${randomBytes(4).toString('hex')}`;
  let kernel: Kernel;
  let driver: BullmqJobsDriver;
  let workers: RunningWorkers;

  beforeAll(async () => {
    ran.length = 0; attemptsSeen.clear(); ticks = 0; events.length = 0; slowStarted = false;
    kernel = await Kernel.boot({
      db: p.db, plugins: [probe], clock: p.clock,
      config: testConfig({ redisUrl: backend === 'redis' ? REDIS_URL : null }),
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      jobs: bullmqJobsDriver({ databaseUrl: p.database.url, prefix, backoffMs: 100 }),
    });
    if (!isBullmqDriver(kernel.jobs)) throw new Error('expected the BullMQ driver');
    driver = kernel.jobs;
    workers = await startWorkers(kernel, { concurrency: 4 });
  });

  afterAll(async () => {
    await workers?.close();
    await kernel?.close();
    if (backend === 'redis') {
      const r = new Redis(REDIS_URL);
      const keys = await r.keys(`${prefix}:*`);
      if (keys.length) await r.del(...keys);
      await r.quit();
    }
  });

  it('uses the expected backend and one queue per plugin plus the kernel', async () => {
    expect(driver.backend).toBe(backend);
    await expect(driver.ping()).resolves.toBeUndefined();
    expect(driver.queueNames()).toEqual(['gongkai.kernel', 'gongkai.job-probe']);
  });

  it('runs an enqueued job through kernel.runJob with its division and id', async () => {
    await kernel.jobs.enqueue('gongkai.job-probe', 'job-probe.record', { divisionCode: '230108', n: 1 }, { jobId: `rec-${backend}-1` });
    await waitFor(() => ran.some((r) => r.data.n === 1));
    expect(ran.find((r) => r.data.n === 1)).toEqual({ name: 'record', data: { divisionCode: '230108', n: 1 }, jobId: `rec-${backend}-1` });
  });

  it('skips jobs for a division where the plugin is disabled (re-checked by the worker)', async () => {
    await kernel.jobs.enqueue('gongkai.job-probe', 'job-probe.record', { divisionCode: '230203', n: 2 });
    await kernel.jobs.enqueue('gongkai.job-probe', 'job-probe.record', { divisionCode: '23', n: 3 });
    await waitFor(() => ran.some((r) => r.data.n === 3));
    const q = driver.queue('gongkai.job-probe');
    await waitFor(async () => ((await q.getJobCounts('completed')).completed ?? 0) >= 3);
    expect(ran.some((r) => r.data.n === 2)).toBe(false);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    await kernel.jobs.enqueue('gongkai.job-probe', 'job-probe.flaky', { divisionCode: '23' }, { jobId: `flaky-${backend}` });
    await waitFor(() => ran.some((r) => r.name === 'flaky'));
    expect(attemptsSeen.get(`flaky-${backend}`)).toBe(3);
    const job = await driver.queue('gongkai.job-probe').getJob(`flaky-${backend}`);
    expect(job?.attemptsMade).toBeGreaterThanOrEqual(2);
  });

  it('fails unknown job names without retrying them', async () => {
    await kernel.jobs.enqueue('gongkai.job-probe', 'job-probe.missing', { divisionCode: '23' }, { jobId: `missing-${backend}` });
    const q = driver.queue('gongkai.job-probe');
    await waitFor(async () => (await q.getJob(`missing-${backend}`))?.failedReason !== undefined);
    const job = await q.getJob(`missing-${backend}`);
    expect(job?.failedReason).toContain('No handler for job "job-probe.missing"');
    expect(job?.attemptsMade).toBe(1);
  });

  it('registers repeatable jobs as job schedulers and runs them', async () => {
    expect(workers.schedulers).toEqual({ 'gongkai.kernel': ['kernel.events.dispatch'], 'gongkai.job-probe': ['job-probe.tick', 'job-probe.nightly'] });
    const schedulers = await driver.queue('gongkai.job-probe').getJobSchedulers();
    expect(schedulers.map((s) => s.key).sort()).toEqual(['job-probe.nightly', 'job-probe.tick']);
    expect(schedulers.find((s) => s.key === 'job-probe.nightly')).toMatchObject({ pattern: '0 2 * * *', tz: 'Asia/Shanghai' });
    expect(schedulers.find((s) => s.key === 'job-probe.tick')).toMatchObject({ every: 250 });
    await waitFor(() => ticks >= 3);
  });

  it('removes schedulers that are no longer declared, and upserts idempotently', async () => {
    const q = driver.queue('gongkai.job-probe');
    await q.upsertJobScheduler('job-probe.retired', { every: 60_000 }, { name: 'job-probe.retired', data: { divisionCode: null } });
    await syncSchedulers(kernel, driver);
    await syncSchedulers(kernel, driver);
    expect((await q.getJobSchedulers()).map((s) => s.key).sort()).toEqual(['job-probe.nightly', 'job-probe.tick']);
    expect((await driver.queue('gongkai.kernel').getJobSchedulers()).map((s) => s.key)).toEqual(['kernel.events.dispatch']);
  });

  it('delivers outbox events through the kernel queue after a commit', async () => {
    await p.db.$transaction(async (tx) => {
      const ctx = kernel.pluginContext('job-probe', tx, () => {});
      await ctx.emit('job-probe.pinged', '23', { n: 7 });
    });
    // No after-commit kick here: the periodic dispatcher (every 3 s) picks the event up.
    await waitFor(() => events.includes('7'));
    const ctx = kernel.pluginContext('job-probe', kernel.db);
    await ctx.emit('job-probe.pinged', '23', { n: 8 }); // kicked at once
    await waitFor(() => events.includes('8'));
    expect(events.filter((e) => e === '7')).toHaveLength(1);
  });

  it('rejects payloads without divisionCode and jobs on the wrong queue', async () => {
    await expect(kernel.jobs.enqueue('gongkai.job-probe', 'job-probe.record', { n: 1 })).rejects.toThrow('divisionCode');
    await expect(kernel.jobs.enqueue('gongkai.job-probe', 'other.record', { divisionCode: null })).rejects.toThrow('does not belong');
    await expect(kernel.jobs.enqueue('gongkai.nope', 'nope.record', { divisionCode: null })).rejects.toThrow('Unknown queue');
  });

  it('closes gracefully: a running job finishes before close() resolves', async () => {
    await kernel.jobs.enqueue('gongkai.job-probe', 'job-probe.slow', { divisionCode: '23', n: 9 });
    await waitFor(() => slowStarted);
    await workers.close();
    expect(ran.some((r) => r.name === 'slow')).toBe(true);
  });
});
