import type { Tx } from '@gongkai/db';
import type { Kernel } from '../kernel';
import type { EventEnvelope } from '../plugins/define-plugin';

export interface DispatchOptions {
  /** Stop after this many events in one run (the next run continues). */
  maxEvents?: number;
  /** First retry delay after a handler failed; doubles per attempt up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Interactive transaction timeout for one event and all its handlers. */
  transactionTimeoutMs?: number;
}

export interface DispatchResult {
  /** Events claimed in this run. */
  events: number;
  /** (event, handler) pairs delivered in this run. */
  delivered: number;
  /** (event, handler) pairs whose plugin is disabled for the event's division. */
  skipped: number;
  /** Failed handler calls (the event is retried later). */
  failed: number;
}

interface Handler {
  key: string;
  pluginId: string | null;
  run(event: EventEnvelope, tx: Tx, afterCommit: (fn: () => Promise<void>) => void): Promise<void>;
}

/** Plugin handlers (`plugin:<id>`) then kernel handlers (`kernel:<key>`) for an event type. */
export function handlersFor(kernel: Kernel, type: string): Handler[] {
  const out: Handler[] = [];
  for (const p of kernel.registry.plugins) {
    const h = p.events?.[type];
    if (h) out.push({ key: `plugin:${p.id}`, pluginId: p.id, run: (e, tx, ac) => h(e, kernel.pluginContext(p.id, tx, ac)) });
  }
  for (const [key, h] of kernel.events.kernelHandlersFor(type)) {
    out.push({ key: `kernel:${key}`, pluginId: null, run: (e, tx) => h(e, tx) });
  }
  return out;
}

function backoff(attempts: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, attempts - 1));
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 500);
}

/**
 * Delivers committed outbox events until none is ready (or `maxEvents`). Safe to run in many
 * processes at once: each event is claimed with `FOR UPDATE SKIP LOCKED` and handled in one
 * transaction that holds the claim. For every handler that has not yet succeeded for the event:
 *
 *   SAVEPOINT → handler(event, context bound to this transaction)
 *
 * and on failure ROLLBACK TO SAVEPOINT, so a failed handler leaves no half-written rows; the
 * EventDelivery rows of the handlers that succeeded commit together with their effects. The event is marked dispatched only when
 * every handler has succeeded; otherwise `attempts` grows, `lastError` names the handlers, and the
 * event waits `backoffMs · 2^(attempts-1)` (capped) before the next try. Redelivery skips handlers
 * already recorded, so delivery is at least once overall and exactly once per database effect.
 * Side effects outside the database (enqueued jobs, after-commit hooks) run after the commit.
 */
export async function dispatchOutbox(kernel: Kernel, options: DispatchOptions = {}): Promise<DispatchResult> {
  const maxEvents = options.maxEvents ?? 500;
  const base = options.backoffMs ?? 5_000;
  const maxBackoff = options.maxBackoffMs ?? 3_600_000;
  const timeout = options.transactionTimeoutMs ?? 120_000;
  const result: DispatchResult = { events: 0, delivered: 0, skipped: 0, failed: 0 };
  // Events that failed in this run are not retried in the same run, even with a zero backoff.
  const failedHere: bigint[] = [];

  while (result.events < maxEvents) {
    const afterCommit: (() => Promise<void>)[] = [];
    let claimedId: bigint | null = null;
    let outcome: { delivered: number; skipped: number; failed: number } | null;
    try {
      outcome = await kernel.db.$transaction(async (tx) => {
        const exclude = failedHere.length ? failedHere : [BigInt(-1)];
        const rows = await tx.$queryRaw<ClaimedRow[]>`
          SELECT id, type, division_code, plugin_id, payload::text AS payload, created_at, attempts FROM kernel_outbox_event
          WHERE dispatched_at IS NULL AND available_at <= now() AND id <> ALL(${exclude}::bigint[])
          ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`;
        const row = rows[0];
        if (!row) return null;
        claimedId = BigInt(row.id);
        return deliverOne(kernel, tx as Tx, row, afterCommit, base, maxBackoff);
      }, { timeout, maxWait: 30_000 });
    } catch (err) {
      // The whole transaction failed (a handler overran the timeout, the connection dropped):
      // nothing was recorded, so count an attempt outside it and back off.
      if (claimedId === null) throw err;
      const id: bigint = claimedId;
      failedHere.push(id);
      result.events++;
      result.failed++;
      kernel.logger.error({ err, eventId: String(id) }, 'outbox event delivery aborted');
      const ev = await kernel.db.outboxEvent.update({ where: { id }, data: { attempts: { increment: 1 }, lastError: `transaction: ${messageOf(err)}` } });
      await kernel.db.$executeRaw`UPDATE kernel_outbox_event SET available_at = now() + make_interval(secs => ${backoff(ev.attempts, base, maxBackoff) / 1000}) WHERE id = ${id}`;
      continue;
    }
    if (outcome === null) break;
    result.events++;
    result.delivered += outcome.delivered;
    result.skipped += outcome.skipped;
    result.failed += outcome.failed;
    if (outcome.failed > 0 && claimedId !== null) failedHere.push(claimedId);
    for (const fn of afterCommit) {
      try { await fn(); } catch (err) { kernel.logger.error({ err }, 'after-commit hook of an event handler failed'); }
    }
  }
  return result;
}

