// Outbox events this plugin handles.
import type { EventHandler } from '@gongkai/kernel';
import type { Ctx } from './services/context';
import { syncClock } from './services/clock-sync';
import { toDb } from './services/calendar';

export const events: Record<string, EventHandler> = {
  /** A new year's schedule moved one of our deadlines: update the copy we keep (idempotent). */
  'kernel.calendar.deadline-changed': async (e, ctx) => {
    const p = e.payload as { pluginId?: string; subjectType?: string; subjectId?: string; kind?: string; dueDate?: string; provisional?: boolean };
    if (p.pluginId !== 'mechanisms' || !p.subjectId) return;
    // Handlers run inside the dispatcher's transaction.
    const c = ctx as Ctx;
    {
      if (p.subjectType === 'request' && (p.kind === 'reply' || p.kind === 'correction-notice')) await syncClock(c, p.subjectId!);
      else if (p.subjectType === 'subtask' && p.dueDate) await c.db.mechanismsSubtask.updateMany({ where: { id: p.subjectId, status: 'open' }, data: { dueDate: toDb(p.dueDate), provisional: !!p.provisional, remindedAt: null } });
      else if (p.subjectType === 'release' && p.dueDate) await c.db.mechanismsRelease.updateMany({ where: { id: p.subjectId, status: 'planned' }, data: { dueDate: toDb(p.dueDate), provisional: !!p.provisional, remindedAt: null } });
      else if (p.subjectType === 'fee' && p.dueDate) await c.db.mechanismsFee.updateMany({ where: { id: p.subjectId, status: 'unpaid' }, data: { payBy: toDb(p.dueDate) } });
    }
  },
};
