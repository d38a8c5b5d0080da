import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Tx } from '@gongkai/db';
import { createTestPlatform, type TestPlatform } from '@gongkai/testing';
import { definePlugin, type EventEnvelope, type PluginContext } from '../index';
import { dispatchOutbox } from './dispatcher';

/** Calls per `<handler>:<eventId>`, and a switch to make a handler fail its first call per event. */
const calls = new Map<string, number>();
const failOnce = new Set<string>();
let delayMs = 0;

async function record(handler: string, e: EventEnvelope, ctx: { db: Pick<Tx, '$executeRaw'> }) {
  const key = `${handler}:${e.id}`;
  const n = (calls.get(key) ?? 0) + 1;
  calls.set(key, n);
  // A database effect in the handler's transaction: rolled back with the handler when it fails.
  await ctx.db.$executeRaw`INSERT INTO test_effect (event_id, handler) VALUES (${e.id}, ${handler})`;
  if (delayMs) await new Promise((r) => setTimeout(r, Math.random() * delayMs));
  if (failOnce.has(key)) { failOnce.delete(key); throw new Error(`${handler} fails once`); }
}

const alpha = definePlugin({
  id: 'ev-alpha', title: '事件甲',
  events: {
    'ev-test.happened': (e, ctx) => record('alpha', e, ctx),
    'ev-test.chain': async (e, ctx: PluginContext) => { await record('alpha', e, ctx); await ctx.emit('ev-test.followup', e.divisionCode, { from: String(e.id) }); },
    'ev-test.followup': (e, ctx) => record('alpha', e, ctx),
  },
});
const beta = definePlugin({
  id: 'ev-beta', title: '事件乙',
  events: { 'ev-test.happened': (e, ctx) => record('beta', e, ctx) },
});

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform({ plugins: [alpha, beta] });
  await p.setPlugin('23', 'ev-alpha', true);
  await p.setPlugin('23', 'ev-beta', true);
  await p.setPlugin('2302', 'ev-beta', false);
  await p.db.$executeRawUnsafe('CREATE TABLE test_effect (event_id bigint NOT NULL, handler text NOT NULL, PRIMARY KEY (event_id, handler))');
  p.kernel.events.subscribe('ev-test.happened', 'counter', (e, tx) => record('kernel', e, { db: tx }));
});
afterAll(async () => { await p?.close(); });
beforeEach(async () => {
  calls.clear(); failOnce.clear(); delayMs = 0;
  await dispatchOutbox(p.kernel); // leave nothing from an earlier test
});

async function emit(type: string, divisionCode: string | null, n = 1): Promise<bigint[]> {
  return p.db.$transaction(async (tx) => {
    const ids: bigint[] = [];
    for (let i = 0; i < n; i++) ids.push(await p.kernel.events.emit(tx as Tx, { type, divisionCode, pluginId: 'ev-alpha', payload: { i } }));
    return ids;
  });
}

const effects = async (id: bigint) => (await p.db.$queryRaw<{ handler: string }[]>`SELECT handler FROM test_effect WHERE event_id = ${id} ORDER BY handler`).map((r) => r.handler);

