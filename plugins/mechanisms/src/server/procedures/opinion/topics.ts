// Topics: the hot list, the topic page, and analysts' corrections (title, responsible
// organisations, closing).
import { fail } from '@gongkai/kernel';
import type { Prisma } from '@gongkai/db';
import { topicRef, topicsInput, updateTopicInput } from '../../../contracts/opinion';
import { p } from '../../procedure';
import { orgsById, requireOrg } from '../../services/organizations';
import { loadTopic, warningsWithTasks } from './load';
import { itemView, topicView } from './views';

export const topics = p.can('opinion.read').input(topicsInput).query(async ({ ctx, input }) => {
  const reach = ctx.guard.reach();
  const orgOnly = !reach.divisions.some((d) => input.divisionCode.startsWith(d));
  const where: Prisma.MechanismsOpinionTopicWhereInput = {
    divisionCode: input.divisionCode, status: input.status,
    ...(orgOnly ? { organizationIds: { hasSome: reach.organizations.map((o) => o.id) } } : {}),
  };
  const rows = await ctx.plugin.db.mechanismsOpinionTopic.findMany({ where, orderBy: [{ heat: 'desc' }, { lastSeenAt: 'desc' }], skip: input.cursor, take: input.limit });
  const total = await ctx.plugin.db.mechanismsOpinionTopic.count({ where });
  return { items: rows.map(topicView), total, nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null };
});

export const topic = p.can('opinion.read').input(topicRef).query(async ({ ctx, input }) => {
  const { topic: t } = await loadTopic(ctx.plugin, ctx.guard, input.id);
  const items = await ctx.plugin.db.mechanismsOpinionItem.findMany({ where: { topicId: t.id }, orderBy: { publishedAt: 'desc' }, take: 200 });
  const sources = await ctx.plugin.db.mechanismsOpinionSource.findMany({ where: { id: { in: [...new Set(items.map((i) => i.sourceId))] } }, select: { id: true, name: true } });
  const names = new Map(sources.map((s) => [s.id, s.name]));
  const warnings = await ctx.plugin.db.mechanismsOpinionWarning.findMany({ where: { topicId: t.id }, orderBy: { raisedAt: 'desc' } });
  const orgs = await orgsById(ctx.plugin, t.organizationIds);
  const daily = await ctx.plugin.db.$queryRaw<{ day: string; count: bigint }[]>`
    SELECT to_char(published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, count(*) AS count
    FROM mechanisms_opinion_item WHERE topic_id = ${t.id} GROUP BY 1 ORDER BY 1`;
  return {
    ...topicView(t),
    organizations: t.organizationIds.map((id) => ({ id, name: orgs.get(id)?.name ?? '' })),
    items: items.map((i) => itemView(i, names.get(i.sourceId))),
    warnings: await warningsWithTasks(ctx.plugin, warnings, new Map([[t.id, t.title]])),
    daily: daily.map((d) => ({ day: d.day, count: Number(d.count) })),
  };
});

export const updateTopic = p.can('opinion.manage').input(updateTopicInput).mutation(async ({ ctx, input }) => {
  const { topic: t } = await loadTopic(ctx.plugin, ctx.guard, input.id);
  if (input.organizationIds) {
    for (const id of input.organizationIds) await requireOrg(ctx.plugin, id, t.divisionCode, 'organizationIds', { subtree: true });
  }
  if (input.status === 'closed' && t.status === 'open') {
    const open = await ctx.plugin.db.mechanismsOpinionWarning.count({ where: { topicId: t.id, status: 'open' } });
    if (open > 0) throw fail.precondition('该专题还有未关闭的预警，请先处理预警');
  }
  const row = await ctx.plugin.db.mechanismsOpinionTopic.update({
    where: { id: t.id },
    data: { ...(input.title ? { title: input.title } : {}), ...(input.organizationIds ? { organizationIds: [...new Set(input.organizationIds)] } : {}), ...(input.status ? { status: input.status } : {}) },
  });
  ctx.audit.target('mechanisms.opinion-topic', row.id, row.divisionCode);
  return topicView(row);
});
