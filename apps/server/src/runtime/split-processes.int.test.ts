// `gongkai serve` and `gongkai work` as separate platforms on one database: a job enqueued by the
// API platform is run by the worker platform, on BullMQ's PostgreSQL backend and on Redis.
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@gongkai/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeBoardPlugin, pings } from '../test-fixtures/notice-board';
import { testServerConfig } from '../test-support';
import { startPlatform, type Platform } from './platform';

let database: TestDatabase;
const running: Platform[] = [];
const logger = pino({ level: 'silent' });

beforeAll(async () => { database = await createTestDatabase(); });
afterAll(async () => {
  for (const p of running.reverse()) await p.close();
  await database?.drop();
});

async function until(check: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function apiAndWorker(env: Record<string, string>) {
  const config = testServerConfig({ DATABASE_URL: database.url, ...env });
  // The API listens for real, on the address HOST and PORT name (0: a free port).
  const api = await startPlatform('api', { config: { ...config, host: '127.0.0.1', port: 0 }, logger, plugins: [noticeBoardPlugin], print: () => {} });
  running.push(api);
  const worker = await startPlatform('worker', { config, logger, plugins: [noticeBoardPlugin] });
  running.push(worker);
  return { api, worker };
}

describe('API and worker processes apart', () => {
  it('refuses `work` on the embedded database', async () => {
    await expect(startPlatform('worker', { config: testServerConfig({}), logger })).rejects.toThrow(/DATABASE_URL/);
  });

  for (const backend of ['postgres', 'redis'] as const) {
    it(`runs jobs enqueued by the API in the worker (${backend})`, async () => {
      const env: Record<string, string> = backend === 'redis'
        ? { REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', GONGKAI_QUEUE_PREFIX: `gktest-${randomBytes(4).toString('hex')}` }
        : {};
      const { api, worker } = await apiAndWorker(env);
      expect(api.jobs.kind).toBe(backend);
      expect(api.http).not.toBeNull();
      expect(worker.http).toBeNull();
      expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const ready = await fetch(`${api.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as { checks: { jobs: string } }).checks.jobs).toBe('ok');
      const n = Math.floor(Math.random() * 1e9);
      await api.kernel.jobs.enqueue('gongkai.notice-board', 'notice-board.ping', { divisionCode: null, n });
      await until(() => pings.includes(n));
      await worker.close();
      await api.close();
      running.length = 0;
    }, 120_000);
  }
});
