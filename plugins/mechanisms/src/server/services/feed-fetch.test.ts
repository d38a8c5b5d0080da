// The guarded fetch against real HTTP servers on loopback (which the default policy refuses, so each
// case states the policy it runs under).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedPolicyFromEnv } from './feed-address';
import { safeFetch } from './feed-fetch';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes: Record<string, Handler> = {};
let server: Server;
let port = 0;
let hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const h = routes[req.url ?? ''];
    if (h) h(req, res); else res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const at = (path: string, host = '127.0.0.1') => `http://${host}:${port}${path}`;
const limits = { timeoutMs: 2_000, maxBytes: 64 * 1024 };
const open = feedPolicyFromEnv({ GONGKAI_FEED_ALLOW_PRIVATE: '1' });
const closed = feedPolicyFromEnv({});
/** Only the test server's own address is allowed. */
const onlyServer = feedPolicyFromEnv({ GONGKAI_FEED_ALLOW_HOSTS: '127.0.0.1' });
const text = (b: Uint8Array) => new TextDecoder().decode(b);

routes['/feed.xml'] = (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>');
routes['/gz.xml'] = (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(gzipSync('<rss>压缩</rss>'));
routes['/to-feed'] = (_req, res) => res.writeHead(302, { location: '/feed.xml' }).end();
routes['/to-other-loopback'] = (_req, res) => res.writeHead(301, { location: `http://127.0.0.2:${port}/feed.xml` }).end();
routes['/to-metadata'] = (_req, res) => res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
routes['/to-mapped'] = (_req, res) => res.writeHead(302, { location: 'http://[::ffff:a9fe:a9fe]/latest/meta-data/' }).end();
routes['/to-file'] = (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end();
routes['/loop'] = (_req, res) => res.writeHead(302, { location: '/loop' }).end();
routes['/big-declared'] = (_req, res) => res.writeHead(200, { 'content-length': String(100 * 1024) }).end('x'.repeat(100 * 1024));
routes['/big-chunked'] = (_req, res) => { res.writeHead(200); for (let i = 0; i < 100; i++) res.write('x'.repeat(1024)); res.end(); };
routes['/gz-bomb'] = (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(10 * 1024 * 1024)));
routes['/slow'] = (_req, res) => { res.writeHead(200); res.write('<rss>'); /* never ends */ };
routes['/hang'] = () => { /* never answers */ };

describe('safeFetch', () => {
  it('refuses loopback by default, for an IP literal and for a name that resolves to it, without connecting', async () => {
    hits = [];
    await expect(safeFetch(at('/feed.xml'), closed, limits)).rejects.toThrow(/订阅地址不允许：127\.0\.0\.1 指向内部或保留地址 127\.0\.0\.1（loopback）/);
    await expect(safeFetch(at('/feed.xml', 'localhost'), closed, limits)).rejects.toThrow(/订阅地址不允许：localhost 指向内部或保留地址/);
    await expect(safeFetch(at('/feed.xml', '[::ffff:127.0.0.1]'), closed, limits)).rejects.toThrow(/订阅地址不允许/);
    await expect(safeFetch(at('/feed.xml', '[::1]'), closed, limits)).rejects.toThrow(/订阅地址不允许/);
    await expect(safeFetch('http://169.254.169.254/latest/meta-data/', closed, limits)).rejects.toThrow(/linkLocal/);
    await expect(safeFetch('http://100.100.100.200/latest/meta-data/', closed, limits)).rejects.toThrow(/carrierGradeNat/);
    expect(hits).toEqual([]);
  });

  it('fetches when the server allows private addresses, through the name lookup too, and decompresses', async () => {
    expect(text((await safeFetch(at('/feed.xml'), open, limits)).body)).toBe('<rss/>');
    const byName = await safeFetch(at('/feed.xml', 'localhost'), open, limits);
    expect(byName).toMatchObject({ status: 200, contentType: 'application/rss+xml' });
    expect(text((await safeFetch(at('/gz.xml'), open, limits)).body)).toBe('<rss>压缩</rss>');
    expect(await safeFetch(at('/missing'), open, limits)).toMatchObject({ status: 404 });
  });

  it('follows redirects only where the same rule allows', async () => {
    hits = [];
    const r = await safeFetch(at('/to-feed'), onlyServer, limits);
    expect(r).toMatchObject({ status: 200, url: at('/feed.xml') });
    await expect(safeFetch(at('/to-other-loopback'), onlyServer, limits)).rejects.toThrow(/127\.0\.0\.2/);
    await expect(safeFetch(at('/to-metadata'), onlyServer, limits)).rejects.toThrow(/169\.254\.169\.254（linkLocal）/);
    await expect(safeFetch(at('/to-mapped'), onlyServer, limits)).rejects.toThrow(/::ffff:a9fe:a9fe（linkLocal）/);
    await expect(safeFetch(at('/to-file'), open, limits)).rejects.toThrow(/只能使用 http 或 https/);
    await expect(safeFetch(at('/loop'), open, limits)).rejects.toThrow(/重定向超过 5 次/);
    // The refused hops were never requested.
    expect(hits.filter((h) => h === '/feed.xml')).toHaveLength(1);
  });

  it('caps the size, declared or not, and after decompression', async () => {
    await expect(safeFetch(at('/big-declared'), open, limits)).rejects.toThrow(/订阅内容超过/);
    await expect(safeFetch(at('/big-chunked'), open, limits)).rejects.toThrow(/订阅内容超过/);
    await expect(safeFetch(at('/gz-bomb'), open, limits)).rejects.toThrow(/订阅内容超过/);
  });

  it('gives up after the time limit, whether the server is silent or slow to finish', async () => {
    const t0 = Date.now();
    await expect(safeFetch(at('/hang'), open, { ...limits, timeoutMs: 300 })).rejects.toThrow('无法获取订阅：连接超时');
    await expect(safeFetch(at('/slow'), open, { ...limits, timeoutMs: 300 })).rejects.toThrow('无法获取订阅：连接超时');
    expect(Date.now() - t0).toBeLessThan(3_000);
  });
});
