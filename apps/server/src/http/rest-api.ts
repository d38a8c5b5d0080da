// The public REST API for other government systems: every procedure with `meta.openapi` (kernel
// and plugins alike) is served under /api/v1 by trpc-to-openapi, and described at
// /api/v1/openapi.json by a document generated from the same zod schemas.
// REST calls authenticate only with `Authorization: Bearer gk_...` API tokens, never with the
// session cookie, so no browser can be tricked into making them (no CSRF surface).
import { createContext, memoryCookieJar, type Kernel } from '@gongkai/kernel';
import type { AnyRouter } from '@trpc/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fastifyTRPCOpenApiPlugin, generateOpenApiDocument, type CreateOpenApiFastifyPluginOptions, type OpenApiRouter } from 'trpc-to-openapi';
import type { ServerMetrics } from './metrics';
import { authenticate } from './request-auth';
import { maskInternalError } from './trpc';

export const API_PREFIX = '/api/v1';

export interface RestApiOptions { kernel: Kernel; router: AnyRouter; publicUrl: string; metrics: ServerMetrics }

export function openApiDocument(router: AnyRouter, publicUrl: string) {
  const doc = generateOpenApiDocument(router as OpenApiRouter, {
    title: 'Gongkai 公开 API',
    version: '1',
    baseUrl: `${publicUrl}${API_PREFIX}`,
    description: '黑龙江省政务公开平台的公开数据接口：政府信息公开目录检索、条目、订阅与开放数据导出，行政区划（GB/T 2260），以及各功能模块的公开只读接口。'
      + '匿名即可调用公开接口；需要授权的接口使用 `Authorization: Bearer gk_...` 形式的 API 令牌。',
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: '由系统管理员签发的 API 令牌（gk_ 开头）' } },
  });
  return withOpenDataPaths(doc, publicUrl);
}

type Doc = ReturnType<typeof generateOpenApiDocument>;
type Parameter = { name?: string; in?: string };

/**
 * The open-data export and the Atom feed are plain HTTP endpoints (CSV, XML), not procedures; they
 * take the catalogue search's own filters, so their parameters are copied from the generated
 * `/catalogue/search` operation (the same zod schema), without its paging.
 */
export function withOpenDataPaths(doc: Doc, publicUrl: string): Doc {
  const search = doc.paths?.['/catalogue/search']?.get;
  if (!search) return doc;
  const filters = ((search.parameters ?? []) as Parameter[]).filter((p) => p.in === 'query' && p.name !== 'page' && p.name !== 'pageSize');
  const exportOp = (format: 'json' | 'csv') => ({
    get: {
      operationId: `catalogue-export-${format}`,
      tags: ['catalogue'],
      summary: format === 'json' ? '开放数据导出（JSON）' : '开放数据导出（CSV，UTF-8 带 BOM）',
      description: '导出与检索条件匹配的全部已发布目录信息（单次最多 10000 条），条件与目录检索相同；响应头 X-Total-Count 为匹配总数。',
      parameters: filters,
      responses: {
        200: { description: '导出文件', content: format === 'json' ? { 'application/json': { schema: { type: 'object' } } } : { 'text/csv': { schema: { type: 'string' } } } },
        400: { description: '查询参数无效' },
        404: { description: '地区不存在' },
      },
    },
  });
  const feedFilters = filters.filter((p) => p.name === 'divisionCode' || p.name === 'topicCode');
  return {
    ...doc,
    paths: {
      ...doc.paths,
      '/catalogue/export.json': exportOp('json'),
      '/catalogue/export.csv': exportOp('csv'),
      '/feeds/atom.xml': {
        servers: [{ url: publicUrl }],
        get: {
          operationId: 'catalogue-feed',
          tags: ['catalogue'],
          summary: '目录信息 Atom 订阅',
          description: '最新发布的政府信息（Atom 1.0），可按地区（含下级）和主题筛选；参数也可简写为 division、topic。',
          parameters: feedFilters,
          responses: { 200: { description: 'Atom 订阅', content: { 'application/atom+xml': { schema: { type: 'string' } } } }, 404: { description: '地区不存在' } },
        },
      },
    },
  } as Doc;
}

export async function registerRestApi(app: FastifyInstance, o: RestApiOptions): Promise<void> {
  // Generated once: the router does not change while the process runs.
  const document = openApiDocument(o.router, o.publicUrl);
  app.get(`${API_PREFIX}/openapi.json`, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return document;
  });

  const options: CreateOpenApiFastifyPluginOptions<OpenApiRouter> = {
    basePath: API_PREFIX,
    router: o.router as OpenApiRouter,
    async createContext({ req }: { req: FastifyRequest }) {
      const auth = await authenticate(o.kernel, req, { cookies: false });
      return createContext({
        kernel: o.kernel,
        principal: auth.principal,
        cookies: memoryCookieJar(),
        meta: { requestId: String(req.id), ip: req.ip, userAgent: req.headers['user-agent'] ?? null },
      });
    },
    responseMeta({ paths, errors }) {
      o.metrics.countCall(paths?.[0], errors[0]?.code ?? 'OK', 'rest');
      return {};
    },
    onError({ error, path, req }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        (req as FastifyRequest).log.error({ err: error.cause ?? error, path }, 'REST procedure failed');
        maskInternalError(error, String((req as FastifyRequest).id));
      }
    },
  };
  await app.register(async (scope) => {
    await scope.register(fastifyTRPCOpenApiPlugin, options);
  });
}
