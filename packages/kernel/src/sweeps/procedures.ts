// Enumerates the kernel's procedures from the app router, so that routers added later are swept too.
import type { AnyRouter } from '@trpc/server';
import { kernelRouters } from '../routers/kernel-router';

export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  /** The zod schemas given to `.input()` (empty when the procedure declares no input). */
  inputs: unknown[];
}

/** Every procedure under a kernel namespace (plugin routers, loaded lazily, are not included). */
export function kernelProcedures(appRouter: AnyRouter): ProcedureInfo[] {
  const namespaces = new Set(Object.keys(kernelRouters));
  return Object.entries(appRouter._def.procedures as Record<string, { _def: { type: ProcedureInfo['type']; inputs: unknown[] } }>)
    .filter(([path]) => namespaces.has(path.split('.')[0]!))
    .map(([path, proc]) => ({ path, type: proc._def.type, inputs: proc._def.inputs }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Calls a procedure by its dotted path on a caller. */
export function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (i: unknown) => Promise<unknown>;
  return fn(input);
}

interface ZodLike { _zod?: { def?: { type?: string; shape?: Record<string, unknown>; innerType?: unknown; in?: unknown } } }

/** The object shape behind optional/default/pipe wrappers, or null for non-object inputs. */
export function objectShape(schema: unknown): Record<string, unknown> | null {
  let s = schema as ZodLike | undefined;
  for (let i = 0; i < 10 && s; i++) {
    const def = s._zod?.def;
    if (!def) return null;
    if (def.type === 'object') return def.shape ?? null;
    if (def.type === 'pipe') s = def.in as ZodLike;
    else if (def.innerType) s = def.innerType as ZodLike;
    else return null;
  }
  return null;
}

/** Does the procedure's own input validation accept this input? */
export async function accepts(inputs: unknown[], input: unknown): Promise<boolean> {
  for (const schema of inputs) {
    const r = await (schema as { safeParseAsync(v: unknown): Promise<{ success: boolean }> }).safeParseAsync(input);
    if (!r.success) return false;
  }
  return true;
}
