import { initTRPC, TRPCError } from '@trpc/server';
import type { AnyProcedure } from '@trpc/server/unstable-core-do-not-import';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callProcedure } from './call-procedure';

interface Ctx { user: string | null; trail: string[] }
const t = initTRPC.context<Ctx>().meta<{ tag?: string }>().create();
const seen = t.middleware(({ ctx, meta, path, type, next }) => next({ ctx: { trail: [...ctx.trail, `seen:${meta?.tag ?? '-'}:${path}:${type}`] } }));
const authed = t.procedure.use(seen).use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in' });
  return next({ ctx: { user: ctx.user } });
});
const router = t.router({
  echo: t.procedure.use(seen).meta({ tag: 'e' }).input(z.object({ id: z.string().min(2) }).strict()).output(z.object({ id: z.string(), trail: z.array(z.string()) }))
    .query(({ ctx, input }) => ({ id: input.id, trail: ctx.trail })),
  me: authed.query(({ ctx }) => ({ user: ctx.user, trail: ctx.trail })),
  boom: t.procedure.query(() => { throw new Error('kaput'); }),
  badOutput: t.procedure.output(z.object({ n: z.number() })).query(() => ({ n: 'not a number' }) as unknown as { n: number }),
  mergeInput: t.procedure.use(({ next }) => next({ input: { from: 'middleware', id: 'overridden' } })).input(z.object({ id: z.string() }))
    .query(({ input }) => input),
  swapRawInput: t.procedure.use(({ next }) => next({ getRawInput: async () => ({ id: 'swapped' }) })).input(z.object({ id: z.string() }))
    .query(({ input }) => input),
  noNext: t.procedure.use((() => undefined) as never).query(() => 'never'),
});

type Outcome = { ok: true; data: unknown } | { ok: false; code: string; message: string; cause: string | undefined };
async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, data: await run() };
  } catch (err) {
    const e = err as TRPCError;
    return { ok: false, code: e.code, message: e.message, cause: e.cause?.message };
  }
}

const procedures = router._def.procedures as Record<string, AnyProcedure>;
const cases: [string, Ctx, unknown][] = [
  ['echo', { user: null, trail: [] }, { id: 'abc' }],
  ['echo', { user: null, trail: [] }, { id: 'a' }],
  ['echo', { user: null, trail: [] }, { id: 'abc', extra: 1 }],
  ['me', { user: 'u1', trail: ['start'] }, undefined],
  ['me', { user: null, trail: [] }, undefined],
  ['boom', { user: null, trail: [] }, undefined],
  ['badOutput', { user: null, trail: [] }, undefined],
  ['mergeInput', { user: null, trail: [] }, { id: 'original' }],
  ['swapRawInput', { user: null, trail: [] }, { id: 'original' }],
  ['noNext', { user: null, trail: [] }, undefined],
];

describe('callProcedure', () => {
  it.each(cases)('%s answers as tRPC’s own call does (%#)', async (path, ctx, input) => {
    const proc = procedures[path]!;
    const opts = () => ({ path, ctx: { ...ctx }, type: 'query' as const, getRawInput: async () => input, signal: undefined, batchIndex: 0 });
    const ours = await outcome(() => callProcedure(proc, opts()));
    const theirs = await outcome(() => proc(opts()));
    expect(ours).toEqual(theirs);
  });

  it('passes the merged context and meta down the chain', async () => {
    const r = await callProcedure(procedures.echo!, { path: 'echo', ctx: { user: null, trail: ['x'] }, type: 'query', getRawInput: async () => ({ id: 'abc' }), signal: undefined, batchIndex: 0 });
    expect(r).toEqual({ id: 'abc', trail: ['x', 'seen:e:echo:query'] });
  });
});
