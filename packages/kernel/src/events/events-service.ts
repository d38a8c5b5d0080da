import type { Tx } from '@gongkai/db';

export interface EmitOptions { type: string; divisionCode?: string | null; pluginId?: string | null; payload: Record<string, unknown> }

/**
 * Domain events through a transactional outbox: `emit` writes the event in the caller's
 * transaction; a dispatcher delivers it at least once to every handler (see dispatcher.ts).
 */
export class EventsService {
  /** Called after a commit that emitted events, to deliver them promptly. */
  onEmitted: () => void = () => {};

  async emit(db: Tx, e: EmitOptions): Promise<bigint> {
    const row = await db.outboxEvent.create({ data: { type: e.type, divisionCode: e.divisionCode ?? null, pluginId: e.pluginId ?? null, payload: e.payload as object } });
    return row.id;
  }
}
