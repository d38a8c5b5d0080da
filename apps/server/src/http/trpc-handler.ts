// Mounts a tRPC router on Fastify. GET calls — the public read side — skip costs of the stock
// Fastify adapter that were about half of a small query's CPU time (measured with --cpu-prof):
//  - converting Node's request into a WHATWG `Request` (undici Request, AbortSignal.any);
//  - building a WHATWG `Response` and streaming its body back chunk by chunk (chunked encoding,
//    several socket writes); the JSON body goes out in one write with a Content-Length instead.
// A single (unbatched) query is called directly, as tRPC's resolveResponse would call it: the same
// context, the procedure's own middleware chain (called by call-procedure.ts), tRPC's error shape,
// status code and transformer.
// Batched GETs go through tRPC's resolveResponse over a light request object. Streaming calls
// (`trpc-accept: application/jsonl`, SSE subscriptions) and every other method use the stock
// adapter unchanged. trpc-handler.int.test.ts checks that both paths answer byte for byte alike.
import type { AnyRouter } from '@trpc/server';
import { fastifyRequestHandler, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { resolveResponse, type TRPCRequestInfo } from '@trpc/server/http';
import { getErrorShape, getHTTPStatusCode, getTRPCErrorFromUnknown, isAsyncIterable, isPromise, transformTRPCResponse, TRPCError, type AnyProcedure } from '@trpc/server/unstable-core-do-not-import';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import { callProcedure } from './call-procedure';

type TrpcOptions = FastifyTRPCPluginOptions<AnyRouter>['trpcOptions'];

/** The part of WHATWG `Headers` that tRPC reads for a GET call, over Node's header object. */
export class NodeRequestHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}
  get(name: string): string | null {
    const v = this.raw[name.toLowerCase()];
    if (v === undefined) return null;
    return Array.isArray(v) ? v.join(', ') : v;
  }
  has(name: string): boolean { return this.raw[name.toLowerCase()] !== undefined; }
}

/** Calls that need a streamed response: leave them to the stock adapter. */
export function wantsStream(req: FastifyRequest): boolean {
  const accept = `${req.headers['trpc-accept'] ?? ''},${req.headers.accept ?? ''}`;
  return accept.includes('application/jsonl') || accept.includes('text/event-stream');
}

const VARY = 'trpc-accept, accept';
/** Direct calls are not cancelled when the client goes away (tRPC's procedures ignore it anyway). */
const NEVER_ABORTED = new AbortController().signal;

/** As tRPC decides: an async iterable, or an object with a promise or an async iterable in it. */
function isDataStream(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  if (isAsyncIterable(v)) return true;
  // Own enumerable values, as Object.values gives them, without building the array.
  for (const key in v) {
    if (!Object.hasOwn(v, key)) continue;
    const x = (v as Record<string, unknown>)[key];
    if (isPromise(x) || isAsyncIterable(x)) return true;
  }
  return false;
}

/** The query procedure a plain GET names, with its parsed input; null when tRPC should decide. */
function singleQuery(trpc: TrpcOptions, req: FastifyRequest<{ Params: { path: string } }>): { proc: AnyProcedure; input: unknown } | null {
  const query = req.query as Record<string, unknown>;
  if ('batch' in query) return null;
  const proc = (trpc.router._def.procedures as Record<string, AnyProcedure | undefined>)[req.params.path];
  if (!proc || proc._def.type !== 'query') return null;
  const raw = query.input;
  if (raw === undefined) return { proc, input: undefined };
  if (typeof raw !== 'string') return null;
  try {
    return { proc, input: trpc.router._def._config.transformer.input.deserialize(JSON.parse(raw)) };
  } catch {
    return null; // tRPC's own parser words the error
  }
}

function resolvedInput(input: unknown): Promise<unknown> { return Promise.resolve(input); }
function sameInput(input: unknown): unknown { return input; }

