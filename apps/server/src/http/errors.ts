// One error handler for everything Fastify itself rejects (rate limits, body too large, bad JSON,
// cross-origin refusals thrown as errors): a clear JSON answer, never a stack trace. Requests to
// /trpc get the tRPC error shape (serialised by superjson like every tRPC answer), so the web
// app's tRPC client shows the message instead of failing to parse.
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

type TrpcCode = keyof typeof TRPC_ERROR_CODES_BY_KEY;

const CODE_BY_STATUS: Record<number, TrpcCode> = {
  400: 'BAD_REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 405: 'METHOD_NOT_SUPPORTED',
  408: 'TIMEOUT', 409: 'CONFLICT', 412: 'PRECONDITION_FAILED', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_CONTENT', 429: 'TOO_MANY_REQUESTS',
};

const MESSAGE_BY_STATUS: Record<number, string> = {
  400: '请求格式错误', 404: '资源不存在', 405: '不支持的请求方法', 413: '请求内容过大', 415: '不支持的内容类型',
};

function trpcPaths(req: FastifyRequest): string[] {
  const path = req.originalUrl.slice('/trpc/'.length).split('?')[0] ?? '';
  return safeDecode(path).split(',').filter(Boolean);
}

/** Sends an error to a tRPC client in the shape (and batching) it expects. */
export function sendTrpcError(req: FastifyRequest, reply: FastifyReply, status: number, message: string): FastifyReply {
  const code = CODE_BY_STATUS[status] ?? 'INTERNAL_SERVER_ERROR';
  const shape = (path: string | undefined) => ({
    json: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus: status, ...(path ? { path } : {}) } },
  });
  const isBatch = /[?&]batch=1(&|$)/.test(req.originalUrl);
  const paths = trpcPaths(req);
  const body = isBatch ? paths.map((p) => ({ error: shape(p) })) : { error: shape(paths[0]) };
  return reply.code(status).type('application/json').send(body);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) req.log.error({ err: error }, 'request failed');
    else req.log.info({ statusCode: status, code: error.code, msg: error.message }, 'request refused');
    const message = status >= 500
      ? '服务器内部错误，请稍后再试'
      : (status === 429 || /[\u4e00-\u9fff]/.test(error.message) ? error.message : (MESSAGE_BY_STATUS[status] ?? error.message));
    if (req.originalUrl.startsWith('/trpc/')) return sendTrpcError(req, reply, status, message);
    return reply.code(status).type('application/json').send({ statusCode: status, error: error.code ?? error.name, message, requestId: req.id });
  });
}
