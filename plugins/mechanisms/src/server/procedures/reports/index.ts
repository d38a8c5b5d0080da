// Annual reports (sections 三 and 四 of the national format): computed, adjusted with reasons,
// checked against the table's consistency rule, published to the catalogue, rolled up.
import { fail, router } from '@gongkai/kernel';
import { z } from 'zod';
import {
  matrixAxes, matrixColumns, matrixRowLabels, matrixRows, publishReportInput, publishedReportsInput, reportScope, reviewAxes, reviewColumns, saveReportInput,
} from '../../../contracts/reports';
import { checkConsistency, type Matrix, type ReviewMatrix } from '../../domain/annual-report';
import { p } from '../../procedure';
import { today } from '../../services/calendar';
import { requireOrg } from '../../services/organizations';
import { applyAdjustments, reportTables, type Adjustment } from '../../services/reports';

const labels = { rows: matrixAxes.rows, columns: matrixAxes.columns, reviewRows: reviewAxes.rows, reviewColumns: reviewAxes.columns };

async function scopeCheck(ctx: Parameters<typeof requireOrg>[0], input: { divisionCode: string; organizationId?: string }) {
  if (input.organizationId) await requireOrg(ctx, input.organizationId, input.divisionCode, 'organizationId');
}

export const compute = p.can('reports.read').input(reportScope).query(async ({ ctx, input }) => {
  await scopeCheck(ctx.plugin, input);
  if (input.organizationId) await ctx.guard.division(input.divisionCode, input.organizationId);
  const t = await reportTables(ctx.plugin, input.divisionCode, input.year, input.organizationId);
  return { ...labels, year: input.year, matrix: t.matrix, reviews: t.reviews, computed: t.computed, adjustments: t.adjustments, notes: t.saved?.notes ?? '', issues: checkConsistency(t.matrix, t.reviews), status: t.saved?.status ?? 'unsaved', organizations: t.organizations, catalogueItemId: t.saved?.catalogueItemId ?? null };
});

