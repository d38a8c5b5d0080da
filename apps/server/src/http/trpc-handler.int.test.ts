// The GET paths of trpc-handler.ts answer exactly as tRPC's stock Fastify adapter does: the same
// status, content type, Vary header and body, for successes, every kind of error and batches.
import { createAppRouter, createContext, memoryCookieJar, publicProcedure, router, t, type Kernel } from '@gongkai/kernel';
import { createTestPlatform } from '@gongkai/testing';
import type { AnyRouter } from '@trpc/server';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import superjson from 'superjson';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerTrpcRoutes } from './trpc-handler';

let platform: Awaited<ReturnType<typeof createTestPlatform>>;
let stock: FastifyInstance;
let lean: FastifyInstance;
const errors: { adapter: string; code: string; path: string | undefined }[] = [];

function optionsFor(kernel: Kernel, appRouter: AnyRouter, adapter: string): FastifyTRPCPluginOptions<AnyRouter>['trpcOptions'] {
  return {
    router: appRouter,
    createContext: ({ info }) => {
      if (info.calls.some((c) => c.path === 'probe.refusedContext')) throw new Error('context refused');
      return createContext({ kernel, principal: null, cookies: memoryCookieJar(), meta: { requestId: 'req-1', ip: '127.0.0.1', userAgent: null } });
    },
    onError: ({ error, path }) => { errors.push({ adapter, code: error.code, path }); },
  };
}

beforeAll(async () => {
  platform = await createTestPlatform({});
  const probe = router({
    echo: publicProcedure.input(z.object({ when: z.date(), n: z.number().int().max(10) }).strict()).query(({ input }) => ({ when: input.when, twice: input.n * 2 })),
    fails: publicProcedure.query(() => { throw new Error('database exploded'); }),
    refusedContext: publicProcedure.query(() => 'never'),
    stream: publicProcedure.query(async function* () { yield 1; }),
    deferred: publicProcedure.query(() => ({ now: 1, later: Promise.resolve(2) })),
    plainObject: publicProcedure.query(() => ({ a: 1, nested: { b: [1, 'x', null] } })),
  });
  const appRouter = t.mergeRouters(createAppRouter([]), router({ probe }));
  stock = Fastify();
  await stock.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions: optionsFor(platform.kernel, appRouter, 'stock') });
  lean = Fastify();
  await registerTrpcRoutes(lean, '/trpc', optionsFor(platform.kernel, appRouter, 'lean'));
});

afterAll(async () => {
  await stock?.close();
  await lean?.close();
  await platform?.close();
});

const input = (v: unknown) => encodeURIComponent(JSON.stringify(superjson.serialize(v)));
const batch = (...vs: unknown[]) => encodeURIComponent(JSON.stringify(Object.fromEntries(vs.map((v, i) => [i, superjson.serialize(v)]))));

const cases: [string, string][] = [
  ['query without input', '/trpc/catalogue.topics'],
  ['query with transformed input (a Date)', `/trpc/probe.echo?input=${input({ when: new Date('2026-10-01T00:00:00Z'), n: 4 })}`],
  ['invalid input (names the field)', `/trpc/probe.echo?input=${input({ when: new Date('2026-10-01T00:00:00Z'), n: 11 })}`],
  ['unknown field', `/trpc/probe.echo?input=${input({ when: new Date(), n: 1, extra: true })}`],
  ['input that is not JSON', '/trpc/probe.echo?input=%7Bnot-json'],
  ['NOT_FOUND from the handler', `/trpc/catalogue.item?input=${input({ id: 'c0000000000000000000000000' })}`],
  ['UNAUTHORIZED from a middleware', '/trpc/users.list'],
  ['internal error (masked by onError elsewhere)', '/trpc/probe.fails'],
  ['createContext throws', '/trpc/probe.refusedContext'],
  ['a stream from a plain query', '/trpc/probe.stream'],
  ['an object holding a promise (stream-like)', '/trpc/probe.deferred'],
  ['a plain object', '/trpc/probe.plainObject'],
  ['unknown procedure', '/trpc/no.such.procedure'],
  ['mutation by GET', '/trpc/auth.logout'],
  ['batch of two', `/trpc/catalogue.topics,probe.echo?batch=1&input=${batch(undefined, { when: new Date('2026-01-01T00:00:00Z'), n: 2 })}`],
  ['batch with an error (207)', `/trpc/catalogue.topics,probe.fails?batch=1&input=${batch(undefined, undefined)}`],
];

describe('tRPC GET calls: the lean paths answer as the stock adapter does', () => {
  it.each(cases)('%s', async (_name, url) => {
    errors.length = 0;
    const [a, b] = await Promise.all([stock.inject({ method: 'GET', url }), lean.inject({ method: 'GET', url })]);
    expect(b.statusCode).toBe(a.statusCode);
    expect(b.headers['content-type']).toBe(a.headers['content-type']);
    expect(b.headers.vary).toBe(a.headers.vary);
    expect(b.body).toBe(a.body);
    expect(b.headers['content-length']).toBe(String(Buffer.byteLength(b.body)));
    // onError saw the same errors on both sides.
    const seen = (adapter: string) => errors.filter((e) => e.adapter === adapter).map(({ code, path }) => ({ code, path }));
    expect(seen('lean')).toEqual(seen('stock'));
  });

  it('really exercises success and error bodies', async () => {
    const ok = await lean.inject(`/trpc/probe.echo?input=${input({ when: new Date('2026-10-01T00:00:00Z'), n: 4 })}`);
    expect(superjson.deserialize(ok.json().result.data)).toEqual({ when: new Date('2026-10-01T00:00:00Z'), twice: 8 });
    const bad = await lean.inject(`/trpc/probe.echo?input=${input({ when: new Date(), n: 11 })}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.json.message).toContain('n');
  });

  it('leaves POST (mutations) to the stock adapter', async () => {
    const res = await lean.inject({ method: 'POST', url: '/trpc/auth.logout', payload: { json: null } });
    const ref = await stock.inject({ method: 'POST', url: '/trpc/auth.logout', payload: { json: null } });
    expect(res.statusCode).toBe(ref.statusCode);
    expect(res.body).toBe(ref.body);
  });
});
