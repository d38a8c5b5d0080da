// Delivers a published release to one channel; retried by the queue, recorded per channel.
import type { Ctx } from '../services/context';

export async function deliverRelease(ctx: Ctx, releaseId: string, channelId: string): Promise<{ status: string }> {
  const d = await ctx.db.mechanismsReleaseDelivery.findUnique({ where: { releaseId_channelId: { releaseId, channelId } } });
  if (!d || d.status === 'delivered') return { status: d?.status ?? 'missing' };
  const r = await ctx.db.mechanismsRelease.findUnique({ where: { id: releaseId } });
  const channel = ctx.kernel.channels.get(channelId);
  if (!r || !r.catalogueItemId || !channel) {
    await ctx.db.mechanismsReleaseDelivery.update({ where: { id: d.id }, data: { status: 'failed', error: channel ? '信息未发布' : `渠道 ${channelId} 未安装`, attempts: { increment: 1 } } });
    return { status: 'failed' };
  }
  try {
    const out = await channel.deliver({ divisionCode: r.divisionCode, catalogueItemId: r.catalogueItemId, title: r.title, summary: r.summary, url: ctx.kernel.catalogue.url(r.catalogueItemId), publishedAt: ctx.clock.now() }, { logger: ctx.logger });
    await ctx.db.mechanismsReleaseDelivery.update({ where: { id: d.id }, data: { status: 'delivered', externalRef: out.externalRef ?? null, deliveredAt: ctx.clock.now(), attempts: { increment: 1 }, error: null } });
    return { status: 'delivered' };
  } catch (err) {
    await ctx.db.mechanismsReleaseDelivery.update({ where: { id: d.id }, data: { status: 'failed', error: (err as Error).message.slice(0, 500), attempts: { increment: 1 } } });
    throw err;
  }
}
