// Closing a request with an outcome code: the one place that sets the outcome, timeliness, the
// working days taken (for the metrics), and closes every open deadline of the case.
import type { MechanismsRequest } from '@gongkai/db';
import { outcomes, type OutcomeCode } from '../../contracts/vocabulary';
import { PLUGIN_ID, syncClock } from './clock-sync';
import { fromDb, fromDbOrNull, toDb, workingCalendar } from './calendar';
import type { Ctx } from './context';
import { closeRequestDeadlines } from './requests';
import { addEvent } from './timeline';

export interface CloseArgs {
  outcomeCode: OutcomeCode;
  reason: string | null;
  legalBasis: string | null;
  closedOn: string;
  onTheSpot?: boolean;
  transferBody?: string | null;
  transferContact?: string | null;
  actor: { id: string | null; name: string | null };
}

export async function closeRequest(ctx: Ctx, r: MechanismsRequest, a: CloseArgs): Promise<MechanismsRequest> {
  const cal = await workingCalendar(ctx);
  const due = fromDbOrNull(r.dueDate);
  const taken = Math.max(0, (await cal.workingDaysBetween(fromDb(r.clockStart), a.closedOn)) - r.excludedDays);
  const info = outcomes[a.outcomeCode];
  // Open sub-tasks end with the case.
  const open = await ctx.db.mechanismsSubtask.findMany({ where: { requestId: r.id, status: 'open' } });
  for (const s of open) {
    await ctx.db.mechanismsSubtask.update({ where: { id: s.id }, data: { status: 'cancelled' } });
    await ctx.calendar.closeDeadline(ctx.tx, { pluginId: PLUGIN_ID, subjectType: 'subtask', subjectId: s.id, kind: 'answer' }, 'cancelled');
  }
  await ctx.db.mechanismsFee.updateMany({ where: { requestId: r.id, status: 'unpaid' }, data: { status: a.outcomeCode === 'other.unpaid' ? 'expired' : 'waived' } });
  const updated = await ctx.db.mechanismsRequest.update({
    where: { id: r.id },
    data: {
      status: 'closed', outcomeCode: a.outcomeCode, outcomeReason: a.reason, legalBasis: a.legalBasis ?? (info.defaultBasis || null),
      closedOn: toDb(a.closedOn), onTheSpot: a.onTheSpot ?? false, workingDaysTaken: taken,
      onTime: due === null ? true : a.closedOn <= due, overdue: false, paused: false,
      transferBody: a.transferBody ?? null, transferContact: a.transferContact ?? null,
    },
  });
  await closeRequestDeadlines(ctx, r.id, 'met');
  // Ends the 补正 notice stage if it was still open (and closes its kernel deadline).
  await syncClock(ctx, r.id);
  await addEvent(ctx, { requestId: r.id, divisionCode: r.divisionCode, kind: 'replied', on: a.closedOn, actorId: a.actor.id, actorName: a.actor.name, public: true, note: info.label, data: { outcomeCode: a.outcomeCode } });
  await ctx.emit('mechanisms.request.closed', r.divisionCode, { requestId: r.id, number: r.number, organizationId: r.organizationId, outcomeCode: a.outcomeCode, onTime: updated.onTime });
  return updated;
}