describe('outbox dispatcher', () => {
  it('delivers a committed event to every plugin and kernel handler once, and marks it dispatched', async () => {
    const [id] = await emit('ev-test.happened', '230108');
    const r = await dispatchOutbox(p.kernel);
    expect(r).toEqual({ events: 1, delivered: 3, skipped: 0, failed: 0 });
    expect([...calls.entries()].sort()).toEqual([[`alpha:${id}`, 1], [`beta:${id}`, 1], [`kernel:${id}`, 1]]);
    expect(await effects(id!)).toEqual(['alpha', 'beta', 'kernel']);
    const deliveries = await p.db.eventDelivery.findMany({ where: { eventId: id! }, orderBy: { handler: 'asc' } });
    expect(deliveries.map((d) => d.handler)).toEqual(['kernel:counter', 'plugin:ev-alpha', 'plugin:ev-beta']);
    expect((await p.db.outboxEvent.findUniqueOrThrow({ where: { id: id! } })).dispatchedAt).not.toBeNull();
    expect(await dispatchOutbox(p.kernel)).toEqual({ events: 0, delivered: 0, skipped: 0, failed: 0 });
  });

  it('never sees an event whose transaction rolled back', async () => {
    const before = await p.db.outboxEvent.count();
    await expect(p.db.$transaction(async (tx) => {
      await p.kernel.events.emit(tx as Tx, { type: 'ev-test.happened', divisionCode: '23', payload: {} });
      throw new Error('mutation failed');
    })).rejects.toThrow('mutation failed');
    expect(await p.db.outboxEvent.count()).toBe(before);
  });

  it('retries only the failed handler, once more, after backoff; its partial effects were rolled back', async () => {
    const [id] = await emit('ev-test.happened', '230108');
    failOnce.add(`beta:${id}`);
    const first = await dispatchOutbox(p.kernel);
    expect(first).toEqual({ events: 1, delivered: 2, skipped: 0, failed: 1 });
    const ev = await p.db.outboxEvent.findUniqueOrThrow({ where: { id: id! } });
    expect(ev).toMatchObject({ dispatchedAt: null, attempts: 1 });
    expect(ev.lastError).toContain('plugin:ev-beta: beta fails once');
    expect(ev.availableAt.getTime()).toBeGreaterThan(Date.now() + 3_000); // default backoff: 5 s
    expect(await effects(id!)).toEqual(['alpha', 'kernel']); // beta's insert was rolled back

    // Not retried before its backoff has passed.
    expect((await dispatchOutbox(p.kernel)).events).toBe(0);
    await p.db.outboxEvent.update({ where: { id: id! }, data: { availableAt: new Date(Date.now() - 1000) } });

    const second = await dispatchOutbox(p.kernel);
    expect(second).toEqual({ events: 1, delivered: 1, skipped: 0, failed: 0 });
    expect(calls.get(`alpha:${id}`)).toBe(1);
    expect(calls.get(`kernel:${id}`)).toBe(1);
    expect(calls.get(`beta:${id}`)).toBe(2);
    expect(await effects(id!)).toEqual(['alpha', 'beta', 'kernel']);
    const done = await p.db.outboxEvent.findUniqueOrThrow({ where: { id: id! } });
    expect(done.dispatchedAt).not.toBeNull();
    expect(done.lastError).toBeNull();
  });

  it('does not retry a failed event in the same run, even with no backoff', async () => {
    const [id] = await emit('ev-test.happened', '23');
    failOnce.add(`alpha:${id}`);
    expect(await dispatchOutbox(p.kernel, { backoffMs: 0 })).toMatchObject({ events: 1, failed: 1 });
    expect(await dispatchOutbox(p.kernel, { backoffMs: 0 })).toMatchObject({ events: 1, delivered: 1, failed: 0 });
    expect(calls.get(`alpha:${id}`)).toBe(2);
  });

  it('skips, and records, handlers whose plugin is disabled for the event division', async () => {
    const [id] = await emit('ev-test.happened', '230203');
    expect(await dispatchOutbox(p.kernel)).toEqual({ events: 1, delivered: 2, skipped: 1, failed: 0 });
    expect(calls.has(`beta:${id}`)).toBe(false);
    expect(await p.db.eventDelivery.findUniqueOrThrow({ where: { eventId_handler: { eventId: id!, handler: 'plugin:ev-beta' } } })).toMatchObject({ skipped: true });
  });

  it('delivers events that handlers emit in the same run', async () => {
    const [id] = await emit('ev-test.chain', '23');
    const r = await dispatchOutbox(p.kernel);
    // The follow-up is delivered by this run's loop or by the dispatcher its commit kicked.
    await (p.kernel.jobs as unknown as { drain(): Promise<void> }).drain();
    expect(r).toMatchObject({ failed: 0 });
    const follow = await p.db.outboxEvent.findFirstOrThrow({ where: { type: 'ev-test.followup' }, orderBy: { id: 'desc' } });
    expect(follow.payload).toEqual({ from: String(id) });
    expect(follow.pluginId).toBe('ev-alpha');
    expect(follow.dispatchedAt).not.toBeNull();
    expect(calls.get(`alpha:${follow.id}`)).toBe(1);
  });

  it('never delivers the same (event, handler) twice with concurrent dispatchers', async () => {
    const ids = await emit('ev-test.happened', '23', 60);
    // A few handlers fail once, so redelivery races with first deliveries too.
    for (const id of ids.filter((_, i) => i % 7 === 0)) failOnce.add(`beta:${id}`);
    delayMs = 5;
    const runs = await Promise.all([1, 2, 3, 4].map(() => dispatchOutbox(p.kernel, { backoffMs: 0 })));
    const again = await Promise.all([1, 2, 3].map(() => dispatchOutbox(p.kernel, { backoffMs: 0 })));
    const total = [...runs, ...again].reduce((a, r) => ({ events: a.events + r.events, delivered: a.delivered + r.delivered, failed: a.failed + r.failed }), { events: 0, delivered: 0, failed: 0 });
    expect(runs.filter((r) => r.events > 0).length).toBeGreaterThan(1); // the work really was shared
    expect(total.delivered).toBe(60 * 3);
    expect(total.failed).toBe(9);
    for (const id of ids) {
      expect(calls.get(`alpha:${id}`)).toBe(1);
      expect(calls.get(`kernel:${id}`)).toBe(1);
      expect(calls.get(`beta:${id}`)).toBe(ids.indexOf(id) % 7 === 0 ? 2 : 1);
    }
    const rows = await p.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM test_effect WHERE event_id = ANY(${ids}::bigint[])`;
    expect(Number(rows[0]!.n)).toBe(60 * 3);
    expect(await p.db.outboxEvent.count({ where: { id: { in: ids }, dispatchedAt: null } })).toBe(0);
  });

  it('is kicked after a plugin emits, through the jobs driver', async () => {
    const ctx = p.kernel.pluginContext('ev-alpha', p.db);
    const id = await ctx.emit('ev-test.happened', '23', { via: 'context' });
    await (p.kernel.jobs as unknown as { drain(): Promise<void> }).drain();
    expect(calls.get(`alpha:${id}`)).toBe(1);
    expect((await p.db.outboxEvent.findUniqueOrThrow({ where: { id } })).dispatchedAt).not.toBeNull();
  });

  it('rejects malformed event types', async () => {
    await expect(p.kernel.events.emit(p.db, { type: 'no-dot', payload: {} })).rejects.toThrow('Invalid event type');
    await expect(p.kernel.events.emit(p.db, { type: 'x.' + 'a'.repeat(200), payload: {} })).rejects.toThrow('Invalid event type');
  });
});
