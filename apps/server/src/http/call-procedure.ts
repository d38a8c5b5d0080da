// Calls a tRPC procedure as its own caller does (tRPC 11's createProcedureCaller/callRecursive):
// each middleware gets the call options with the procedure's meta and a `next` that merges the
// context and input it is given, and a throw anywhere becomes a failed result with the TRPCError.
// Two costs of tRPC's own caller are avoided:
//  - its build copies the option objects with a transpiled spread helper (ownKeys + defineProperty
//    per key), twice per middleware and once more per context override. Here the options are
//    object literals of one fixed shape, and only a context override is spread;
//  - the input parser, output parser and resolver are each an async middleware (a promise, a
//    microtask and a copied result each). Here they are steps of a plan made once per procedure:
//    the parser is called directly (tRPC's own getParseFn, so the same sync-then-async rule), and
//    a promise is made only where the parser or resolver returns one.
// Order is kept: a step runs where tRPC would run its middleware. A procedure whose inputs and
// input middlewares do not pair up (not something tRPC's builder makes) runs every middleware as is.
// call-procedure.test.ts checks it against tRPC's own call, result and error alike.
import { getParseFn, getTRPCErrorFromUnknown, isObject, isPromise, middlewareMarker, TRPCError, type AnyProcedure, type ProcedureCallOptions } from '@trpc/server/unstable-core-do-not-import';

/** What the HTTP handler passes, as it would to `procedure(opts)`. */
export type CallOptions = Pick<ProcedureCallOptions<unknown>, 'path' | 'getRawInput' | 'ctx' | 'type' | 'signal' | 'batchIndex'> & {
  /** The raw input, when the caller already has it (what `getRawInput` resolves to): saves a promise. */
  rawInput?: unknown;
};
interface State extends Omit<CallOptions, 'rawInput'> { input: unknown; raw: unknown }
interface NextOptions { ctx?: Record<string, unknown>; input?: unknown; getRawInput?: CallOptions['getRawInput'] }
type Result = { ok: true; data: unknown; ctx?: unknown; marker: typeof middlewareMarker } | { ok: false; error: TRPCError; marker: typeof middlewareMarker };
type Middleware = ((opts: Omit<State, 'raw'> & { meta: unknown; next: (o?: NextOptions) => Promise<Result> }) => Promise<Result>) & { _type?: string };
type Resolver = (opts: Omit<State, 'raw'> & { meta: unknown }) => unknown;
interface Def { middlewares: Middleware[]; inputs: unknown[]; output?: unknown; resolver?: Resolver; meta: unknown; caller?: unknown; experimental_caller?: boolean }

type Parse = (value: unknown) => unknown;
type Step =
  | { kind: 'middleware'; middleware: Middleware }
  | { kind: 'input'; parse: Parse }
  | { kind: 'output'; parse: Parse }
  | { kind: 'resolve'; resolver: Resolver };
interface Plan { def: Def; steps: Step[] }

/** `getRawInput` has not been called and its value is not known. */
const UNKNOWN = Symbol('raw input not known');

const plans = new WeakMap<Def, Plan>();

function planOf(def: Def): Plan {
  let plan = plans.get(def);
  if (plan) return plan;
  const inputMiddlewares = def.middlewares.filter((m) => m._type === 'input').length;
  const outputMiddlewares = def.middlewares.filter((m) => m._type === 'output').length;
  const paired = inputMiddlewares === def.inputs.length && outputMiddlewares === (def.output === undefined ? 0 : 1);
  let nextInput = 0;
  const last = def.middlewares.length - 1;
  const steps = def.middlewares.map((middleware, i): Step => {
    if (paired && middleware._type === 'input') return { kind: 'input', parse: getParseFn(def.inputs[nextInput++] as never) as Parse };
    if (paired && middleware._type === 'output') return { kind: 'output', parse: getParseFn(def.output as never) as Parse };
    if (i === last && def.resolver && middleware.name === 'resolveMiddleware') return { kind: 'resolve', resolver: def.resolver };
    return { kind: 'middleware', middleware };
  });
  plan = { def, steps };
  plans.set(def, plan);
  return plan;
}

/** The kinds of the plan's steps (for tests: the parsers and resolver must not run as middlewares). */
export function stepKinds(procedure: AnyProcedure): Step['kind'][] {
  return planOf(procedure._def as unknown as Def).steps.map((s) => s.kind);
}

function failed(cause: unknown): Result {
  return { ok: false, error: getTRPCErrorFromUnknown(cause), marker: middlewareMarker };
}

/**
 * The promise the latest `next` call returned. A middleware that hands on `next()`'s own promise
 * (the usual sync fast path) returns exactly this one; it never rejects, so it needs no wrapping.
 */
let lastNext: Promise<Result> | null = null;

function next(index: number, plan: Plan, s: State, o?: NextOptions): Promise<Result> {
  lastNext = callAt(index, plan, {
    path: s.path,
    getRawInput: o?.getRawInput ?? s.getRawInput,
    ctx: o?.ctx ? { ...(s.ctx as Record<string, unknown>), ...o.ctx } : s.ctx,
    type: s.type, signal: s.signal, batchIndex: s.batchIndex,
    input: o && 'input' in o ? o.input : s.input,
    raw: o?.getRawInput ? UNKNOWN : s.raw,
  });
  return lastNext;
}

