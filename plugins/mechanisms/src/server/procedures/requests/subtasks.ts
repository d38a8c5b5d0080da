// First-inquiry responsibility: the receiving office asks other organisations (also in other
// divisions) for their opinion, or consults third parties, each with its own deadline; consultation
// of third parties and other organs is excluded from the reply period.
import { fail } from '@gongkai/kernel';
import type { Prisma } from '@gongkai/db';
import { subtaskAnswerInput, subtaskInput, subtaskQueueInput, subtaskRef } from '../../../contracts/requests';
import { p } from '../../procedure';
import { fromDb, toDb, today, workingCalendar } from '../../services/calendar';
import { PLUGIN_ID, syncClock } from '../../services/clock-sync';
import { orgsById, requireOrg } from '../../services/organizations';
import { loadRequest, requireOpen } from '../../services/requests';
import { addEvent } from '../../services/timeline';
import { checkActionDate } from './guards';

const KIND_NOTE = { coordination: '征求相关部门意见（协办）', organ: '征求其他机关意见', 'third-party': '征求第三方意见' } as const;

export const sendSubtask = p.can('requests.handle').input(subtaskInput).mutation(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id, { lock: true });
  requireOpen(r);
  checkActionDate(ctx.plugin, r, input.sentOn, 'sentOn');
  let divisionCode = r.divisionCode;
  if (input.kind !== 'third-party') {
    const org = await requireOrg(ctx.plugin, input.targetOrganizationId!, null, 'targetOrganizationId');
    if (org.id === r.organizationId) throw fail.badRequest('不能向本机关自己发出征求意见', 'targetOrganizationId');
    if (!(await ctx.kernel.enablement.effective(ctx.db, org.divisionCode, 'mechanisms')).enabled) throw fail.badRequest('该机构所在地区未启用政务公开机制功能，请线下征求意见', 'targetOrganizationId');
    divisionCode = org.divisionCode;
  }
  const s = r.settings.requests;
  const days = input.days ?? (input.kind === 'coordination' ? s.coordinationDays : input.kind === 'organ' ? s.organConsultationDays : s.thirdPartyDays);
  const due = await (await workingCalendar(ctx.plugin)).addWorkingDays(input.sentOn, days);
  const sub = await ctx.plugin.db.mechanismsSubtask.create({
    data: {
      requestId: r.id, divisionCode, requestDivisionCode: r.divisionCode, targetOrganizationId: input.kind === 'third-party' ? null : input.targetOrganizationId!,
      thirdPartyName: input.thirdPartyName, kind: input.kind, question: input.question, sentOn: toDb(input.sentOn), dueDate: toDb(due.dueDate),
      provisional: due.provisional, createdById: ctx.principal.userId,
    },
  });
  await ctx.plugin.calendar.registerDeadline(ctx.plugin.tx, { pluginId: PLUGIN_ID, divisionCode, subjectType: 'subtask', subjectId: sub.id, kind: 'answer', startDate: input.sentOn, workingDays: days });
  await addEvent(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'subtask-sent', on: input.sentOn, actorId: ctx.principal.userId, actorName: ctx.principal.displayName, public: input.kind !== 'coordination', note: KIND_NOTE[input.kind], data: { subtaskId: sub.id, kind: input.kind } });
  const state = await syncClock(ctx.plugin, r.id);
  await ctx.plugin.emit('mechanisms.subtask.sent', divisionCode, { subtaskId: sub.id, requestId: r.id, targetOrganizationId: sub.targetOrganizationId, dueDate: due.dueDate });
  ctx.audit.target('mechanisms.subtask', sub.id, divisionCode);
  return { id: sub.id, dueDate: due.dueDate, requestDueDate: state?.dueDate ?? null, paused: state?.phase === 'paused' };
});

async function loadSubtask(ctx: Parameters<Parameters<ReturnType<typeof p.can>['query']>[0]>[0]['ctx'], subtaskId: string, lock: boolean) {
  if (lock) await ctx.plugin.db.$queryRaw`SELECT id FROM mechanisms_subtask WHERE id = ${subtaskId} FOR UPDATE`;
  const sub = await ctx.plugin.db.mechanismsSubtask.findUnique({ where: { id: subtaskId } });
  if (!sub) throw fail.notFound('征求意见事项');
  const req = await ctx.plugin.db.mechanismsRequest.findUnique({ where: { id: sub.requestId } });
  if (!req) throw fail.notFound('征求意见事项');
  // Third parties answer on paper: the receiving office records it. Organisations answer themselves.
  if (sub.kind === 'third-party') await ctx.guard.division(req.divisionCode, req.organizationId);
  else await ctx.guard.division(sub.divisionCode, sub.targetOrganizationId);
  return { sub, req };
}

