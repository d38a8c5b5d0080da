// Serves the built web app (apps/web/dist): hashed assets cached for a year as immutable, every
// other file revalidated, and index.html for any page route (portal and /console/*) so the
// client-side router can take over (SPA fallback). Without a build it answers page routes with
// a bilingual page that says how to build it.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface StaticWebOptions {
  dist: string;
  /** URL prefixes that never fall back to the web app (APIs answer their own 404s). */
  apiPrefixes: string[];
}

/** Vite's hashed output: `assets/<name>-<hash>.<ext>`. */
const HASHED = /[-.][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export function cacheControlFor(relativePath: string): string {
  const p = relativePath.split(path.sep).join('/');
  if (p.startsWith('assets/') && HASHED.test(p)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

export const missingBuildPage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>网页尚未构建 · Web app not built</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1f2328}
code,pre{background:#f3f4f6;padding:.1rem .3rem;border-radius:4px}pre{padding:.75rem}</style></head>
<body><main>
<h1>网页尚未构建</h1>
<p>服务器正在运行（接口 <code>/trpc</code>、<code>/api/v1</code> 可用），但找不到网页前端的构建结果 <code>apps/web/dist</code>。请在仓库根目录运行：</p>
<pre>pnpm --filter @gongkai/web build</pre>
<p>然后重新启动服务器（或直接运行 <code>pnpm start</code>，它会先构建网页）。</p>
<hr>
<h1 lang="en">The web app has not been built</h1>
<p lang="en">The server is running (the APIs at <code>/trpc</code> and <code>/api/v1</code> work), but the web build <code>apps/web/dist</code> is missing. From the repository root run:</p>
<pre>pnpm --filter @gongkai/web build</pre>
<p lang="en">then restart the server (or simply run <code>pnpm start</code>, which builds the web app first).</p>
</main></body></html>
`;

function wantsPage(req: FastifyRequest, apiPrefixes: string[]): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.originalUrl.split('?')[0] ?? '/';
  if (apiPrefixes.some((p) => url === p || url.startsWith(`${p}/`))) return false;
  // A path whose last segment has an extension is a file that does not exist, not a page.
  const last = url.slice(url.lastIndexOf('/') + 1);
  return !last.includes('.');
}

function notFound(req: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).type('application/json').send({ statusCode: 404, error: 'Not Found', message: `资源不存在：${req.method} ${req.originalUrl.split('?')[0]}`, requestId: req.id });
}

export async function registerStaticWeb(app: FastifyInstance, o: StaticWebOptions): Promise<{ built: boolean }> {
  const built = fs.existsSync(path.join(o.dist, 'index.html'));
  if (!built) {
    app.log.warn({ dist: o.dist }, 'web build not found: page routes show how to build it (pnpm --filter @gongkai/web build)');
    app.setNotFoundHandler((req, reply) => {
      if (!wantsPage(req, o.apiPrefixes)) return notFound(req, reply);
      return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(missingBuildPage);
    });
    return { built };
  }

  await app.register(fastifyStatic, {
    root: o.dist,
    prefix: '/',
    index: false,
    wildcard: true,
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders(reply, filePath) {
      void reply.header('cache-control', cacheControlFor(path.relative(o.dist, filePath)));
    },
  });

  const page = (_req: FastifyRequest, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
  // The root is a folder to the static handler (which refuses folders): answer it here.
  app.get('/', page);
  app.setNotFoundHandler((req, reply) => (wantsPage(req, o.apiPrefixes) ? page(req, reply) : notFound(req, reply)));
  return { built };
}