export const save = p.can('reports.manage').input(saveReportInput).mutation(async ({ ctx, input }) => {
  await scopeCheck(ctx.plugin, input);
  if (input.organizationId) await ctx.guard.division(input.divisionCode, input.organizationId);
  if (!input.organizationId && input.adjustments?.length) throw fail.badRequest('汇总报告由各机构报告汇总而成，请在机构报告中调整', 'adjustments');
  const organizationId = input.organizationId ?? '';
  const key = { divisionCode: input.divisionCode, organizationId, year: input.year };
  // Notes and adjustments are saved independently (a field left out keeps its saved value), so
  // two editors saving one each must not overwrite each other: one save per report at a time.
  await ctx.plugin.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`mechanisms:annual-report:${key.divisionCode}:${organizationId}:${key.year}`}))`;
  const existing = await ctx.plugin.db.mechanismsAnnualReport.findUnique({ where: { divisionCode_organizationId_year: key } });
  if (existing?.status === 'published') throw fail.precondition('年度报告已发布，不能修改');
  const adjustments = input.organizationId ? input.adjustments ?? ((existing?.adjustments as unknown as Adjustment[] | undefined) ?? []) : [];
  const notes = input.notes !== undefined ? input.notes ?? '' : existing?.notes ?? '';
  const base = await reportTables(ctx.plugin, input.divisionCode, input.year, input.organizationId);
  const matrix = input.organizationId ? applyAdjustments(base.computed, adjustments) : base.matrix;
  const data = { matrix: matrix as unknown as object, reviews: base.reviews as unknown as object, adjustments: adjustments as unknown as object, notes, computedAt: ctx.plugin.clock.now(), updatedById: ctx.principal.userId };
  const row = await ctx.plugin.db.mechanismsAnnualReport.upsert({
    where: { divisionCode_organizationId_year: key },
    create: { ...key, ...data }, update: data,
  });
  ctx.audit.target('mechanisms.annual-report', row.id, input.divisionCode);
  return { id: row.id, adjustments, notes, issues: checkConsistency(matrix, base.reviews) };
});

function tableText(m: Matrix, r: ReviewMatrix): string {
  const lines = ['三、收到和处理政府信息公开申请情况', `项目\t${labels.columns.map((c) => c.label).join('\t')}`];
  for (const row of matrixRows) lines.push(`${matrixRowLabels[row]}\t${matrixColumns.map((c) => m[row][c]).join('\t')}`);
  lines.push('', '四、政府信息公开行政复议、行政诉讼情况');
  for (const k of labels.reviewRows) lines.push(`${k.label}\t${reviewColumns.map((c) => r[k.key as keyof ReviewMatrix][c]).join('\t')}`);
  return lines.join('\n');
}

export const publish = p.can('reports.publish').input(publishReportInput).mutation(async ({ ctx, input }) => {
  await scopeCheck(ctx.plugin, input);
  const publisher = input.organizationId ?? input.publisherOrganizationId;
  if (!publisher) throw fail.badRequest('请指定发布汇总报告的机构', 'publisherOrganizationId');
  await requireOrg(ctx.plugin, publisher, input.divisionCode, input.organizationId ? 'organizationId' : 'publisherOrganizationId');
  await ctx.guard.division(input.divisionCode, publisher);
  const organizationId = input.organizationId ?? '';
  const existing = await ctx.plugin.db.mechanismsAnnualReport.findUnique({ where: { divisionCode_organizationId_year: { divisionCode: input.divisionCode, organizationId, year: input.year } } });
  if (existing?.status === 'published') throw fail.precondition('年度报告已发布');
  const t = await reportTables(ctx.plugin, input.divisionCode, input.year, input.organizationId);
  const issues = checkConsistency(t.matrix, t.reviews);
  if (issues.length) throw fail.precondition(`年度报告数据不符合勾稽关系，不能发布：${issues.map((i) => i.message).join('；')}`);
  const row = await ctx.plugin.db.mechanismsAnnualReport.upsert({
    where: { divisionCode_organizationId_year: { divisionCode: input.divisionCode, organizationId, year: input.year } },
    create: { divisionCode: input.divisionCode, organizationId, year: input.year, matrix: t.matrix as unknown as object, reviews: t.reviews as unknown as object, computedAt: ctx.plugin.clock.now(), status: 'published', publishedAt: ctx.plugin.clock.now(), updatedById: ctx.principal.userId },
    update: { matrix: t.matrix as unknown as object, reviews: t.reviews as unknown as object, status: 'published', publishedAt: ctx.plugin.clock.now(), updatedById: ctx.principal.userId },
  });
  const res = await ctx.plugin.catalogue.publish({
    sourceRef: `annual-report:${row.id}`, divisionCode: input.divisionCode, organizationId: publisher, itemType: 'mechanisms.annual-report',
    title: `${input.year}年政府信息公开工作年度报告（收到和处理申请、复议诉讼情况）`, summary: `本年新收申请${t.matrix.new.total}件，上年结转${t.matrix['carried-over'].total}件，办结${t.matrix.handled.total}件，结转下年度${t.matrix['carried-forward'].total}件。`,
    body: `${existing?.notes ? `${existing.notes}\n\n` : ''}${tableText(t.matrix, t.reviews)}`, generatedOn: today(ctx.plugin), topicCode: '0201',
    metadata: { year: input.year, scope: input.organizationId ? 'organization' : 'division' },
  });
  await ctx.plugin.db.mechanismsAnnualReport.update({ where: { id: row.id }, data: { catalogueItemId: res.id } });
  ctx.audit.target('mechanisms.annual-report', row.id, input.divisionCode);
  return { ...res, reportId: row.id };
});

const publishedOutput = z.array(z.object({
  divisionCode: z.string(), organizationId: z.string().nullable(), year: z.number(), publishedAt: z.date().nullable(), url: z.string().nullable(),
  matrix: z.record(z.string(), z.record(z.string(), z.number())), reviews: z.record(z.string(), z.record(z.string(), z.number())),
}));

/** Published annual-report tables (public, also as REST). */
export const published = p.public()
  .meta({ openapi: { method: 'GET', path: '/mechanisms/reports', tags: ['依申请公开'], summary: '已发布的政府信息公开工作年度报告数据', description: '按地区（含下级）和年度返回已发布年度报告的申请情况表和复议诉讼情况表。' } })
  .input(publishedReportsInput).output(publishedOutput)
  .query(async ({ ctx, input }) => {
    const rows = await ctx.plugin.db.mechanismsAnnualReport.findMany({ where: { divisionCode: input.divisionCode, status: 'published', ...(input.year ? { year: input.year } : {}) }, orderBy: [{ year: 'desc' }] });
    return rows.map((r) => ({
      divisionCode: r.divisionCode, organizationId: r.organizationId || null, year: r.year, publishedAt: r.publishedAt,
      url: r.catalogueItemId ? ctx.kernel.catalogue.url(r.catalogueItemId) : null,
      matrix: r.matrix as Record<string, Record<string, number>>, reviews: r.reviews as Record<string, Record<string, number>>,
    }));
  });

export const reportsRouter = router({ compute, save, publish, published });
