// Press conferences (新闻发布会): recorded by the press office, listed in the console (division
// subtree, date range, spokesperson; organisation grants see their own organisation's), and, once
// published, on the portal and REST with the spokespersons' names and titles only (their public role).
import { fail } from '@gongkai/kernel';
import { z } from 'zod';
import { conferenceInput, conferenceRef, conferencesInput, publicConferencesInput } from '../../../contracts/releases';
import { p } from '../../procedure';
import { fromDb, toDb, today } from '../../services/calendar';
import type { Ctx } from '../../services/context';
import { orgsById, requireOrg } from '../../services/organizations';

type Conference = { id: string; divisionCode: string; organizationId: string; title: string; heldOn: Date; spokespersonIds: string[]; summary: string; releaseId: string | null; publishedAt: Date | null };

/** Names of organisations, spokespersons and linked releases of a page of conferences (three queries). */
async function related(ctx: Ctx, rows: readonly Conference[]) {
  const orgs = await orgsById(ctx, rows.map((r) => r.organizationId));
  const speakers = await ctx.db.mechanismsSpokesperson.findMany({ where: { id: { in: [...new Set(rows.flatMap((r) => r.spokespersonIds))] } }, select: { id: true, name: true, title: true } });
  const releaseIds = rows.map((r) => r.releaseId).filter((x): x is string => !!x);
  const releases = releaseIds.length ? await ctx.db.mechanismsRelease.findMany({ where: { id: { in: releaseIds } }, select: { id: true, title: true, status: true, catalogueItemId: true } }) : [];
  const byId = new Map(speakers.map((s) => [s.id, s]));
  return {
    org: (r: Conference) => orgs.get(r.organizationId)?.name ?? '',
    speakers: (r: Conference) => r.spokespersonIds.map((id) => byId.get(id)).filter((s): s is NonNullable<typeof s> => !!s),
    release: (r: Conference) => releases.find((x) => x.id === r.releaseId) ?? null,
  };
}

const heldBetween = (from?: string, to?: string) => (from || to ? { heldOn: { ...(from ? { gte: toDb(from) } : {}), ...(to ? { lte: toDb(to) } : {}) } } : {});

export const recordConference = p.can('press.manage').input(conferenceInput).mutation(async ({ ctx, input }) => {
  await requireOrg(ctx.plugin, input.organizationId, input.divisionCode, 'organizationId');
  await ctx.guard.division(input.divisionCode, input.organizationId);
  if (input.heldOn > today(ctx.plugin)) throw fail.badRequest('发布会日期不能晚于今天', 'heldOn');
  const found = await ctx.plugin.db.mechanismsSpokesperson.count({ where: { id: { in: input.spokespersonIds }, divisionCode: { startsWith: input.divisionCode.slice(0, 2) } } });
  if (found !== new Set(input.spokespersonIds).size) throw fail.badRequest('新闻发言人不存在', 'spokespersonIds');
  if (input.releaseId) {
    const release = await ctx.plugin.db.mechanismsRelease.findUnique({ where: { id: input.releaseId }, select: { divisionCode: true } });
    if (!release || !release.divisionCode.startsWith(input.divisionCode)) throw fail.badRequest('相关的主动发布信息不存在', 'releaseId');
  }
  const { publish, ...data } = input;
  const row = await ctx.plugin.db.mechanismsPressConference.create({ data: { ...data, heldOn: toDb(input.heldOn), releaseId: input.releaseId ?? null, publishedAt: publish ? ctx.plugin.clock.now() : null } });
  await ctx.plugin.emit('mechanisms.press-conference.held', input.divisionCode, { conferenceId: row.id, heldOn: input.heldOn });
  ctx.audit.target('mechanisms.press-conference', row.id, input.divisionCode);
  return { id: row.id, published: publish };
});

