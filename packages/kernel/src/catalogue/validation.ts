import type { z } from 'zod';
import { fail } from '../trpc/errors';

/**
 * Parses `value` with `schema`; on failure throws BAD_REQUEST naming the first offending field
 * (prefixed, e.g. `metadata.area`). Services use it because plugins call them without tRPC.
 */
export function parseOrFail<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(input)';
  throw fail.badRequest(issue.message, path);
}
