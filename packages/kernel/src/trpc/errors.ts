import { TRPCError } from '@trpc/server';

/** Expected failures with a Chinese message for the UI. */
export const fail = {
  notFound: (what = '记录') => new TRPCError({ code: 'NOT_FOUND', message: `${what}不存在` }),
  forbidden: (message = '没有执行此操作的权限') => new TRPCError({ code: 'FORBIDDEN', message }),
  unauthorized: (message = '请先登录') => new TRPCError({ code: 'UNAUTHORIZED', message }),
  badRequest: (message: string, field?: string) => new TRPCError({ code: 'BAD_REQUEST', message: field ? `${field}：${message}` : message, cause: field ? new FieldError(field, message) : undefined }),
  conflict: (message: string) => new TRPCError({ code: 'CONFLICT', message }),
  tooMany: (message = '操作过于频繁，请稍后再试') => new TRPCError({ code: 'TOO_MANY_REQUESTS', message }),
  precondition: (message: string) => new TRPCError({ code: 'PRECONDITION_FAILED', message }),
};

/** A validation failure found by a handler (not by zod), naming the field. */
export class FieldError extends Error {
  constructor(public readonly field: string, message: string) {
    super(message);
  }
}
