// tRPC over HTTP at /trpc, with the request's principal, cookies, request id and CSRF check.
import { createContext, type Context, type Kernel } from '@gongkai/kernel';
import { TRPCError, type AnyRouter } from '@trpc/server';
import type { CreateFastifyContextOptions, FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isPromise } from '@trpc/server/unstable-core-do-not-import';
import { fastifyCookieJar } from './cookies';
import { csrfProblem } from './csrf';
import { noteTrpcCalls, noteTrpcError } from './metrics';
import { authenticate, type RequestAuth } from './request-auth';
import { registerTrpcRoutes } from './trpc-handler';

export const TRPC_PREFIX = '/trpc';

/**
 * A 500 is a bug: its message may name tables, queries or file paths, so clients get a generic
 * message with the request id (the details are in the log under that id). onError runs before
 * the adapters build the error shape, so the shape carries the masked message.
 */
export function maskInternalError(error: Error, requestId: string): void {
  error.message = `服务器内部错误，请稍后再试（请求编号 ${requestId}）`;
}

export interface TrpcOptions { kernel: Kernel; router: AnyRouter; secureCookies: boolean }

/** The procedures' context for an authenticated (or anonymous) request; throws when the CSRF check fails. */
function contextFor(o: TrpcOptions, req: FastifyRequest, res: FastifyReply, paths: string[], auth: RequestAuth): Context {
  const problem = csrfProblem(req, auth, paths);
  if (problem) throw new TRPCError({ code: 'FORBIDDEN', message: problem });
  return createContext({
    kernel: o.kernel,
    principal: auth.principal,
    sessionId: auth.sessionId,
    cookies: fastifyCookieJar(req, res, o.secureCookies),
    meta: { requestId: String(req.id), ip: req.ip, userAgent: req.headers['user-agent'] ?? null },
  });
}

export async function registerTrpc(app: FastifyInstance, o: TrpcOptions): Promise<void> {
  const trpcOptions: FastifyTRPCPluginOptions<AnyRouter>['trpcOptions'] = {
    router: o.router,
    // Not async: an anonymous request gets its context without a promise.
    createContext({ req, res, info }: CreateFastifyContextOptions) {
      const paths = info.calls.map((c) => c.path);
      noteTrpcCalls(req, paths);
      const auth = authenticate(o.kernel, req, { cookies: true });
      return isPromise(auth) ? auth.then((a) => contextFor(o, req, res, paths, a)) : contextFor(o, req, res, paths, auth);
    },
    onError({ error, path, req }) {
      noteTrpcError(req, path, error.code);
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        req.log.error({ err: error.cause ?? error, path }, 'tRPC procedure failed');
        maskInternalError(error, String(req.id));
      }
    },
  };
  await registerTrpcRoutes(app, TRPC_PREFIX, trpcOptions);
}
