// An HTTP(S) GET for opinion feeds that cannot be turned against the server's own network: every
// address the host resolves to is checked against the feed address policy *in the connection's own
// DNS lookup* (so the checked address is the one connected to: no re-resolution in between), IP
// literals are checked before connecting, redirects are followed by hand (at most 5, http/https
// only, each hop checked by the same rule), and one deadline covers the whole exchange (redirects
// and body); the body is capped after decompression.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { addressAllowed, hostOf, nonPublicRange, type FeedAddressPolicy } from './feed-address';

export class FeedError extends Error {}

export interface FetchLimits { timeoutMs: number; maxBytes: number; maxRedirects?: number }
export interface Fetched { status: number; contentType: string | null; body: Uint8Array; url: string }

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = { accept: 'application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5', 'user-agent': 'Gongkai-OpinionMonitor/1.0', 'accept-encoding': 'gzip, deflate, br' };

function refused(host: string, address: string): FeedError {
  return new FeedError(`订阅地址不允许：${host} 指向内部或保留地址 ${address}（${nonPublicRange(address) ?? '未允许'}）。如确需抓取内网地址，请由系统管理员设置 GONGKAI_FEED_ALLOW_HOSTS`);
}

/** A DNS lookup for net.connect that refuses the connection when any resolved address is not allowed. */
function guardedLookup(policy: FeedAddressPolicy, host: string): net.LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) { callback(err, []); return; }
      const bad = addresses.find((a) => !addressAllowed(policy, host, a.address));
      if (bad) { callback(refused(host, bad.address), []); return; }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  }) as net.LookupFunction;
}

/** The body, decompressed; an error or abort of the response ends the decompressor too. */
function decoded(res: http.IncomingMessage): Readable {
  const codec = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const unzip = codec === 'gzip' || codec === 'x-gzip' ? zlib.createGunzip() : codec === 'deflate' ? zlib.createInflate() : codec === 'br' ? zlib.createBrotliDecompress() : null;
  return unzip ? pipeline(res, unzip, () => {}) : res;
}

async function readCapped(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) { stream.destroy(); throw new FeedError(`订阅内容超过 ${Math.round(maxBytes / 1024 / 1024)} MB`); }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

function get(url: URL, policy: FeedAddressPolicy, signal: AbortSignal): Promise<http.IncomingMessage> {
  const host = hostOf(url);
  // An IP literal is connected to without a lookup: check it here.
  if (net.isIP(host) && !addressAllowed(policy, host, host)) return Promise.reject(refused(host, host));
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, { method: 'GET', headers: HEADERS, agent: false, lookup: guardedLookup(policy, host), signal }, resolve);
    req.on('error', reject);
    req.end();
  });
}

/** GET `url` under the address policy, following checked redirects, within the limits. */
export async function safeFetch(url: string, policy: FeedAddressPolicy, limits: FetchLimits): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const maxRedirects = limits.maxRedirects ?? 5;
  let current = new URL(url);
  try {
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new FeedError(`订阅地址只能使用 http 或 https：${current.protocol}`);
      const res = await get(current, policy, signal);
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) && res.headers.location) {
        res.resume();
        if (hop >= maxRedirects) throw new FeedError(`订阅地址重定向超过 ${maxRedirects} 次`);
        current = new URL(res.headers.location, current);
        continue;
      }
      if (status < 200 || status > 299) { res.resume(); return { status, contentType: res.headers['content-type'] ?? null, body: new Uint8Array(), url: current.toString() }; }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) { res.destroy(); throw new FeedError(`订阅内容超过 ${Math.round(limits.maxBytes / 1024 / 1024)} MB`); }
      const body = await readCapped(decoded(res), limits.maxBytes);
      return { status, contentType: res.headers['content-type'] ?? null, body, url: current.toString() };
    }
  } catch (err) {
    if (err instanceof FeedError) throw err;
    if (signal.aborted) throw new FeedError('无法获取订阅：连接超时');
    throw new FeedError(`无法获取订阅：${(err as Error).message}`);
  }
}
