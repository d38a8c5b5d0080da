// Warnings: raised by staff (automatic ones come from the pipeline), assigned to responsible
// organisations, closed; and the dashboard that lists them with their tasks by deadline.
import { fail } from '@gongkai/kernel';
import { z } from 'zod';
import { divisionCode } from '../../../contracts/common';
import { assignWarningInput, closeWarningInput, levelRank, raiseWarningInput } from '../../../contracts/opinion';
import { p } from '../../procedure';
import { requireOrg } from '../../services/organizations';
import { createTasks, raiseWarning as raise } from '../../services/opinion-warnings';
import { loadTopic, loadWarning, warningsWithTasks } from './load';
import { taskView, topicView } from './views';
import { orgsById } from '../../services/organizations';

export const raiseWarning = p.can('opinion.manage').input(raiseWarningInput).mutation(async ({ ctx, input }) => {
  const { topic, settings } = await loadTopic(ctx.plugin, ctx.guard, input.topicId);
  if (topic.status !== 'open') throw fail.precondition('专题已关闭，不能发布预警');
  const open = await ctx.plugin.db.mechanismsOpinionWarning.findFirst({ where: { topicId: topic.id, status: 'open' }, orderBy: { raisedAt: 'desc' } });
  if (open && levelRank(open.level) >= levelRank(input.level)) throw fail.precondition('该专题已有同级或更高级别的未关闭预警');
  const w = await raise(ctx.plugin, topic, { level: input.level, origin: 'manual', raisedById: ctx.principal.userId, note: input.note, majorEmergency: input.majorEmergency }, settings.opinion);
  ctx.audit.target('mechanisms.opinion-warning', w.id, w.divisionCode);
  return { id: w.id, majorEmergency: w.majorEmergency };
});

/** Names responsible organisations for a warning: their tasks are due from when it was raised. */
export const assignWarning = p.can('opinion.manage').input(assignWarningInput).mutation(async ({ ctx, input }) => {
  const { warning, topic, settings } = await loadWarning(ctx.plugin, ctx.guard, input.warningId);
  if (warning.status === 'closed') throw fail.precondition('预警已关闭');
  for (const id of input.organizationIds) await requireOrg(ctx.plugin, id, warning.divisionCode, 'organizationIds', { subtree: true });
  const merged = [...new Set([...topic.organizationIds, ...input.organizationIds])];
  await ctx.plugin.db.mechanismsOpinionTopic.update({ where: { id: topic.id }, data: { organizationIds: merged } });
  // The lead (press conference) is the topic's first organisation, or the first one named here.
  const order = [...new Set([...(topic.organizationIds.length ? [topic.organizationIds[0]!] : []), ...input.organizationIds])];
  const created = await createTasks(ctx.plugin, warning, order, settings.opinion);
  ctx.audit.target('mechanisms.opinion-warning', warning.id, warning.divisionCode);
  const orgs = await orgsById(ctx.plugin, created.map((t) => t.organizationId));
  return { created: created.map((t) => taskView(t, orgs.get(t.organizationId)?.name)) };
});

export const closeWarning = p.can('opinion.manage').input(closeWarningInput).mutation(async ({ ctx, input }) => {
  const { warning } = await loadWarning(ctx.plugin, ctx.guard, input.warningId);
  if (warning.status === 'closed') throw fail.precondition('预警已关闭');
  const now = ctx.plugin.clock.now();
  // The verdict for the on-time measure: late if any task missed its deadline, on time if every
  // task was answered in time, none when nothing was due yet (a false alarm closed early).
  const tasks = await ctx.plugin.db.mechanismsResponseTask.findMany({ where: { warningId: warning.id, status: { not: 'cancelled' } } });
  const late = tasks.some((t) => t.overdue || t.onTime === false || (t.status === 'open' && t.dueAt.getTime() < now.getTime()));
  const onTime = late ? false : tasks.length > 0 && tasks.every((t) => t.onTime === true) ? true : null;
  await ctx.plugin.db.mechanismsResponseTask.updateMany({ where: { warningId: warning.id, status: 'open' }, data: { status: 'cancelled' } });
  const row = await ctx.plugin.db.mechanismsOpinionWarning.update({ where: { id: warning.id }, data: { status: 'closed', closedAt: now, onTime, note: input.note ? [warning.note, `关闭：${input.note}`].filter(Boolean).join('\n') : warning.note } });
  ctx.audit.target('mechanisms.opinion-warning', row.id, row.divisionCode);
  return { id: row.id, status: row.status };
});

/** The monitoring dashboard: open warnings and open tasks by deadline, hot topics, sentiment. */
export const dashboard = p.can('opinion.read').input(z.object({ divisionCode }).strict()).query(async ({ ctx, input }) => {
  const now = ctx.plugin.clock.now();
  // Staff granted at an organisation see the topics that name their organisation only.
  const reach = ctx.guard.reach();
  const orgIds = reach.divisions.some((d) => input.divisionCode.startsWith(d)) ? null : reach.organizations.map((o) => o.id);
  const topicScope = orgIds ? { organizationIds: { hasSome: orgIds } } : {};
  const warnings = await ctx.plugin.db.mechanismsOpinionWarning.findMany({ where: { divisionCode: input.divisionCode, status: 'open', ...(orgIds ? { topic: topicScope } : {}) }, orderBy: { raisedAt: 'asc' }, take: 200 });
  const topicRows = await ctx.plugin.db.mechanismsOpinionTopic.findMany({ where: { id: { in: warnings.map((w) => w.topicId) } }, select: { id: true, title: true } });
  const withTasks = await warningsWithTasks(ctx.plugin, warnings, new Map(topicRows.map((t) => [t.id, t.title])));
  // Deadline first; warnings nobody has been assigned to yet come before all of them.
  withTasks.sort((a, b) => (a.nextDueAt?.getTime() ?? (a.tasks.length ? Infinity : -Infinity)) - (b.nextDueAt?.getTime() ?? (b.tasks.length ? Infinity : -Infinity)) || a.raisedAt.getTime() - b.raisedAt.getTime());
  const openTasks = withTasks.flatMap((w) => w.tasks.filter((t) => t.status === 'open').map((t) => ({ ...t, topicTitle: w.topicTitle, level: w.level }))).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const hot = await ctx.plugin.db.mechanismsOpinionTopic.findMany({ where: { divisionCode: input.divisionCode, status: 'open', ...topicScope }, orderBy: { heat: 'desc' }, take: 10 });
  const since = new Date(now.getTime() - 7 * 86_400_000);
  const sentiment = await ctx.plugin.db.mechanismsOpinionItem.groupBy({ by: ['sentimentLabel'], where: { divisionCode: input.divisionCode, publishedAt: { gte: since }, ...(orgIds ? { topic: topicScope } : {}) }, _count: { _all: true } });
  const counts = { negative: 0, neutral: 0, positive: 0 };
  for (const s of sentiment) counts[s.sentimentLabel as keyof typeof counts] = s._count._all;
  return {
    now, warnings: withTasks, tasks: openTasks, topics: hot.map(topicView),
    lastWeek: { ...counts, total: counts.negative + counts.neutral + counts.positive },
    overdueTasks: openTasks.filter((t) => t.dueAt.getTime() < now.getTime()).length,
  };
});
