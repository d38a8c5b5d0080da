// Opinion items: manual entry by staff, intake from other systems (REST with an API token),
// listing, and moving an item to another topic when clustering got it wrong.
import { fail } from '@gongkai/kernel';
import type { Prisma } from '@gongkai/db';
import { z } from 'zod';
import { recordId } from '../../../contracts/common';
import { addItemInput, ingestInput, ingestOutput, itemsInput } from '../../../contracts/opinion';
import { p } from '../../procedure';
import { ingestItems, manualSource, refreshKeywords, refreshTopic } from '../../services/opinion';
import { parseSettings } from '../../services/enabled-divisions';
import { itemView } from './views';

/** Small clock differences between systems are tolerated; later times are refused. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export const addItem = p.can('opinion.manage').input(addItemInput).mutation(async ({ ctx, input }) => {
  const now = ctx.plugin.clock.now();
  if (input.publishedAt && input.publishedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw fail.badRequest('发布时间不能晚于当前时间', 'publishedAt');
  let source;
  if (input.sourceId) {
    source = await ctx.plugin.db.mechanismsOpinionSource.findUnique({ where: { id: input.sourceId } });
    if (!source || source.divisionCode !== input.divisionCode) throw fail.badRequest('来源不存在或不属于该地区', 'sourceId');
  } else {
    source = await manualSource(ctx.plugin, input.divisionCode);
  }
  const { divisionCode: _d, sourceId: _s, ...item } = input;
  const r = await ingestItems(ctx.plugin, source, [item], ctx.settings.opinion, ctx.principal.userId);
  const row = (await ctx.plugin.db.mechanismsOpinionItem.findUnique({ where: { id: r.itemIds[0]! } }))!;
  ctx.audit.target('mechanisms.opinion-item', row.id, row.divisionCode);
  return { ...itemView(row, source.name), warningIds: r.warningIds };
});

/** Other systems (hotlines, media monitoring services) report items with an API token. */
export const ingest = p.can('opinion.ingest')
  .meta({ openapi: { method: 'POST', path: '/mechanisms/opinion/items', protect: true, tags: ['舆情监测'], summary: '报送舆情信息', description: '其他系统以 API 令牌（具有“通过接口报送舆情”权限）报送舆情信息；同一来源的同一外部标识只记录一次。' } })
  .input(ingestInput).output(ingestOutput)
  .mutation(async ({ ctx, input }) => {
    const source = await ctx.plugin.db.mechanismsOpinionSource.findUnique({ where: { id: input.sourceId } });
    if (!source || source.divisionCode !== input.divisionCode || source.kind !== 'api') throw fail.badRequest('接口来源不存在、不属于该地区或不是接口报送类型', 'sourceId');
    if (!source.active) throw fail.precondition('该接口来源已停用');
    const limit = ctx.plugin.clock.now().getTime() + FUTURE_TOLERANCE_MS;
    input.items.forEach((it, i) => { if (it.publishedAt && it.publishedAt.getTime() > limit) throw fail.badRequest('发布时间不能晚于当前时间', `items.${i}.publishedAt`); });
    const r = await ingestItems(ctx.plugin, source, input.items, ctx.settings.opinion, ctx.principal.userId);
    ctx.audit.target('mechanisms.opinion-source', source.id, source.divisionCode);
    ctx.audit.detail({ received: input.items.length, created: r.created, duplicates: r.duplicates });
    return { received: input.items.length, created: r.created, duplicates: r.duplicates, topicIds: r.topicIds };
  });

export const items = p.can('opinion.read').input(itemsInput).query(async ({ ctx, input }) => {
  const reach = ctx.guard.reach();
  const orgOnly = !reach.divisions.some((d) => input.divisionCode.startsWith(d));
  const where: Prisma.MechanismsOpinionItemWhereInput = {
    divisionCode: input.divisionCode,
    ...(input.topicId ? { topicId: input.topicId } : {}),
    ...(input.sentiment ? { sentimentLabel: input.sentiment } : {}),
    ...(input.q ? { OR: [{ title: { contains: input.q } }, { content: { contains: input.q } }] } : {}),
    ...(orgOnly ? { topic: { organizationIds: { hasSome: reach.organizations.map((o) => o.id) } } } : {}),
  };
  const rows = await ctx.plugin.db.mechanismsOpinionItem.findMany({ where, orderBy: { publishedAt: 'desc' }, skip: input.cursor, take: input.limit });
  const total = await ctx.plugin.db.mechanismsOpinionItem.count({ where });
  const sources = await ctx.plugin.db.mechanismsOpinionSource.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.sourceId))] } }, select: { id: true, name: true } });
  const names = new Map(sources.map((s) => [s.id, s.name]));
  return { items: rows.map((r) => itemView(r, names.get(r.sourceId))), total, nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null };
});

/** Moves an item to another topic of its division, or to a new topic of its own. */
export const moveItem = p.can('opinion.manage').input(z.object({ itemId: recordId, topicId: recordId.nullable() }).strict()).mutation(async ({ ctx, input }) => {
  const item = await ctx.plugin.db.mechanismsOpinionItem.findUnique({ where: { id: input.itemId } });
  if (!item) throw fail.notFound('舆情信息');
  const s = parseSettings(await ctx.guard.division(item.divisionCode)).opinion;
  let target = input.topicId;
  if (target) {
    const t = await ctx.plugin.db.mechanismsOpinionTopic.findUnique({ where: { id: target } });
    if (!t || t.divisionCode !== item.divisionCode) throw fail.badRequest('专题不存在或不属于该地区', 'topicId');
  } else {
    target = (await ctx.plugin.db.mechanismsOpinionTopic.create({
      data: { divisionCode: item.divisionCode, title: item.title.slice(0, 200), keywords: item.keywords, firstSeenAt: item.publishedAt, lastSeenAt: item.publishedAt, organizationIds: [] },
    })).id;
  }
  await ctx.plugin.db.mechanismsOpinionItem.update({ where: { id: item.id }, data: { topicId: target } });
  for (const t of [item.topicId, target]) {
    if (!t) continue;
    await refreshKeywords(ctx.plugin, t);
    await refreshTopic(ctx.plugin, t, s);
  }
  ctx.audit.target('mechanisms.opinion-item', item.id, item.divisionCode);
  return { topicId: target };
});
