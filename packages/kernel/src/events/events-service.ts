import { sqlOf, type Db, type Tx } from '@gongkai/db';
import type { EventEnvelope } from '../plugins/define-plugin';

export interface EmitOptions { type: string; divisionCode?: string | null; pluginId?: string | null; payload: Record<string, unknown> }

/** A kernel-internal handler: runs inside the dispatcher's transaction for the event. */
export type KernelEventHandler = (event: EventEnvelope, tx: Tx) => Promise<void>;

const TYPE = /^[a-z][a-z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/;

/** A prepared statement: every mutation that emits pays for it (timestamps as UTC text, as Prisma writes them). */
const INSERT_EVENT = {
  name: 'kernel_outbox_insert',
  text: `INSERT INTO kernel_outbox_event (type, division_code, plugin_id, payload, created_at, available_at)
         VALUES ($1, $2, $3, $4::jsonb, $5::timestamp, $5::timestamp) RETURNING id::text AS id`,
};

/**
 * Domain events through a transactional outbox: `emit` writes the event in the caller's
 * transaction, so it exists exactly when the change that caused it was committed. The dispatcher
 * (dispatcher.ts) delivers it at least once to every handler: the `events` maps of plugins and the
 * kernel handlers subscribed here. Delivery of (event, handler) is recorded in the handler's own
 * transaction savepoint, so database effects of a handler happen exactly once.
 *
 * After a commit that emitted events, call `committed()` (the plugin context's `emit` does this
 * through the mutation's after-commit hook) so the dispatcher runs now rather than at its next
 * periodic sweep.
 */
export class EventsService {
  /** Set by the kernel: enqueues a dispatcher run. */
  onEmitted: () => void = () => {};
  private readonly kernelHandlers = new Map<string, Map<string, KernelEventHandler>>();

  /** Writes the event in `db`'s transaction (or on its own when `db` is the root client). */
  async emit(db: Tx | Db, e: EmitOptions): Promise<bigint> {
    if (!TYPE.test(e.type) || e.type.length > 120) throw new Error(`Invalid event type "${e.type}": use <plugin>.<name>[.<name>]`);
    const [row] = await sqlOf(db).rows<{ id: string }>(INSERT_EVENT, [e.type, e.divisionCode ?? null, e.pluginId ?? null, JSON.stringify(e.payload), new Date().toISOString()]);
    return BigInt(row!.id);
  }

  /** Tells the dispatcher that a transaction which emitted events has committed. Never throws. */
  committed(): void {
    try { this.onEmitted(); } catch { /* the periodic sweep delivers it anyway */ }
  }

  /** Kernel services subscribe here (plugins declare `events` in definePlugin). `key` names the handler for idempotency. */
  subscribe(type: string, key: string, handler: KernelEventHandler): void {
    let m = this.kernelHandlers.get(type);
    if (!m) this.kernelHandlers.set(type, (m = new Map()));
    if (m.has(key)) throw new Error(`Kernel event handler "${key}" for "${type}" is registered twice`);
    m.set(key, handler);
  }

  kernelHandlersFor(type: string): [string, KernelEventHandler][] {
    return [...(this.kernelHandlers.get(type) ?? [])];
  }
}
