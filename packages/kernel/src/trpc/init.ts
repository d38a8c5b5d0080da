import { initTRPC, TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';
import type { OpenApiMeta } from 'trpc-to-openapi';
import type { Context } from './context';
import { FieldError } from './errors';
import { transformer } from './transformer';

z.config(z.locales.zhCN());

export interface ProcedureMeta extends OpenApiMeta {
  /**
   * Mutations are audited by default. `false` (no wrapping transaction, no audit record) only for
   * ones that audit themselves (login) and for read-only ones sent as mutations because their input
   * is too large for a URL (previews); such a handler must write nothing.
   */
  audit?: boolean;
}

export interface FieldIssue { path: string; message: string }

function issuesOf(cause: unknown): FieldIssue[] | null {
  if (cause instanceof ZodError) {
    return cause.issues.map((i) => ({ path: i.path.map(String).join('.') || '(input)', message: i.message }));
  }
  if (cause instanceof FieldError) return [{ path: cause.field, message: cause.message }];
  return null;
}

export const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  transformer,
  errorFormatter({ shape, error }) {
    const issues = error.code === 'BAD_REQUEST' ? issuesOf(error.cause) : null;
    const message = issues && error.cause instanceof ZodError
      ? `输入无效：${issues.map((i) => `${i.path}：${i.message}`).join('；')}`
      : shape.message;
    return { ...shape, message, data: { ...shape.data, stack: undefined, issues } };
  },
});

export const router = t.router;

/** What a middleware made with `t.middleware` is called with (for middlewares split into a sync fast path and an async rest). */
export type MiddlewareOptions = Parameters<Parameters<typeof t.middleware>[0]>[0];
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;
export { TRPCError };
