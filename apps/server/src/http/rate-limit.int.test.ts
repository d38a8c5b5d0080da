// The rate-limit stores: fixed windows, bounded memory, and counts shared through Redis by every
// API process (two stores on one Redis stand for two processes). The HTTP behaviour — budgets,
// headers, 429 in the tRPC shape — is in app.int.test.ts.
import Fastify from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryRateLimitStore, RedisRateLimitStore, registerRateLimit } from './rate-limit';

describe('MemoryRateLimitStore', () => {
  it('counts per key within a window and starts a new window when it has ended', () => {
    let now = 1_000_000;
    const store = new MemoryRateLimitStore(() => now);
    expect(store.hit('a', 60_000)).toEqual({ count: 1, resetAt: 1_060_000 });
    now += 1000;
    expect(store.hit('a', 60_000).count).toBe(2);
    expect(store.hit('b', 60_000)).toEqual({ count: 1, resetAt: 1_061_000 });
    now = 1_060_000; // a's window has ended, b's has not
    expect(store.hit('a', 60_000)).toEqual({ count: 1, resetAt: 1_120_000 });
    expect(store.hit('b', 60_000).count).toBe(2);
  });

  it('drops ended windows and keeps at most maxKeys keys, the oldest going first', () => {
    let now = 0;
    const store = new MemoryRateLimitStore(() => now, 3);
    for (const k of ['a', 'b', 'c']) store.hit(k, 60_000);
    store.hit('d', 60_000);
    expect(store.size).toBe(3);
    // 'a' went (the oldest): it starts again at 1.
    expect(store.hit('a', 60_000).count).toBe(1);
    expect(store.hit('d', 60_000).count).toBe(2);
    now = 120_000; // every window has ended: a new key clears them all
    store.hit('e', 60_000);
    expect(store.size).toBe(1);
  });
});

describe('RedisRateLimitStore', () => {
  const a = new Redis('redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  const b = new Redis('redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  const prefix = `gongkai-rate-limit-test-${process.pid}-${Date.now()}:`;
  afterAll(async () => {
    const keys = await a.keys(`${prefix}*`);
    if (keys.length) await a.del(...keys);
    a.disconnect();
    b.disconnect();
  });

  it('shares one count between processes, and the window\'s expiry is set once, by its first hit', async () => {
    const one = new RedisRateLimitStore(a, prefix);
    const two = new RedisRateLimitStore(b, prefix);
    const start = Date.now();
    const first = await one.hit('10.0.0.1', 2000);
    expect(first.count).toBe(1);
    expect(first.resetAt).toBeGreaterThan(start + 1500);
    expect(first.resetAt).toBeLessThanOrEqual(Date.now() + 2000);
    expect((await two.hit('10.0.0.1', 2000)).count).toBe(2);
    await new Promise((r) => setTimeout(r, 300));
    const third = await one.hit('10.0.0.1', 2000);
    expect(third.count).toBe(3);
    // Later hits did not extend the window.
    expect(third.resetAt).toBeLessThanOrEqual(first.resetAt + 50);
    expect((await two.hit('10.0.0.2', 2000)).count).toBe(1);
    await new Promise((r) => setTimeout(r, 2000 - (Date.now() - start) + 100));
    expect((await two.hit('10.0.0.1', 2000)).count).toBe(1);
  });

  it('rejects when Redis cannot be reached (the hook then serves the request and logs it)', async () => {
    const down = new Redis('redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    down.on('error', () => {});
    await expect(new RedisRateLimitStore(down, prefix).hit('x', 1000)).rejects.toThrow();
    const app = Fastify();
    registerRateLimit(app, { perMinute: 1, loginPerMinute: 1, redis: down, prefixes: ['/api/'] });
    app.get('/api/x', async () => ({ ok: true }));
    const res = await app.inject('/api/x');
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-ratelimit-limit']).toBeUndefined();
    await app.close();
    down.disconnect();
  });
});

describe('registerRateLimit', () => {
  async function appOn(redis: Redis | null) {
    const app = Fastify();
    registerRateLimit(app, { perMinute: 2, loginPerMinute: 1, redis, prefixes: ['/api/', '/trpc/'] });
    app.get('/api/x', async () => ({ ok: true }));
    app.get('/healthz', async () => ({ ok: true }));
    await app.ready();
    return app;
  }

  it('answers with the budget headers, refuses with 429 and Retry-After past it, and leaves other paths alone', async () => {
    const app = await appOn(null);
    const first = await app.inject({ url: '/api/x', remoteAddress: '10.1.1.1' });
    expect(first.statusCode).toBe(200);
    expect(first.headers).toMatchObject({ 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': '60' });
    expect((await app.inject({ url: '/api/x', remoteAddress: '10.1.1.1' })).headers['x-ratelimit-remaining']).toBe('0');
    const refused = await app.inject({ url: '/api/x', remoteAddress: '10.1.1.1' });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.json().message).toMatch(/请求过于频繁，请 60 秒后再试/);
    expect((await app.inject({ url: '/api/x', remoteAddress: '10.1.1.2' })).statusCode).toBe(200);
    for (let i = 0; i < 3; i++) expect((await app.inject({ url: '/healthz', remoteAddress: '10.1.1.1' })).statusCode).toBe(200);
    await app.close();
  });

  it('with Redis, two API processes share the budget', async () => {
    const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
    const ip = `10.2.${process.pid % 250}.${Date.now() % 250}`;
    const [one, two] = [await appOn(redis), await appOn(redis)];
    expect((await one.inject({ url: '/api/x', remoteAddress: ip })).statusCode).toBe(200);
    expect((await two.inject({ url: '/api/x', remoteAddress: ip })).statusCode).toBe(200);
    expect((await one.inject({ url: '/api/x', remoteAddress: ip })).statusCode).toBe(429);
    await one.close();
    await two.close();
    await redis.del(`gongkai-rate-limit:${ip}`);
    redis.disconnect();
  });
});
