// A test-only plugin with one public REST endpoint, proving that a plugin's `meta.openapi`
// procedures appear under /api/v1 and in the OpenAPI document with no server change.
import { definePlugin, divisionCode, pluginProcedure, router } from '@gongkai/kernel';
import { z } from 'zod';

const p = pluginProcedure('notice-board');

export const noticeBoardRouter = router({
  summary: p.public()
    .meta({ openapi: { method: 'GET', path: '/notice-board/summary', tags: ['notice-board'], summary: '公告栏概况（测试插件）' } })
    .input(z.object({ divisionCode }).strict())
    .output(z.object({ divisionCode: z.string(), divisionName: z.string(), notices: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const d = await ctx.db.division.findUnique({ where: { code: input.divisionCode }, select: { name: true } });
      return { divisionCode: input.divisionCode, divisionName: d?.name ?? '', notices: 0 };
    }),
  /** A bug: an unexpected error whose message must not reach the client. */
  broken: p.public()
    .meta({ openapi: { method: 'GET', path: '/notice-board/broken', tags: ['notice-board'] } })
    .input(z.object({}).strict())
    .output(z.object({ ok: z.boolean() }))
    .query(() => { throw new Error('relation "secret_table" does not exist'); }),
});

/** Values of the `ping` jobs this process has run (tests of API and worker processes). */
export const pings: number[] = [];

export const noticeBoardPlugin = definePlugin({
  id: 'notice-board',
  title: '公告栏（测试）',
  permissions: { 'notices.read': '查看公告' },
  router: async () => noticeBoardRouter,
  jobs: {
    ping: async ({ data }) => { pings.push(Number((data as { n?: unknown }).n)); return null; },
  },
});
