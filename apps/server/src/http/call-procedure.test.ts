import { initTRPC, TRPCError } from '@trpc/server';
import type { AnyProcedure } from '@trpc/server/unstable-core-do-not-import';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callProcedure, stepKinds } from './call-procedure';

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
  twoInputs: t.procedure.input(z.object({ a: z.string() })).input(z.object({ b: z.number() })).query(({ input }) => input),
  inputSeenByMiddleware: t.procedure.input(z.object({ id: z.string().trim() }))
    .use(({ input, next }) => next({ ctx: { trail: [`input:${JSON.stringify(input)}`] } }))
    .query(({ ctx, input }) => ({ input, trail: ctx.trail })),
  asyncInput: t.procedure.input(z.object({ id: z.string() }).refine(async (v) => v.id !== 'no', { message: 'not no' })).query(({ input }) => input),
  asyncOutput: t.procedure.output(z.object({ n: z.number() }).transform(async (v) => ({ n: v.n * 2 }))).query(() => ({ n: 21 })),
  outputOverNothing: t.procedure.output(z.object({ n: z.number() })).use((() => undefined) as never).query(() => ({ n: 1 })),
  asyncResolver: t.procedure.input(z.string()).query(async ({ input }) => { await new Promise((r) => setTimeout(r, 1)); if (input === 'x') throw new TRPCError({ code: 'NOT_FOUND', message: 'gone' }); return input.toUpperCase(); }),
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
  ['twoInputs', { user: null, trail: [] }, { a: 'x', b: 2 }],
  ['twoInputs', { user: null, trail: [] }, { a: 'x', b: 'two' }],
  ['inputSeenByMiddleware', { user: null, trail: [] }, { id: '  padded  ' }],
  ['asyncInput', { user: null, trail: [] }, { id: 'yes' }],
  ['asyncInput', { user: null, trail: [] }, { id: 'no' }],
  ['asyncOutput', { user: null, trail: [] }, undefined],
  ['outputOverNothing', { user: null, trail: [] }, undefined],
  ['asyncResolver', { user: null, trail: [] }, 'abc'],
  ['asyncResolver', { user: null, trail: [] }, 'x'],
  ['asyncResolver', { user: null, trail: [] }, 42],
];

describe('callProcedure', () => {
  it.each(cases)('%s answers as tRPC’s own call does (%#)', async (path, ctx, input) => {
    const proc = procedures[path]!;
    const opts = () => ({ path, ctx: { ...ctx }, type: 'query' as const, getRawInput: async () => input, signal: undefined, batchIndex: 0 });
    const ours = await outcome(() => callProcedure(proc, opts()));
    const theirs = await outcome(() => proc(opts()));
    expect(ours).toEqual(theirs);
    // The same when the caller hands over the raw input it already has.
    expect(await outcome(() => callProcedure(proc, { ...opts(), rawInput: input }))).toEqual(theirs);
  });

  it('runs parsers and the resolver as steps of the plan, in tRPC\'s order', () => {
    expect(stepKinds(procedures.echo!)).toEqual(['middleware', 'input', 'output', 'resolve']);
    expect(stepKinds(procedures.twoInputs!)).toEqual(['input', 'input', 'resolve']);
    expect(stepKinds(procedures.inputSeenByMiddleware!)).toEqual(['input', 'middleware', 'resolve']);
    expect(stepKinds(procedures.me!)).toEqual(['middleware', 'middleware', 'resolve']);
  });

  it('fails as tRPC does when getRawInput rejects', async () => {
    const failing = async () => { throw new TRPCError({ code: 'PARSE_ERROR', message: 'bad JSON' }); };
    const opts = () => ({ path: 'echo', ctx: { user: null, trail: [] }, type: 'query' as const, getRawInput: failing, signal: undefined, batchIndex: 0 });
    const ours = await outcome(() => callProcedure(procedures.echo!, opts()));
    expect(ours).toEqual(await outcome(() => procedures.echo!(opts())));
    expect(ours).toMatchObject({ ok: false, code: 'PARSE_ERROR' });
  });

  it('passes the merged context and meta down the chain', async () => {
    const r = await callProcedure(procedures.echo!, { path: 'echo', ctx: { user: null, trail: ['x'] }, type: 'query', getRawInput: async () => ({ id: 'abc' }), signal: undefined, batchIndex: 0 });
    expect(r).toEqual({ id: 'abc', trail: ['x', 'seen:e:echo:query'] });
  });
});
