import type { Db, Tx } from '@gongkai/db';
import type { Principal } from '../identity/principal';
import type { Kernel } from '../kernel';

export interface RequestMeta {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

export interface CookieOptions { maxAgeSeconds?: number; httpOnly?: boolean }
export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options?: CookieOptions): void;
  clear(name: string): void;
}

/** What a handler tells the kernel about the mutation it performed, for the audit record. */
export interface AuditNote {
  target(type: string, id: string, divisionCode?: string | null): void;
  division(code: string | null): void;
  detail(detail: Record<string, unknown>): void;
  plugin(id: string): void;
}

/** What every procedure sees. Inside a mutation `db` is the mutation's transaction. */
export interface Context {
  kernel: Kernel;
  db: Tx;
  /** The pool client, for work that must happen outside the current transaction. */
  rootDb: Db;
  principal: Principal | null;
  sessionId: string | null;
  meta: RequestMeta;
  cookies: CookieJar;
  /**
   * Notes for the mutation's audit record. Outside mutations (and in mutations that audit
   * themselves) notes go nowhere; the kernel's audit middleware gives each mutation its own.
   */
  audit: AuditNote;
  /** Work to run once the mutation has committed; a query commits nothing, so it is dropped. */
  afterCommit(fn: () => Promise<void> | void): void;
}

/** The audit note of everything that is not an audited mutation. */
export const noAudit: AuditNote = { target: () => {}, division: () => {}, detail: () => {}, plugin: () => {} };
function dropAfterCommit(fn: () => Promise<void> | void): void { void fn; }

export interface CreateContextOptions {
  kernel: Kernel;
  principal: Principal | null;
  sessionId?: string | null;
  meta?: Partial<RequestMeta>;
  cookies?: CookieJar;
}

export function memoryCookieJar(initial: Record<string, string> = {}): CookieJar & { values: Record<string, string> } {
  const values = { ...initial };
  return {
    values,
    get: (n) => values[n],
    set: (n, v) => { values[n] = v; },
    clear: (n) => { delete values[n]; },
  };
}

export function createContext(o: CreateContextOptions): Context {
  return {
    kernel: o.kernel,
    db: o.kernel.db,
    rootDb: o.kernel.db,
    principal: o.principal,
    sessionId: o.sessionId ?? null,
    meta: { requestId: o.meta?.requestId ?? crypto.randomUUID(), ip: o.meta?.ip ?? null, userAgent: o.meta?.userAgent ?? null },
    cookies: o.cookies ?? memoryCookieJar(),
    // A query's defaults are in place from the start, so queries pass the context on unchanged
    // (no copy of it per middleware).
    audit: noAudit,
    afterCommit: dropAfterCommit,
  };
}
