// Atom (RFC 4287) feeds of newly published items, per division (its subtree) and per topic.
import { Feed } from 'feed';
import { z } from 'zod';
import type { Db } from '@gongkai/db';
import { findTopic } from '../contracts';
import type { KernelConfig } from '../config';
import type { Clock } from '../clock';
import { divisionCode } from '../routers/divisions';
import { fail } from '../trpc/errors';
import type { CatalogueService } from './catalogue-service';
import { topicCodeFilter } from './schemas';
import { searchItems } from './search';
import { parseOrFail } from './validation';

export interface FeedDeps { db: Db; config: KernelConfig; clock: Clock; catalogue: CatalogueService }

export const feedOptions = z.object({
  divisionCode: divisionCode.optional(),
  topicCode: topicCodeFilter.optional(),
  /** Entries in the feed (default 50). */
  limit: z.number().int().min(1).max(200).default(50),
}).strict();
export type FeedOptionsInput = z.input<typeof feedOptions>;

/** Entry titles and summaries are Atom `type="html"` (how the feed package writes them): escape plain text. */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Where the feed lives; the server mounts `renderAtomFeed` at this path. */
export function atomFeedUrl(publicUrl: string, o: { divisionCode?: string; topicCode?: string }): string {
  const qs = new URLSearchParams();
  if (o.divisionCode) qs.set('division', o.divisionCode);
  if (o.topicCode) qs.set('topic', o.topicCode);
  const s = qs.toString();
  return `${publicUrl}/feeds/catalogue.atom${s ? `?${s}` : ''}`;
}

/** The feed as Atom XML. Unknown division: NOT_FOUND; malformed options: BAD_REQUEST. */
export async function renderAtomFeed(k: FeedDeps, options: FeedOptionsInput = {}): Promise<string> {
  const o = parseOrFail(feedOptions, options);
  let scope = '黑龙江省';
  if (o.divisionCode) {
    const d = await k.db.division.findUnique({ where: { code: o.divisionCode }, select: { name: true } });
    if (!d) throw fail.notFound('行政区划');
    scope = d.name;
  }
  const topic = o.topicCode ? findTopic(o.topicCode) : undefined;
  const { items } = await searchItems(k.db, { q: '', divisionCode: o.divisionCode, topicCode: o.topicCode }, 0, o.limit, k.catalogue.searchContext());
  const self = atomFeedUrl(k.config.publicUrl, o);
  const feed = new Feed({
    id: self,
    title: `${scope}政府信息公开目录${topic ? ` · ${topic.path.replace(/\\/g, ' / ')}` : ''}`,
    description: `${scope}最新主动公开的政府信息`,
    link: `${k.config.publicUrl}/`,
    language: 'zh-CN',
    updated: items[0] ? new Date(items[0].publishedAt) : k.clock.now(),
    generator: 'Gongkai',
    feedLinks: { atom: self },
    copyright: `${scope}人民政府`,
    author: { name: scope },
  });
  for (const it of items) {
    feed.addItem({
      id: it.url,
      title: html(it.title),
      link: it.url,
      date: new Date(it.publishedAt),
      published: new Date(it.publishedAt),
      description: html(it.summary || it.title),
      author: [{ name: it.organizationName || it.divisionName }],
      category: [{ name: it.topicPath, term: it.topicCode }],
    });
  }
  return feed.atom1();
}
