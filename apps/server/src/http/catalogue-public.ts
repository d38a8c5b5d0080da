// The catalogue's public read side outside tRPC: Atom feeds per division and per topic, and the
// open-data export of any search as JSON or CSV. The kernel renders both; this maps HTTP to it.
//   GET /feeds/atom.xml?division=2301&topic=...        (also /feeds/catalogue.atom, the kernel's link)
//   GET /api/v1/catalogue/export.json?q=...&division=... and export.csv
import { atomFeedUrl, exportSearch, renderAtomFeed, type Kernel } from '@gongkai/kernel';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from './rest-api';

type Query = Record<string, string | string[] | undefined>;

/** Query parameter → input field, with the short aliases used in links. */
const FEED_PARAMS: Record<string, string> = { division: 'divisionCode', divisionCode: 'divisionCode', topic: 'topicCode', topicCode: 'topicCode', limit: 'limit' };
const EXPORT_PARAMS: Record<string, string> = {
  q: 'q', division: 'divisionCode', divisionCode: 'divisionCode', organization: 'organizationId', organizationId: 'organizationId',
  topic: 'topicCode', topicCode: 'topicCode', type: 'itemType', itemType: 'itemType', year: 'year',
};
const NUMERIC = new Set(['limit', 'year']);

class BadQuery extends Error {}

/** Maps the query string onto the kernel's input; unknown or repeated parameters are refused. */
export function inputFromQuery(query: Query, params: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(query)) {
    const field = params[key];
    if (!field) throw new BadQuery(`未知的查询参数“${key}”；可用参数：${Object.keys(params).join('、')}`);
    if (Array.isArray(raw)) throw new BadQuery(`查询参数“${key}”只能出现一次`);
    if (raw === undefined || raw === '') continue;
    input[field] = NUMERIC.has(field) ? (/^\d{1,9}$/.test(raw) ? Number(raw) : raw) : raw;
  }
  return input;
}

function sendError(req: FastifyRequest, reply: FastifyReply, err: unknown) {
  if (err instanceof BadQuery) return reply.code(400).send({ statusCode: 400, error: 'BAD_REQUEST', message: err.message, requestId: req.id });
  if (err instanceof TRPCError) {
    const status = getHTTPStatusCodeFromError(err);
    if (status >= 500) req.log.error({ err }, 'catalogue public endpoint failed');
    return reply.code(status).send({ statusCode: status, error: err.code, message: status >= 500 ? '服务器内部错误' : err.message, requestId: req.id });
  }
  throw err;
}

export function registerCataloguePublic(app: FastifyInstance, kernel: Kernel): void {
  const feed = async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      const xml = await renderAtomFeed(kernel, inputFromQuery(req.query as Query, FEED_PARAMS));
      return reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(xml);
    } catch (err) { return sendError(req, reply, err); }
  };
  const kernelFeedPath = new URL(atomFeedUrl('http://x', {})).pathname;
  app.get('/feeds/atom.xml', feed);
  if (kernelFeedPath !== '/feeds/atom.xml') app.get(kernelFeedPath, feed);

  for (const format of ['json', 'csv'] as const) {
    app.get(`${API_PREFIX}/catalogue/export.${format}`, async (req, reply) => {
      try {
        const r = await exportSearch(kernel, inputFromQuery(req.query as Query, EXPORT_PARAMS), format);
        return reply
          .type(r.contentType)
          .header('content-disposition', `attachment; filename="${r.fileName}"`)
          .header('x-total-count', String(r.total))
          .header('cache-control', 'public, max-age=60')
          .send(r.body);
      } catch (err) { return sendError(req, reply, err); }
    });
  }
}
