// Calls a tRPC procedure as its own caller does (tRPC 11's createProcedureCaller/callRecursive):
// each middleware gets the call options with the procedure's meta and a `next` that merges the
// context and input it is given, and a throw anywhere becomes a failed result with the TRPCError.
// tRPC's build copies these option objects with a transpiled spread helper (ownKeys +
// defineProperty per key), twice per middleware and once more per context override; on a public
// query with five middlewares that was about a tenth of the request's CPU time. Here the options
// are object literals of one fixed shape (the call options tRPC defines, plus meta, input and
// next), and only a context override is spread.
// call-procedure.test.ts checks it against tRPC's own call, result and error alike.
import { getTRPCErrorFromUnknown, middlewareMarker, TRPCError, type AnyProcedure, type ProcedureCallOptions } from '@trpc/server/unstable-core-do-not-import';

/** What the HTTP handler passes, as it would to `procedure(opts)`. */
export type CallOptions = Pick<ProcedureCallOptions<unknown>, 'path' | 'getRawInput' | 'ctx' | 'type' | 'signal' | 'batchIndex'>;
interface State extends CallOptions { input: unknown }
interface NextOptions { ctx?: Record<string, unknown>; input?: unknown; getRawInput?: CallOptions['getRawInput'] }
type Result = { ok: true; data: unknown; ctx?: unknown; marker: typeof middlewareMarker } | { ok: false; error: TRPCError; marker: typeof middlewareMarker };
type Middleware = (opts: State & { meta: unknown; next: (o?: NextOptions) => Promise<Result> }) => Promise<Result>;
interface Def { middlewares: Middleware[]; meta: unknown; caller?: unknown; experimental_caller?: boolean }

function next(index: number, def: Def, s: State, o?: NextOptions): Promise<Result> {
  return callAt(index, def, {
    path: s.path,
    getRawInput: o?.getRawInput ?? s.getRawInput,
    ctx: o?.ctx ? { ...(s.ctx as Record<string, unknown>), ...o.ctx } : s.ctx,
    type: s.type, signal: s.signal, batchIndex: s.batchIndex,
    input: o && 'input' in o ? o.input : s.input,
  });
}

function failed(cause: unknown): Result {
  return { ok: false, error: getTRPCErrorFromUnknown(cause), marker: middlewareMarker };
}

/** tRPC's `try { return await middleware(...) } catch { failed }`, without an async frame per level. */
function callAt(index: number, def: Def, s: State): Promise<Result> {
  try {
    return Promise.resolve(def.middlewares[index]!({
      path: s.path, getRawInput: s.getRawInput, ctx: s.ctx, type: s.type, signal: s.signal, batchIndex: s.batchIndex,
      meta: def.meta,
      input: s.input,
      // Bound rather than an arrow function: tsx (esbuild keepNames) would give every closure
      // created here its name with a defineProperty call, which costs more than the call itself.
      next: next.bind(undefined, index + 1, def, s),
    })).then(undefined, failed);
  } catch (cause) {
    return Promise.resolve(failed(cause));
  }
}

/** `procedure(opts)`, without tRPC's slow copies. Procedures with an experimental caller go through tRPC. */
export async function callProcedure(procedure: AnyProcedure, opts: CallOptions): Promise<unknown> {
  const def = procedure._def as unknown as Def;
  if (def.caller || def.experimental_caller) return (procedure as unknown as (o: CallOptions) => Promise<unknown>)(opts);
  const result = await callAt(0, def, { path: opts.path, getRawInput: opts.getRawInput, ctx: opts.ctx, type: opts.type, signal: opts.signal, batchIndex: opts.batchIndex, input: undefined });
  if (!result) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'No result from middlewares - did you forget to `return next()`?' });
  if (!result.ok) throw result.error;
  return result.data;
}
