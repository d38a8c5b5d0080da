// Proactive release (主动发布): plans with the Art. 26 deadline, publication to the catalogue and
// fan-out to every channel enabled for the division (one job per channel), spokespersons and
// press conferences.
import { fail, router } from '@gongkai/kernel';
import { isLeafTopic } from '@gongkai/kernel/contracts';
import { planReleaseInput, publicReleasesInput, releaseCategoryLabels, releaseQueueInput, releaseRef, spokespersonInput } from '../../../contracts/releases';
import { divisionCode } from '../../../contracts/common';
import { z } from 'zod';
import { p } from '../../procedure';
import { fromDb, fromDbOrNull, toDb, today, workingCalendar } from '../../services/calendar';
import { PLUGIN_ID } from '../../services/clock-sync';
import { orgsById, requireOrg } from '../../services/organizations';
import { settingsSchema } from '../../settings';
import { conferences, publishConference, publishedConferences, recordConference } from './conferences';

export const plan = p.can('releases.manage').input(planReleaseInput).mutation(async ({ ctx, input }) => {
  await requireOrg(ctx.plugin, input.organizationId, input.divisionCode, 'organizationId');
  await ctx.guard.division(input.divisionCode, input.organizationId);
  if (!isLeafTopic(input.topicCode)) throw fail.badRequest('须为主题分类的末级类目', 'topicCode');
  if (input.createdOn > today(ctx.plugin)) throw fail.badRequest('信息形成或变更日期不能晚于今天', 'createdOn');
  const days = ctx.settings.releases.publicationDays;
  const due = await (await workingCalendar(ctx.plugin)).addWorkingDays(input.createdOn, days);
  const row = await ctx.plugin.db.mechanismsRelease.create({
    data: {
      divisionCode: input.divisionCode, organizationId: input.organizationId, category: input.category, title: input.title, summary: input.summary ?? '', body: input.body,
      topicCode: input.topicCode, docNo: input.docNo, createdOn: toDb(input.createdOn), plannedOn: input.plannedOn ? toDb(input.plannedOn) : null,
      dueDate: toDb(due.dueDate), provisional: due.provisional, createdById: ctx.principal.userId,
    },
  });
  await ctx.plugin.calendar.registerDeadline(ctx.plugin.tx, { pluginId: PLUGIN_ID, divisionCode: input.divisionCode, subjectType: 'release', subjectId: row.id, kind: 'publication', startDate: input.createdOn, workingDays: days });
  ctx.audit.target('mechanisms.release', row.id, input.divisionCode);
  // Already within a reminder threshold or late when planned: the check job (after commit) reminds
  // or flags it at once, with the sweep's own rules (one place for reminders and overdue handling).
  await ctx.plugin.enqueue('check-release', { divisionCode: input.divisionCode, releaseId: row.id });
  return { id: row.id, dueDate: due.dueDate, provisional: due.provisional, overdue: due.dueDate < today(ctx.plugin), explanation: due.explanation };
});

async function loadRelease(ctx: { plugin: Parameters<typeof orgsById>[0]; guard: { division(d: string, o?: string | null): Promise<Record<string, unknown>> } }, id: string) {
  await ctx.plugin.db.$queryRaw`SELECT id FROM mechanisms_release WHERE id = ${id} FOR UPDATE`;
  const r = await ctx.plugin.db.mechanismsRelease.findUnique({ where: { id } });
  if (!r) throw fail.notFound('发布计划');
  const settings = settingsSchema.parse(await ctx.guard.division(r.divisionCode, r.organizationId));
  return { r, settings };
}

export const publish = p.can('releases.publish').input(releaseRef).mutation(async ({ ctx, input }) => {
  const { r } = await loadRelease(ctx, input.releaseId);
  if (r.status !== 'planned') throw fail.precondition('该信息已发布或已取消');
  const day = today(ctx.plugin);
  const res = await ctx.plugin.catalogue.publish({
    sourceRef: `release:${r.id}`, divisionCode: r.divisionCode, organizationId: r.organizationId, itemType: 'mechanisms.release',
    title: r.title, summary: r.summary, body: r.body, docNo: r.docNo, generatedOn: fromDb(r.createdOn), topicCode: r.topicCode,
    metadata: { category: r.category },
  });
  const onTime = day <= fromDb(r.dueDate);
  await ctx.plugin.db.mechanismsRelease.update({ where: { id: r.id }, data: { status: 'published', publishedOn: toDb(day), publishedOnTime: onTime, catalogueItemId: res.id, overdue: false } });
  await ctx.plugin.calendar.closeDeadline(ctx.plugin.tx, { pluginId: PLUGIN_ID, subjectType: 'release', subjectId: r.id, kind: 'publication' }, 'met');
  const channels = await ctx.kernel.channels.enabledFor(ctx.db, r.divisionCode);
  for (const c of channels) {
    await ctx.plugin.db.mechanismsReleaseDelivery.create({ data: { releaseId: r.id, divisionCode: r.divisionCode, channelId: c.id } });
    await ctx.plugin.enqueue('deliver-release', { divisionCode: r.divisionCode, releaseId: r.id, channelId: c.id }, { jobId: `deliver:${r.id}:${c.id}` });
  }
  await ctx.plugin.emit('mechanisms.release.published', r.divisionCode, { releaseId: r.id, catalogueItemId: res.id, category: r.category, onTime });
  ctx.audit.target('mechanisms.release', r.id, r.divisionCode);
  return { ...res, onTime, channels: channels.map((c) => c.id) };
});

