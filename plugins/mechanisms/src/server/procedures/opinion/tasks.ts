// Response tasks: the responsible organisations' queue (by deadline) and answering a task.
import { fail } from '@gongkai/kernel';
import type { Prisma } from '@gongkai/db';
import { answerTaskInput, tasksInput } from '../../../contracts/opinion';
import { p } from '../../procedure';
import { orgsById } from '../../services/organizations';
import { answerTask as answer } from '../../services/opinion-warnings';
import { loadTask } from './load';
import { taskView } from './views';

export const tasks = p.can('opinion.respond').input(tasksInput).query(async ({ ctx, input }) => {
  const reach = ctx.guard.reach();
  const orgOnly = !reach.divisions.some((d) => input.divisionCode.startsWith(d));
  const where: Prisma.MechanismsResponseTaskWhereInput = {
    divisionCode: { startsWith: input.divisionCode },
    ...(input.status === 'all' ? { status: { not: 'cancelled' } } : { status: input.status }),
    ...(orgOnly ? { organizationId: { in: reach.organizations.map((o) => o.id) } } : {}),
  };
  const rows = await ctx.plugin.db.mechanismsResponseTask.findMany({ where, orderBy: [{ dueAt: input.status === 'answered' ? 'desc' : 'asc' }], skip: input.cursor, take: input.limit });
  const total = await ctx.plugin.db.mechanismsResponseTask.count({ where });
  const warnings = await ctx.plugin.db.mechanismsOpinionWarning.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.warningId))] } }, select: { id: true, level: true, topicId: true, majorEmergency: true } });
  const topics = await ctx.plugin.db.mechanismsOpinionTopic.findMany({ where: { id: { in: warnings.map((w) => w.topicId) } }, select: { id: true, title: true } });
  const wById = new Map(warnings.map((w) => [w.id, w]));
  const tById = new Map(topics.map((t) => [t.id, t.title]));
  const orgs = await orgsById(ctx.plugin, rows.map((r) => r.organizationId));
  return {
    items: rows.map((r) => {
      const w = wById.get(r.warningId);
      return { ...taskView(r, orgs.get(r.organizationId)?.name), level: w?.level ?? null, majorEmergency: w?.majorEmergency ?? false, topicId: w?.topicId ?? null, topicTitle: (w && tById.get(w.topicId)) ?? '' };
    }),
    total, nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null,
  };
});

export const answerTask = p.can('opinion.respond').input(answerTaskInput).mutation(async ({ ctx, input }) => {
  const task = await loadTask(ctx.plugin, ctx.guard, input.taskId);
  if (task.status !== 'open') throw fail.precondition(task.status === 'answered' ? '该任务已回应' : '该任务已取消');
  const now = ctx.plugin.clock.now();
  const answeredAt = input.answeredAt ?? now;
  if (answeredAt.getTime() > now.getTime()) throw fail.badRequest('回应时间不能晚于当前时间', 'answeredAt');
  const warning = (await ctx.plugin.db.mechanismsOpinionWarning.findUnique({ where: { id: task.warningId } }))!;
  if (answeredAt.getTime() < warning.raisedAt.getTime()) throw fail.badRequest('回应时间不能早于预警发布时间', 'answeredAt');
  const row = await answer(ctx.plugin, task, { note: input.note, url: input.url, answeredAt, userId: ctx.principal.userId });
  ctx.audit.target('mechanisms.response-task', row.id, row.divisionCode);
  return taskView(row);
});
