// Fetching and parsing the Atom/RSS feeds a division configures. Parsing uses
// @rowanmanning/feed-parser (maintained, tolerant of the malformed feeds real sites publish, RSS
// 0.9–2.0 and Atom 1.0); fetching uses Node's fetch with a timeout and a size cap.
import { createHash } from 'node:crypto';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { NewItem } from './opinion';

export const FEED_TIMEOUT_MS = 15_000;
export const FEED_MAX_BYTES = 5 * 1024 * 1024;
const MAX_ITEMS = 200;

export class FeedError extends Error {}

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

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) { await reader.cancel(); throw new FeedError(`订阅内容超过 ${Math.round(maxBytes / 1024 / 1024)} MB`); }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.byteLength; }
  return out;
}

export async function fetchFeedText(url: string, opts: { timeoutMs?: number; maxBytes?: number } = {}): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(opts.timeoutMs ?? FEED_TIMEOUT_MS),
      headers: { accept: 'application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5', 'user-agent': 'Gongkai-OpinionMonitor/1.0' },
      redirect: 'follow',
    });
  } catch (err) {
    throw new FeedError(`无法获取订阅：${(err as Error).name === 'TimeoutError' ? '连接超时' : (err as Error).message}`);
  }
  if (!res.ok) throw new FeedError(`订阅地址返回 HTTP ${res.status}`);
  const bytes = await readCapped(res, opts.maxBytes ?? FEED_MAX_BYTES);
  return new TextDecoder(encodingOf(res.headers.get('content-type'), bytes)).decode(bytes);
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