export const cancel = p.can('releases.manage').input(releaseRef).mutation(async ({ ctx, input }) => {
  const { r } = await loadRelease(ctx, input.releaseId);
  if (r.status !== 'planned') throw fail.precondition('只有计划中的信息可以取消');
  await ctx.plugin.db.mechanismsRelease.update({ where: { id: r.id }, data: { status: 'cancelled' } });
  await ctx.plugin.calendar.closeDeadline(ctx.plugin.tx, { pluginId: PLUGIN_ID, subjectType: 'release', subjectId: r.id, kind: 'publication' }, 'cancelled');
  ctx.audit.target('mechanisms.release', r.id, r.divisionCode);
  return { ok: true };
});

const releaseRow = (r: { id: string; category: string; title: string; organizationId: string; createdOn: Date; dueDate: Date; provisional: boolean; status: string; overdue: boolean; remindedAt: number | null; publishedOn: Date | null; publishedOnTime: boolean | null; catalogueItemId: string | null }, org?: string) => ({
  id: r.id, category: r.category, categoryLabel: releaseCategoryLabels[r.category as keyof typeof releaseCategoryLabels] ?? r.category, title: r.title,
  organizationId: r.organizationId, organizationName: org ?? '', createdOn: fromDb(r.createdOn), dueDate: fromDb(r.dueDate), provisional: r.provisional,
  status: r.status, overdue: r.overdue,
  /** The reminder threshold already reached (reminded when N working days or fewer were left), or null. */
  remindedWithin: r.remindedAt,
  publishedOn: fromDbOrNull(r.publishedOn), publishedOnTime: r.publishedOnTime, catalogueItemId: r.catalogueItemId,
});

export const queue = p.can('releases.manage').input(releaseQueueInput).query(async ({ ctx, input }) => {
  const reach = ctx.guard.reach();
  const orgOnly = !reach.divisions.some((d) => input.divisionCode.startsWith(d));
  const where = { divisionCode: { startsWith: input.divisionCode }, status: input.status, ...(orgOnly ? { organizationId: { in: reach.organizations.map((o) => o.id) } } : {}) };
  const rows = await ctx.plugin.db.mechanismsRelease.findMany({ where, orderBy: [{ overdue: 'desc' }, { dueDate: 'asc' }, { createdOn: 'asc' }, { id: 'asc' }], skip: input.cursor, take: input.limit });
  const deliveries = await ctx.plugin.db.mechanismsReleaseDelivery.findMany({ where: { releaseId: { in: rows.map((r) => r.id) } } });
  const orgs = await orgsById(ctx.plugin, rows.map((r) => r.organizationId));
  return rows.map((r) => ({ ...releaseRow(r, orgs.get(r.organizationId)?.name), deliveries: deliveries.filter((d) => d.releaseId === r.id).map((d) => ({ channelId: d.channelId, status: d.status, error: d.error })) }));
});

/** Published releases (portal and REST). */
export const published = p.public()
  .meta({ openapi: { method: 'GET', path: '/mechanisms/releases', tags: ['主动发布'], summary: '主动发布的政府信息', description: '按地区（含下级）列出已主动发布的信息。' } })
  .input(publicReleasesInput)
  .output(z.array(z.object({ id: z.string(), category: z.string(), categoryLabel: z.string(), title: z.string(), organizationName: z.string(), publishedOn: z.string().nullable(), url: z.string().nullable() })))
  .query(async ({ ctx, input }) => {
    const rows = await ctx.plugin.db.mechanismsRelease.findMany({ where: { divisionCode: { startsWith: input.divisionCode }, status: 'published', ...(input.category ? { category: input.category } : {}) }, orderBy: { publishedOn: 'desc' }, skip: input.cursor, take: input.limit });
    const orgs = await orgsById(ctx.plugin, rows.map((r) => r.organizationId));
    return rows.map((r) => ({ id: r.id, category: r.category, categoryLabel: releaseRow(r).categoryLabel, title: r.title, organizationName: orgs.get(r.organizationId)?.name ?? '', publishedOn: fromDbOrNull(r.publishedOn), url: r.catalogueItemId ? ctx.kernel.catalogue.url(r.catalogueItemId) : null }));
  });

export const addSpokesperson = p.can('press.manage').input(spokespersonInput).mutation(async ({ ctx, input }) => {
  await requireOrg(ctx.plugin, input.organizationId, input.divisionCode, 'organizationId');
  await ctx.guard.division(input.divisionCode, input.organizationId);
  if (input.appointedOn > today(ctx.plugin)) throw fail.badRequest('任职日期不能晚于今天', 'appointedOn');
  const row = await ctx.plugin.db.mechanismsSpokesperson.create({ data: { ...input, appointedOn: toDb(input.appointedOn) } });
  ctx.audit.target('mechanisms.spokesperson', row.id, input.divisionCode);
  return { id: row.id };
});

/** The public spokesperson register of a division (names, titles, phones of the press office). */
export const spokespersons = p.public().input(z.object({ divisionCode }).strict()).query(async ({ ctx, input }) => {
  const rows = await ctx.plugin.db.mechanismsSpokesperson.findMany({ where: { divisionCode: { startsWith: input.divisionCode }, active: true }, orderBy: { appointedOn: 'desc' } });
  const orgs = await orgsById(ctx.plugin, rows.map((r) => r.organizationId));
  return rows.map((r) => ({ id: r.id, name: r.name, title: r.title, phone: r.phone, organizationName: orgs.get(r.organizationId)?.name ?? '', appointedOn: fromDb(r.appointedOn) }));
});

export const releasesRouter = router({ plan, publish, cancel, queue, published, addSpokesperson, spokespersons, recordConference, publishConference, conferences, publishedConferences });
