// tRPC over HTTP at /trpc, with the request's principal, cookies, request id and CSRF check.
import { createContext, type Kernel } from '@gongkai/kernel';
import { TRPCError, type AnyRouter } from '@trpc/server';
import type { CreateFastifyContextOptions, FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';
import { fastifyCookieJar } from './cookies';
import { csrfProblem } from './csrf';
import { noteTrpcCalls, noteTrpcError } from './metrics';
import { authenticate } from './request-auth';
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

export async function registerTrpc(app: FastifyInstance, o: TrpcOptions): Promise<void> {
  const trpcOptions: FastifyTRPCPluginOptions<AnyRouter>['trpcOptions'] = {
    router: o.router,
    async createContext({ req, res, info }: CreateFastifyContextOptions) {
      const paths = info.calls.map((c) => c.path);
      noteTrpcCalls(req, paths);
      const auth = await authenticate(o.kernel, req, { cookies: true });
      const problem = csrfProblem(req, auth, paths);
      if (problem) throw new TRPCError({ code: 'FORBIDDEN', message: problem });
      return createContext({
        kernel: o.kernel,
        principal: auth.principal,
        sessionId: auth.sessionId,
        cookies: fastifyCookieJar(req, res, o.secureCookies),
        meta: { requestId: String(req.id), ip: req.ip, userAgent: req.headers['user-agent'] ?? null },
      });
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