interface ClaimedRow { id: bigint; type: string; division_code: string | null; plugin_id: string | null; payload: string; created_at: Date; attempts: number }

async function deliverOne(kernel: Kernel, tx: Tx, row: ClaimedRow, afterCommit: (() => Promise<void>)[], base: number, maxBackoff: number) {
  const id = BigInt(row.id);
  const event: EventEnvelope = { id, type: row.type, divisionCode: row.division_code, pluginId: row.plugin_id, payload: JSON.parse(row.payload) as Record<string, unknown>, createdAt: row.created_at };
  const handlers = handlersFor(kernel, event.type);
  // Deliveries can only exist after an earlier attempt was committed (or aborted), which counted one.
  const done = row.attempts > 0
    ? new Set((await tx.eventDelivery.findMany({ where: { eventId: id }, select: { handler: true } })).map((d) => d.handler))
    : new Set<string>();
  const pending = handlers.filter((h) => !done.has(h.key));
  const enabled = event.divisionCode && pending.some((h) => h.pluginId)
    ? await kernel.enablement.effectiveAll(tx, event.divisionCode)
    : null;
  const out = { delivered: 0, skipped: 0, failed: 0 };
  const recorded: { eventId: bigint; handler: string; skipped: boolean }[] = [];
  const errors: string[] = [];
  for (const h of pending) {
    if (h.pluginId && enabled && !enabled[h.pluginId]?.enabled) {
      recorded.push({ eventId: id, handler: h.key, skipped: true });
      out.skipped++;
      continue;
    }
    const hooks: (() => Promise<void>)[] = [];
    // Savepoints of the same name stack; ROLLBACK TO undoes only this handler's writes.
    await tx.$executeRawUnsafe('SAVEPOINT gongkai_event_handler');
    try {
      await h.run(event, tx, (fn) => { hooks.push(fn); });
      recorded.push({ eventId: id, handler: h.key, skipped: false });
      afterCommit.push(...hooks);
      out.delivered++;
    } catch (err) {
      await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT gongkai_event_handler');
      errors.push(`${h.key}: ${messageOf(err)}`);
      out.failed++;
      kernel.logger.warn({ err, eventId: String(id), type: event.type, handler: h.key }, 'event handler failed; will retry');
    }
  }
  // Recorded in the same transaction as the handlers' effects: both commit or neither.
  if (recorded.length) await tx.eventDelivery.createMany({ data: recorded });
  if (errors.length === 0) {
    await tx.$executeRaw`UPDATE kernel_outbox_event SET dispatched_at = now(), last_error = NULL WHERE id = ${id}`;
  } else {
    const attempts = row.attempts + 1;
    await tx.$executeRaw`
      UPDATE kernel_outbox_event
      SET attempts = ${attempts}, last_error = ${errors.join('\n').slice(0, 2000)},
          available_at = now() + make_interval(secs => ${backoff(attempts, base, maxBackoff) / 1000})
      WHERE id = ${id}`;
  }
  // Follow-up events that handlers emitted in this transaction are claimed by the same run's loop.
  return out;
}
