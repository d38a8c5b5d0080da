// Closing a request with an outcome code: the one place that sets the outcome, timeliness, the
// working days taken (for the metrics), and closes every open deadline of the case (the 补正
// notice's by ending its stage). Requests are
// closed in sets (the sweep closes every unpaid case at once); a reply closes a set of one.
import type { MechanismsRequest } from '@gongkai/db';
import { outcomes, type OutcomeCode } from '../../contracts/vocabulary';
import { PLUGIN_ID, syncClocks } from './clock-sync';
import { fromDb, fromDbOrNull, toDb, workingCalendar } from './calendar';
import type { Ctx } from './context';
import { closeRequestDeadlines } from './requests';

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

export async function closeRequest(ctx: Ctx, r: MechanismsRequest, a: CloseArgs): Promise<void> {
  await closeRequests(ctx, [{ r, a }]);
}

/** Closes each request (locked by the caller) with its own outcome, in one statement per kind of row. */
export async function closeRequests(ctx: Ctx, list: readonly { r: MechanismsRequest; a: CloseArgs }[]): Promise<void> {
  if (list.length === 0) return;
  const cal = await workingCalendar(ctx);
  const closed: { r: MechanismsRequest; a: CloseArgs; info: (typeof outcomes)[OutcomeCode]; taken: number; legalBasis: string | null; onTime: boolean }[] = [];
  for (const { r, a } of list) {
    const due = fromDbOrNull(r.dueDate);
    const info = outcomes[a.outcomeCode];
    closed.push({
      r, a, info,
      taken: Math.max(0, (await cal.workingDaysBetween(fromDb(r.clockStart), a.closedOn)) - r.excludedDays),
      legalBasis: a.legalBasis ?? (info.defaultBasis || null),
      onTime: due === null ? true : a.closedOn <= due,
    });
  }
  const ids = list.map(({ r }) => r.id);
  // Open sub-tasks end with the case.
  const open = await ctx.db.mechanismsSubtask.findMany({ where: { requestId: { in: ids }, status: 'open' }, select: { id: true } });
  if (open.length > 0) {
    await ctx.db.mechanismsSubtask.updateMany({ where: { id: { in: open.map((s) => s.id) } }, data: { status: 'cancelled' } });
    await ctx.calendar.closeDeadlines(ctx.tx, open.map((s) => ({ pluginId: PLUGIN_ID, subjectType: 'subtask', subjectId: s.id, kind: 'answer' })), 'cancelled');
  }
  const unpaidClosed = list.filter(({ a }) => a.outcomeCode === 'other.unpaid').map(({ r }) => r.id);
  const otherwise = list.filter(({ a }) => a.outcomeCode !== 'other.unpaid').map(({ r }) => r.id);
  if (unpaidClosed.length > 0) await ctx.db.mechanismsFee.updateMany({ where: { requestId: { in: unpaidClosed }, status: 'unpaid' }, data: { status: 'expired' } });
  if (otherwise.length > 0) await ctx.db.mechanismsFee.updateMany({ where: { requestId: { in: otherwise }, status: 'unpaid' }, data: { status: 'waived' } });
  const col = <T>(f: (c: (typeof closed)[number]) => T) => closed.map(f);
  await ctx.db.$executeRaw`
    UPDATE mechanisms_request r SET status = 'closed', outcome_code = u.outcome_code, outcome_reason = u.outcome_reason, legal_basis = u.legal_basis,
      closed_on = u.closed_on, on_the_spot = u.on_the_spot, working_days_taken = u.working_days_taken, on_time = u.on_time, overdue = false,
      paused = false, transfer_body = u.transfer_body, transfer_contact = u.transfer_contact, updated_at = ${new Date()}
    FROM unnest(${ids}::text[], ${col((c) => c.a.outcomeCode)}::text[], ${col((c) => c.a.reason)}::text[], ${col((c) => c.legalBasis)}::text[],
                ${col((c) => c.a.closedOn)}::date[], ${col((c) => c.a.onTheSpot ?? false)}::boolean[], ${col((c) => c.taken)}::int[],
                ${col((c) => c.onTime)}::boolean[], ${col((c) => c.a.transferBody ?? null)}::text[], ${col((c) => c.a.transferContact ?? null)}::text[])
      AS u(id, outcome_code, outcome_reason, legal_basis, closed_on, on_the_spot, working_days_taken, on_time, transfer_body, transfer_contact)
    WHERE r.id = u.id`;
  await closeRequestDeadlines(ctx, ids, 'met');
  // Ends the 补正 notice stage where it was still open (and closes its kernel deadline).
  await syncClocks(ctx, ids);
  const at = ctx.clock.now();
  await ctx.db.mechanismsRequestEvent.createMany({
    data: closed.map((c) => ({
      requestId: c.r.id, divisionCode: c.r.divisionCode, kind: 'replied', on: toDb(c.a.closedOn), at, actorId: c.a.actor.id, actorName: c.a.actor.name,
      public: true, note: c.info.label, data: { outcomeCode: c.a.outcomeCode },
    })),
  });
  for (const c of closed) {
    await ctx.emit('mechanisms.request.closed', c.r.divisionCode, { requestId: c.r.id, number: c.r.number, organizationId: c.r.organizationId, outcomeCode: c.a.outcomeCode, onTime: c.onTime });
  }
}
