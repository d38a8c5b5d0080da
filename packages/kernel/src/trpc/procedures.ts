import { TRPCError } from '@trpc/server';
import type { Tx } from '@gongkai/db';
import { appendAudit, appendAuditStandalone, type AuditEntry } from '../audit/audit-service';
import { digestInput } from '../audit/hash';
import { can, reachOf, type Principal } from '../identity/principal';
import { t, type MiddlewareOptions } from './init';
import { fail } from './errors';
import { passwordChangeGate } from './password-change';
import { noAudit, type AuditNote, type Context } from './context';

export type { AuditNote };

interface AuditState { targetType?: string; targetId?: string; divisionCode?: string | null; detail?: Record<string, unknown>; pluginId?: string }

function actorOf(p: Principal | null): Pick<AuditEntry, 'actorId' | 'actorKind'> {
  return p ? { actorId: p.userId, actorKind: p.kind } : { actorId: null, actorKind: 'anonymous' };
}

const OUTCOME: Partial<Record<TRPCError['code'], AuditEntry['outcome']>> = {
  FORBIDDEN: 'denied', UNAUTHORIZED: 'denied', TOO_MANY_REQUESTS: 'denied',
};

/**
 * The audit outcome of a failed mutation, or undefined when it is not recorded. Out-of-reach
 * records answer NOT_FOUND (existence is not revealed), so a signed-in caller's NOT_FOUND is
 * recorded as 'not_found': probing another division's ids stays traceable. Anonymous NOT_FOUNDs
 * (public 404s) are not: they name nobody and would only fill the chain.
 */
function failedOutcome(code: TRPCError['code'] | undefined, principal: Principal | null): AuditEntry['outcome'] | undefined {
  if (!code) return undefined;
  if (code === 'NOT_FOUND') return principal ? 'not_found' : undefined;
  return OUTCOME[code];
}

/**
 * Every mutation runs in one transaction together with its audit record (and the outbox events
 * its handler emits): all are written or none. Denied attempts (and signed-in callers' NOT_FOUNDs)
 * are recorded afterwards in their own transaction; invalid input changes nothing at all.
 */
const auditedMutation = t.middleware((opts) => {
  // Queries write nothing: the context's own query defaults (no audit, after-commit work dropped)
  // stand, so it is passed on as it is — no copy, no closures, no extra promise per call.
  if (opts.type !== 'mutation') return opts.next();
  return audited(opts);
});

async function audited({ ctx, path, meta, getRawInput, next }: MiddlewareOptions) {
  const afterCommit: (() => Promise<void> | void)[] = [];
  // Mutations that audit themselves (login) write through ctx.rootDb in their own transactions, so
  // they get no wrapping one: on the embedded database (one backend session behind the socket) a
  // rootDb query inside an open transaction would wait for that transaction until it timed out.
  if (meta?.audit === false) {
    return next({ ctx: { audit: noAudit, afterCommit: (fn: () => Promise<void> | void) => { void Promise.resolve().then(fn).catch((err: unknown) => ctx.kernel.logger.error({ err, path }, 'after-commit hook failed')); } } });
  }
  const raw = await getRawInput().catch(() => undefined);
  const state: AuditState = {};
  const note: AuditNote = {
    target: (targetType, targetId, divisionCode) => { state.targetType = targetType; state.targetId = targetId; if (divisionCode !== undefined) state.divisionCode = divisionCode; },
    division: (code) => { state.divisionCode = code; },
    detail: (d) => { state.detail = { ...state.detail, ...d }; },
    plugin: (id) => { state.pluginId = id; },
  };
  const inputDivision = raw && typeof raw === 'object' && typeof (raw as { divisionCode?: unknown }).divisionCode === 'string'
    ? (raw as { divisionCode: string }).divisionCode : null;
  const entryOf = (c: Context, outcome: AuditEntry['outcome']): AuditEntry => ({
    ...actorOf(c.principal),
    action: path,
    divisionCode: state.divisionCode ?? inputDivision ?? c.principal?.divisionCode ?? null,
    pluginId: state.pluginId ?? null,
    targetType: state.targetType ?? null,
    targetId: state.targetId ?? null,
    inputDigest: digestInput(raw),
    detail: state.detail ?? null,
    requestId: c.meta.requestId,
    outcome,
  });
  try {
    const result = await ctx.rootDb.$transaction(async (tx) => {
      const r = await next({ ctx: { db: tx as Tx, audit: note, afterCommit: (fn: () => Promise<void> | void) => { afterCommit.push(fn); } } });
      if (!r.ok) throw r.error;
      await appendAudit(tx as Tx, entryOf(ctx, 'ok'));
      return r;
    }, { timeout: 60_000, maxWait: 30_000 });
    for (const fn of afterCommit) {
      try { await fn(); } catch (err) { ctx.kernel.logger.error({ err, path }, 'after-commit hook failed'); }
    }
    return result;
  } catch (err) {
    const outcome = failedOutcome(err instanceof TRPCError ? err.code : undefined, ctx.principal);
    if (outcome) {
      await appendAuditStandalone(ctx.rootDb, entryOf(ctx, outcome)).catch((e) => ctx.kernel.logger.error({ err: e }, 'audit of a denied attempt failed'));
    }
    throw err;
  }
}

/**
 * Explicitly public (citizens without an account, other systems reading the open side). Every
 * builder starts here, so the one-time-password rule (after the audit, which records its denials)
 * holds for kernel and plugin procedures alike.
 */
export const publicProcedure = t.procedure.use(auditedMutation).use(passwordChangeGate);

/** The default: any signed-in account (staff or citizen). */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.principal) throw fail.unauthorized();
  return next({ ctx: { principal: ctx.principal } });
});

export interface Guard {
  /** Throws unless the caller may do `permission` in `divisionCode`; unknown or out-of-reach divisions are NOT_FOUND. */
  division(divisionCode: string, organizationId?: string | null): void;
  /** Division prefixes and organisations where the caller holds the permission (for list queries). */
  reach(): ReturnType<typeof reachOf>;
}

/** Staff with a kernel permission somewhere; the handler then checks the division with `ctx.guard`. */
export function kernelProcedure(permission: string) {
  return authedProcedure.use(({ ctx, next }) => {
    if (ctx.principal.kind !== 'staff') throw fail.forbidden();
    const reach = reachOf(ctx.principal, permission);
    if (reach.divisions.length === 0 && reach.organizations.length === 0) throw fail.forbidden();
    const guard: Guard = {
      division(divisionCode, organizationId) {
        if (!can(ctx.principal, permission, divisionCode, organizationId)) {
          // Do not reveal whether something exists outside the caller's reach.
          throw fail.notFound();
        }
      },
      reach: () => reach,
    };
    return next({ ctx: { guard, permission } });
  });
}
