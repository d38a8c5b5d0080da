// Opinion sources: manual entry, Atom/RSS feeds fetched by a job, systems posting through the API.
import { fail } from '@gongkai/kernel';
import { z } from 'zod';
import { divisionCode, recordId } from '../../../contracts/common';
import { saveSourceInput } from '../../../contracts/opinion';
import { p } from '../../procedure';
import { sourceView } from './views';
import { feedPolicyFromEnv, refusedUrl } from '../../services/feed-address';

export const sources = p.can('opinion.read').input(z.object({ divisionCode }).strict()).query(async ({ ctx, input }) => {
  const rows = await ctx.plugin.db.mechanismsOpinionSource.findMany({ where: { divisionCode: input.divisionCode }, orderBy: [{ kind: 'asc' }, { name: 'asc' }] });
  return rows.map(sourceView);
});

export const saveSource = p.can('opinion.manage').input(saveSourceInput).mutation(async ({ ctx, input }) => {
  if (input.kind !== 'feed' && input.url) throw fail.badRequest('只有订阅来源需要订阅地址', 'url');
  if (input.url && refusedUrl(feedPolicyFromEnv(), input.url)) throw fail.badRequest('订阅地址指向内部或保留地址，不能抓取（由系统管理员决定是否允许）', 'url');
  const data = { name: input.name, url: input.kind === 'feed' ? input.url : null, weight: input.weight, fetchMinutes: input.fetchMinutes, active: input.active };
  let row;
  if (input.id) {
    const existing = await ctx.plugin.db.mechanismsOpinionSource.findUnique({ where: { id: input.id } });
    if (!existing || existing.divisionCode !== input.divisionCode) throw fail.notFound('舆情来源');
    if (existing.kind !== input.kind) throw fail.badRequest('来源类型不能修改，请新建来源', 'kind');
    row = await ctx.plugin.db.mechanismsOpinionSource.update({ where: { id: existing.id }, data });
  } else {
    row = await ctx.plugin.db.mechanismsOpinionSource.create({ data: { ...data, divisionCode: input.divisionCode, kind: input.kind, createdById: ctx.principal.userId } });
  }
  ctx.audit.target('mechanisms.opinion-source', row.id, row.divisionCode);
  return sourceView(row);
});

/** Fetches a feed now (as a job after this call commits) instead of waiting for its turn. */
export const fetchSource = p.can('opinion.manage').input(z.object({ sourceId: recordId }).strict()).mutation(async ({ ctx, input }) => {
  const source = await ctx.plugin.db.mechanismsOpinionSource.findUnique({ where: { id: input.sourceId } });
  if (!source) throw fail.notFound('舆情来源');
  await ctx.guard.division(source.divisionCode);
  if (source.kind !== 'feed' || !source.url) throw fail.badRequest('只有订阅来源可以抓取', 'sourceId');
  if (!source.active) throw fail.precondition('该来源已停用');
  await ctx.plugin.enqueue('opinion-fetch-feeds', { divisionCode: source.divisionCode, sourceId: source.id }, { jobId: `opinion-fetch-${source.id}-${ctx.plugin.clock.now().getTime()}` });
  ctx.audit.target('mechanisms.opinion-source', source.id, source.divisionCode);
  return { queued: true };
});
