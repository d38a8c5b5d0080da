// Fetches the Atom/RSS feeds that are due (or one source on demand) and ingests their items.
// The network fetch runs outside any transaction; each source's items are ingested in one.
import type { Ctx } from '../services/context';
import { enabledSettings } from '../services/enabled-divisions';
import { fetchFeedText, FeedError, parseFeedItems } from '../services/opinion-feeds';
import { ingestItems } from '../services/opinion';

export interface FetchResult { sources: number; created: number; duplicates: number; failed: number }

export async function fetchFeeds(ctx: Ctx, scope: { sourceId?: string } = {}): Promise<FetchResult> {
  const now = ctx.clock.now();
  const sources = await ctx.db.mechanismsOpinionSource.findMany({
    where: { kind: 'feed', active: true, ...(scope.sourceId ? { id: scope.sourceId } : {}) },
    orderBy: { lastFetchedAt: { sort: 'asc', nulls: 'first' } },
  });
  const due = scope.sourceId ? sources : sources.filter((s) => !s.lastFetchedAt || s.lastFetchedAt.getTime() + s.fetchMinutes * 60_000 <= now.getTime());
  const settings = await enabledSettings(ctx, due.map((s) => s.divisionCode));
  const res: FetchResult = { sources: 0, created: 0, duplicates: 0, failed: 0 };
  for (const source of due) {
    const s = settings.get(source.divisionCode);
    if (!s || !source.url) continue;
    res.sources++;
    let items;
    try {
      items = parseFeedItems(await fetchFeedText(source.url));
    } catch (err) {
      res.failed++;
      const message = err instanceof FeedError ? err.message : `抓取失败：${(err as Error).message}`;
      ctx.logger.warn({ sourceId: source.id, err: (err as Error).message }, 'opinion feed fetch failed');
      await ctx.db.mechanismsOpinionSource.update({ where: { id: source.id }, data: { lastFetchedAt: now, lastStatus: 'error', lastError: message.slice(0, 500) } });
      continue;
    }
    await ctx.kernel.db.$transaction(async (tx) => {
      const c = ctx.kernel.pluginContext('mechanisms', tx) as Ctx;
      const r = await ingestItems(c, source, items, s.opinion, null);
      await c.db.mechanismsOpinionSource.update({ where: { id: source.id }, data: { lastFetchedAt: now, lastStatus: 'ok', lastError: null, lastItemCount: r.created } });
      res.created += r.created;
      res.duplicates += r.duplicates;
    }, { timeout: 60_000 });
  }
  return res;
}
