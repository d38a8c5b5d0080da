// Fetching and parsing the Atom/RSS feeds a division configures. Parsing uses
// @rowanmanning/feed-parser (maintained, tolerant of the malformed feeds real sites publish, RSS
// 0.9–2.0 and Atom 1.0); fetching goes through services/feed-fetch.ts (public addresses only unless
// the operator allows more, redirects re-checked, a timeout and a size cap).
import { createHash } from 'node:crypto';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { NewItem } from './opinion';
import { feedPolicyFromEnv, type FeedAddressPolicy } from './feed-address';
import { FeedError, safeFetch } from './feed-fetch';

export const FEED_TIMEOUT_MS = 15_000;
export const FEED_MAX_BYTES = 5 * 1024 * 1024;
const MAX_ITEMS = 200;

export { FeedError };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', hellip: '…', mdash: '—' };

/** Plain text of an HTML fragment (for keywords, sentiment and display as text). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** The encoding named by the Content-Type header or the XML declaration (GBK feeds exist). */
function encodingOf(contentType: string | null, head: Uint8Array): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  const decl = /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(new TextDecoder('latin1').decode(head.slice(0, 200)))?.[1];
  const name = (fromHeader ?? decl ?? 'utf-8').toLowerCase();
  try { new TextDecoder(name); return name; } catch { return 'utf-8'; }
}

/** The text of the feed at `url`, fetched under the server's address policy (services/feed-address.ts). */
export async function fetchFeedText(url: string, opts: { timeoutMs?: number; maxBytes?: number; policy?: FeedAddressPolicy } = {}): Promise<string> {
  const res = await safeFetch(url, opts.policy ?? feedPolicyFromEnv(), { timeoutMs: opts.timeoutMs ?? FEED_TIMEOUT_MS, maxBytes: opts.maxBytes ?? FEED_MAX_BYTES });
  if (res.status < 200 || res.status > 299) throw new FeedError(`订阅地址返回 HTTP ${res.status}`);
  return new TextDecoder(encodingOf(res.contentType, res.body)).decode(res.body);
}

/** Items of an Atom or RSS document, newest first as published; throws FeedError when it is not a feed. */
export function parseFeedItems(xml: string): NewItem[] {
  let feed: ReturnType<typeof parseFeed>;
  try { feed = parseFeed(xml); } catch (err) { throw new FeedError(`不是有效的 RSS/Atom 订阅：${(err as Error).message}`); }
  const out: NewItem[] = [];
  for (const item of feed.items.slice(0, MAX_ITEMS)) {
    const content = htmlToText(item.content ?? item.description ?? '').slice(0, 20_000);
    const title = htmlToText(item.title ?? '').slice(0, 500) || content.slice(0, 60);
    if (!title) continue;
    const published = item.published ?? item.updated;
    const externalId = (item.id ?? item.url ?? createHash('sha256').update(`${title}\n${published?.toISOString() ?? ''}`).digest('hex')).slice(0, 200);
    const author = item.authors.map((a) => a.name).filter(Boolean).join('、').slice(0, 100) || null;
    const url = item.url && /^https?:\/\//i.test(item.url) ? item.url.slice(0, 2000) : null;
    out.push({ externalId, title, content, url, author, ...(published && !Number.isNaN(published.getTime()) ? { publishedAt: published } : {}), reposts: 0, comments: 0, likes: 0 });
  }
  return out;
}