export const answerSubtask = p.can('subtasks.answer').input(subtaskAnswerInput).mutation(async ({ ctx, input }) => {
  const { sub, req } = await loadSubtask(ctx, input.subtaskId, true);
  if (sub.status !== 'open') throw fail.precondition('该事项已回复或已撤回');
  if (input.answeredOn < fromDb(sub.sentOn)) throw fail.badRequest('回复日期不能早于发出日期', 'answeredOn');
  if (input.answeredOn > today(ctx.plugin)) throw fail.badRequest('回复日期不能晚于今天', 'answeredOn');
  await ctx.plugin.db.mechanismsSubtask.update({ where: { id: sub.id }, data: { status: 'answered', answer: input.answer, answeredOn: toDb(input.answeredOn), answeredById: ctx.principal.userId, overdue: false } });
  await ctx.plugin.calendar.closeDeadline(ctx.plugin.tx, { pluginId: PLUGIN_ID, subjectType: 'subtask', subjectId: sub.id, kind: 'answer' }, 'met');
  await addEvent(ctx.plugin, { requestId: req.id, divisionCode: req.divisionCode, kind: 'subtask-answered', on: input.answeredOn, actorId: ctx.principal.userId, actorName: ctx.principal.displayName, public: sub.kind !== 'coordination', data: { subtaskId: sub.id } });
  const state = req.status === 'closed' ? null : await syncClock(ctx.plugin, req.id);
  await ctx.plugin.emit('mechanisms.subtask.answered', req.divisionCode, { subtaskId: sub.id, requestId: req.id });
  ctx.audit.target('mechanisms.subtask', sub.id, sub.divisionCode);
  return { requestDueDate: state?.dueDate ?? null };
});

export const cancelSubtask = p.can('requests.handle').input(subtaskRef).mutation(async ({ ctx, input }) => {
  const sub = await ctx.plugin.db.mechanismsSubtask.findUnique({ where: { id: input.subtaskId } });
  if (!sub) throw fail.notFound('征求意见事项');
  const r = await loadRequest(ctx.plugin, ctx.guard, sub.requestId, { lock: true });
  if (sub.status !== 'open') throw fail.precondition('该事项已回复或已撤回');
  const day = today(ctx.plugin);
  await ctx.plugin.db.mechanismsSubtask.update({ where: { id: sub.id }, data: { status: 'cancelled', answeredOn: toDb(day) } });
  await ctx.plugin.calendar.closeDeadline(ctx.plugin.tx, { pluginId: PLUGIN_ID, subjectType: 'subtask', subjectId: sub.id, kind: 'answer' }, 'cancelled');
  await addEvent(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'subtask-cancelled', on: day, actorId: ctx.principal.userId, actorName: ctx.principal.displayName, data: { subtaskId: sub.id } });
  if (r.status !== 'closed') await syncClock(ctx.plugin, r.id);
  ctx.audit.target('mechanisms.subtask', sub.id, sub.divisionCode);
  return { ok: true };
});

/** Sub-tasks addressed to organisations of a division (the answering side's queue). */
export const subtaskQueue = p.can('subtasks.answer').input(subtaskQueueInput).query(async ({ ctx, input }) => {
  const reach = ctx.guard.reach();
  const orgOnly = !reach.divisions.some((d) => input.divisionCode.startsWith(d));
  const where: Prisma.MechanismsSubtaskWhereInput = {
    divisionCode: { startsWith: input.divisionCode }, status: input.status, kind: { not: 'third-party' },
    ...(input.organizationId ? { targetOrganizationId: input.organizationId } : {}),
    ...(orgOnly ? { targetOrganizationId: { in: reach.organizations.map((o) => o.id) } } : {}),
  };
  const [rows, total] = await Promise.all([
    ctx.plugin.db.mechanismsSubtask.findMany({ where, orderBy: [{ dueDate: 'asc' }], skip: input.cursor, take: input.limit }),
    ctx.plugin.db.mechanismsSubtask.count({ where }),
  ]);
  const reqs = await ctx.plugin.db.mechanismsRequest.findMany({ where: { id: { in: rows.map((r) => r.requestId) } }, select: { id: true, number: true, organizationId: true, description: true } });
  const orgs = await orgsById(ctx.plugin, [...rows.map((r) => r.targetOrganizationId), ...reqs.map((r) => r.organizationId)]);
  return {
    total,
    items: rows.map((s) => {
      const req = reqs.find((x) => x.id === s.requestId);
      return {
        id: s.id, kind: s.kind, question: s.question, sentOn: fromDb(s.sentOn), dueDate: fromDb(s.dueDate), overdue: s.overdue, status: s.status,
        targetName: s.targetOrganizationId ? orgs.get(s.targetOrganizationId)?.name ?? '' : '', requestNumber: req?.number ?? '',
        fromOrganization: req ? orgs.get(req.organizationId)?.name ?? '' : '', description: req?.description.slice(0, 200) ?? '',
      };
    }),
  };
});
