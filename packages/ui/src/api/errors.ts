import { TRPCClientError } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';

export type ApiError = TRPCClientError<AnyRouter>;

/** One field problem as the server's error formatter reports it (`data.issues`). */
export interface FieldIssue { path: string; message: string }

/** Field path → message. The key '' holds problems with the input as a whole. */
export type FieldErrors = Record<string, string>;

interface ErrorData { code?: string; httpStatus?: number; issues?: FieldIssue[] | null }

function dataOf(error: unknown): ErrorData | null {
  if (error instanceof TRPCClientError) return (error.data ?? null) as ErrorData | null;
  if (error && typeof error === 'object' && 'data' in error) return ((error as { data: unknown }).data ?? null) as ErrorData | null;
  return null;
}

/** The tRPC error code ('BAD_REQUEST', 'UNAUTHORIZED', ...) or null. */
export function errorCode(error: unknown): string | null {
  return dataOf(error)?.code ?? null;
}

/**
 * Maps a BAD_REQUEST's `data.issues` to per-field messages. `prefix` strips a leading path (a form
 * that edits `input.settings` passes 'settings'); issues outside the prefix go to ''. The first
 * message per field wins.
 */
export function fieldErrorsFrom(error: unknown, options: { prefix?: string } = {}): FieldErrors {
  const data = dataOf(error);
  const out: FieldErrors = {};
  if (!data || data.code !== 'BAD_REQUEST' || !Array.isArray(data.issues)) return out;
  const prefix = options.prefix ? `${options.prefix}.` : null;
  for (const issue of data.issues) {
    let path = issue.path === '(input)' ? '' : issue.path;
    if (prefix) {
      if (path === options.prefix) path = '';
      else if (path.startsWith(prefix)) path = path.slice(prefix.length);
      else path = '';
    }
    if (!(path in out)) out[path] = issue.message;
  }
  return out;
}

/** A message fit to show a person: the server's Chinese message, or a generic one. */
export function errorMessage(error: unknown): string {
  const code = errorCode(error);
  if (code === 'UNAUTHORIZED') return '登录已失效，请重新登录';
  if (code === 'FORBIDDEN') return (error as Error).message || '没有执行此操作的权限';
  if (error instanceof TRPCClientError && !code) return '网络连接失败，请检查网络后重试';
  if (code === 'INTERNAL_SERVER_ERROR') return '服务器内部错误，请稍后再试';
  if (error instanceof Error && error.message) return error.message;
  return '操作失败，请稍后再试';
}