/** Step `index` of the plan; never rejects (a failure is a failed result, as in tRPC). */
function callAt(index: number, plan: Plan, s: State): Promise<Result> {
  try {
    const step = plan.steps[index];
    // Past the end (a resolver calling next): tRPC calls the missing middleware and fails likewise.
    if (!step) return Promise.resolve(failed(new TypeError('middleware is not a function')));
    switch (step.kind) {
      case 'input': return inputStep(index, plan, s, step.parse);
      case 'output': return outputStep(index, plan, s, step.parse);
      case 'resolve': return resolveStep(plan, s, step.resolver);
      case 'middleware': {
        lastNext = null;
        const returned = step.middleware({
          path: s.path, getRawInput: s.getRawInput, ctx: s.ctx, type: s.type, signal: s.signal, batchIndex: s.batchIndex,
          meta: plan.def.meta,
          input: s.input,
          // Bound rather than an arrow function: tsx (esbuild keepNames) would give every closure
          // created here its name with a defineProperty call, which costs more than the call itself.
          next: next.bind(undefined, index + 1, plan, s),
        });
        // next()'s own promise, returned as is (one promise and one microtask fewer per middleware);
        // anything else may reject or not be a promise, and becomes a result as in tRPC.
        if (returned === lastNext && returned !== null) return returned;
        return Promise.resolve(returned).then(undefined, failed);
      }
    }
  } catch (cause) {
    return Promise.resolve(failed(cause));
  }
}

/** tRPC's input middleware: parse the raw input (BAD_REQUEST when it fails), merge objects, go on. */
function inputStep(index: number, plan: Plan, s: State, parse: Parse): Promise<Result> {
  if (s.raw === UNKNOWN) return s.getRawInput().then((raw) => parseInput(index, plan, { ...s, raw }, parse), failed);
  return parseInput(index, plan, s, parse);
}

function badInput(cause: unknown): Result {
  return failed(new TRPCError({ code: 'BAD_REQUEST', cause }));
}

function parseInput(index: number, plan: Plan, s: State, parse: Parse): Promise<Result> {
  let parsed: unknown;
  try {
    parsed = parse(s.raw);
  } catch (cause) {
    return Promise.resolve(badInput(cause));
  }
  if (isPromise(parsed)) return parsed.then((p) => withInput(index, plan, s, p), badInput);
  return withInput(index, plan, s, parsed);
}

function withInput(index: number, plan: Plan, s: State, parsed: unknown): Promise<Result> {
  const input = isObject(s.input) && isObject(parsed) ? { ...s.input, ...parsed } : parsed;
  return callAt(index + 1, plan, { path: s.path, getRawInput: s.getRawInput, ctx: s.ctx, type: s.type, signal: s.signal, batchIndex: s.batchIndex, input, raw: s.raw });
}

function badOutput(cause: unknown): Result {
  return failed(new TRPCError({ message: 'Output validation failed', code: 'INTERNAL_SERVER_ERROR', cause }));
}

/** tRPC's output middleware: run the rest, then parse a successful result's data. */
function outputStep(index: number, plan: Plan, s: State, parse: Parse): Promise<Result> {
  return callAt(index + 1, plan, s).then((result) => {
    let ok: boolean;
    try {
      ok = result.ok; // a middleware below that returned nothing fails here, as in tRPC
    } catch (cause) {
      return failed(cause);
    }
    if (!ok) return result;
    const success = result as Extract<Result, { ok: true }>;
    let data: unknown;
    try {
      data = parse(success.data);
    } catch (cause) {
      return badOutput(cause);
    }
    if (isPromise(data)) return data.then((d): Result => ({ ...success, data: d }), badOutput);
    return { ...success, data };
  });
}

/** tRPC's resolve middleware: the handler's value as a successful result. */
function resolveStep(plan: Plan, s: State, resolver: Resolver): Promise<Result> {
  const data = resolver({ path: s.path, getRawInput: s.getRawInput, ctx: s.ctx, type: s.type, signal: s.signal, batchIndex: s.batchIndex, meta: plan.def.meta, input: s.input });
  if (isPromise(data)) return data.then((d): Result => ({ marker: middlewareMarker, ok: true, data: d, ctx: s.ctx }), failed);
  return Promise.resolve({ marker: middlewareMarker, ok: true, data, ctx: s.ctx });
}

/** `procedure(opts)`, without tRPC's slow copies. Procedures with an experimental caller go through tRPC. */
export async function callProcedure(procedure: AnyProcedure, opts: CallOptions): Promise<unknown> {
  const def = procedure._def as unknown as Def;
  if (def.caller || def.experimental_caller) return (procedure as unknown as (o: CallOptions) => Promise<unknown>)(opts);
  const raw = 'rawInput' in opts ? opts.rawInput : UNKNOWN;
  const result = await callAt(0, planOf(def), { path: opts.path, getRawInput: opts.getRawInput, ctx: opts.ctx, type: opts.type, signal: opts.signal, batchIndex: opts.batchIndex, input: undefined, raw });
  if (!result) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'No result from middlewares - did you forget to `return next()`?' });
  if (!result.ok) throw result.error;
  return result.data;
}