/** Publishes a recorded conference on the portal. */
export const publishConference = p.can('press.manage').input(conferenceRef).mutation(async ({ ctx, input }) => {
  const c = await ctx.plugin.db.mechanismsPressConference.findUnique({ where: { id: input.conferenceId } });
  if (!c) throw fail.notFound('新闻发布会记录');
  await ctx.guard.division(c.divisionCode, c.organizationId);
  if (c.publishedAt) throw fail.precondition('该新闻发布会记录已公开');
  const updated = await ctx.plugin.db.mechanismsPressConference.updateMany({ where: { id: c.id, publishedAt: null }, data: { publishedAt: ctx.plugin.clock.now() } });
  if (updated.count === 0) throw fail.precondition('该新闻发布会记录已公开');
  ctx.audit.target('mechanisms.press-conference', c.id, c.divisionCode);
  return { ok: true };
});

/** Console: the press conferences of a division subtree, newest first (paged). */
export const conferences = p.can('press.manage').input(conferencesInput).query(async ({ ctx, input }) => {
  const reach = ctx.guard.reach();
  const orgOnly = !reach.divisions.some((d) => input.divisionCode.startsWith(d));
  const where = {
    divisionCode: { startsWith: input.divisionCode },
    ...(orgOnly ? { organizationId: { in: reach.organizations.map((o) => o.id) } } : {}),
    ...heldBetween(input.from, input.to),
    ...(input.spokespersonId ? { spokespersonIds: { has: input.spokespersonId } } : {}),
    ...(input.published === undefined ? {} : { publishedAt: input.published ? { not: null } : null }),
  };
  const total = await ctx.plugin.db.mechanismsPressConference.count({ where });
  const rows = await ctx.plugin.db.mechanismsPressConference.findMany({ where, orderBy: [{ heldOn: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }], skip: input.cursor, take: input.limit });
  const rel = await related(ctx.plugin, rows);
  return {
    total, nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null,
    items: rows.map((r) => {
      const release = rel.release(r);
      return {
        id: r.id, divisionCode: r.divisionCode, organizationId: r.organizationId, organizationName: rel.org(r), title: r.title, heldOn: fromDb(r.heldOn), summary: r.summary,
        spokespersons: rel.speakers(r).map((s) => ({ id: s.id, name: s.name, title: s.title })),
        release: release ? { id: release.id, title: release.title, status: release.status, catalogueItemId: release.catalogueItemId } : null,
        published: r.publishedAt !== null, publishedAt: r.publishedAt,
      };
    }),
  };
});

const publicConference = z.object({
  id: z.string(), title: z.string(), heldOn: z.string(), divisionCode: z.string(), organizationName: z.string(), summary: z.string(),
  spokespersons: z.array(z.object({ name: z.string(), title: z.string() })),
  release: z.object({ title: z.string(), url: z.string() }).nullable(),
});

/** Public: published press conferences (portal and REST); spokespersons by name and title only. */
export const publishedConferences = p.public()
  .meta({ openapi: { method: 'GET', path: '/mechanisms/press-conferences', tags: ['主动发布'], summary: '新闻发布会', description: '按地区（含下级）和举行日期列出已公开的新闻发布会：名称、日期、主办机构、出席的新闻发言人（姓名和职务）、内容摘要和相关的主动发布信息。' } })
  .input(publicConferencesInput)
  .output(z.object({ total: z.number().int(), items: z.array(publicConference) }))
  .query(async ({ ctx, input }) => {
    const where = { divisionCode: { startsWith: input.divisionCode }, publishedAt: { not: null }, ...heldBetween(input.from, input.to) };
    const total = await ctx.plugin.db.mechanismsPressConference.count({ where });
    const rows = await ctx.plugin.db.mechanismsPressConference.findMany({ where, orderBy: [{ heldOn: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }], skip: input.cursor, take: input.limit });
    const rel = await related(ctx.plugin, rows);
    return {
      total,
      items: rows.map((r) => {
        const release = rel.release(r);
        return {
          id: r.id, title: r.title, heldOn: fromDb(r.heldOn), divisionCode: r.divisionCode, organizationName: rel.org(r), summary: r.summary,
          spokespersons: rel.speakers(r).map((s) => ({ name: s.name, title: s.title })),
          // Only a release that is itself published is linked.
          release: release && release.status === 'published' && release.catalogueItemId ? { title: release.title, url: ctx.kernel.catalogue.url(release.catalogueItemId) } : null,
        };
      }),
    };
  });