async function handleSingleQuery(trpc: TrpcOptions, req: FastifyRequest<{ Params: { path: string } }>, reply: FastifyReply, proc: AnyProcedure, input: unknown): Promise<void> {
  const config = trpc.router._def._config;
  const path = req.params.path;
  // Bound functions, not arrows: see call-procedure.ts on tsx's per-closure naming cost.
  const call = { path, procedure: proc, getRawInput: resolvedInput.bind(undefined, input), result: sameInput.bind(undefined, input), batchIndex: 0 };
  const info: TRPCRequestInfo = { accept: null, type: 'query', isBatchCall: false, calls: [call], connectionParams: null, signal: NEVER_ABORTED, url: null };
  let ctx: unknown;
  let data: unknown;
  let failure: { body: object; errors: TRPCError[] } | null = null;
  // Where tRPC reports an error: with the call's path and input, except a stream-like result,
  // which resolveResponse rejects outside the call (no path, no input).
  let at: { path: string | undefined; input: unknown } = { path, input };
  try {
    ctx = await trpc.createContext?.({ req, res: reply, info });
    data = await callProcedure(proc, { path, getRawInput: call.getRawInput, rawInput: input, ctx, type: 'query', signal: undefined, batchIndex: 0 });
    if (isDataStream(data)) {
      at = { path: undefined, input: undefined };
      throw new TRPCError({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Cannot use stream-like response in non-streaming request - use httpBatchStreamLink' });
    }
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    trpc.onError?.({ error, ...at, ctx: ctx as never, type: 'query', req });
    failure = { body: { error: getErrorShape({ config, ctx, error, ...at, type: 'query' }) }, errors: [error] };
  }
  reply.header('vary', VARY);
  reply.header('content-type', 'application/json');
  // The JSON text goes out as it is: with a serializer set, Fastify neither adds `; charset=utf-8`
  // to the content type (as for a string) nor needs a Buffer copy of the text, and Node writes the
  // headers and body in one piece.
  reply.serializer(sameText);
  if (failure) {
    reply.code(getHTTPStatusCode(failure.body as never, failure.errors));
    await reply.send(JSON.stringify(transformTRPCResponse(config, failure.body as never)));
    return;
  }
  // What transformTRPCResponse and getHTTPStatusCode make of one successful result, without their copies.
  reply.code(200);
  await reply.send(JSON.stringify({ result: { data: config.transformer.output.serialize(data) } }));
}

function sameText(text: unknown): string { return text as string; }

async function handleGet(trpc: TrpcOptions, req: FastifyRequest<{ Params: { path: string } }>, reply: FastifyReply): Promise<void> {
  const aborted = new AbortController();
  reply.raw.once('close', () => { if (!reply.raw.writableFinished) aborted.abort(); });
  const request = {
    method: 'GET',
    url: `http://${req.host || 'localhost'}${req.raw.url ?? '/'}`,
    headers: new NodeRequestHeaders(req.headers),
    signal: aborted.signal,
  } as unknown as Request;
  const response = await resolveResponse({
    ...trpc,
    req: request,
    path: req.params.path,
    error: null,
    createContext: async (inner) => trpc.createContext?.({ req, res: reply, info: inner.info }),
    onError: (o) => trpc.onError?.({ ...o, req }),
  });
  reply.code(response.status);
  response.headers.forEach((value, key) => { reply.header(key, value); });
  await reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
}

export async function registerTrpcRoutes(app: FastifyInstance, prefix: string, trpc: TrpcOptions): Promise<void> {
  await app.register(async (scope) => {
    // As the stock plugin does: tRPC parses JSON bodies itself.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => { done(null, body); });
    scope.removeContentTypeParser('multipart/form-data');
    scope.addContentTypeParser('multipart/form-data', {}, (_req, body, done) => { done(null, body); });
    scope.all<{ Params: { path: string } }>('/:path', async (req, reply) => {
      if (req.method === 'GET' && !wantsStream(req)) {
        const single = singleQuery(trpc, req);
        return single ? handleSingleQuery(trpc, req, reply, single.proc, single.input) : handleGet(trpc, req, reply);
      }
      await fastifyRequestHandler({ ...trpc, req, res: reply, path: req.params.path });
    });
  }, { prefix });
}
