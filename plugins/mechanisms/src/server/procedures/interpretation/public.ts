// The public side: published interpretations (REST, OpenAPI) for the portal list and the panel
// on a policy's page. Only divisions where the plugin is enabled are shown.
import { fail } from '@gongkai/kernel';
import type { Prisma } from '@gongkai/db';
import { publicInterpretationDetail, publicInterpretationInput, publishedInput, publishedOutput } from '../../../contracts/interpretation';
import { p } from '../../procedure';
import type { Ctx } from '../../services/context';
import { expertsOf } from '../../services/interpretation';
import { orgsById } from '../../services/organizations';
import { publicDetail, publicView } from './views';

async function enabledDivisions(ctx: Ctx, where: Prisma.MechanismsInterpretationWhereInput): Promise<string[]> {
  const divisions = await ctx.db.mechanismsInterpretation.findMany({ where, distinct: ['divisionCode'], select: { divisionCode: true } });
  const states = await ctx.kernel.enablement.effectiveMany(ctx.tx, divisions.map((d) => d.divisionCode), 'mechanisms');
  return [...states].filter(([, s]) => s.enabled).map(([d]) => d);
}

export const published = p.public()
  .meta({ openapi: { method: 'GET', path: '/mechanisms/interpretations', tags: ['政策解读'], summary: '已发布的政策解读', description: '按地区（含下级）或所解读的政策文件（目录信息标识）查询已发布的政策解读，按发布日期倒序。' } })
  .input(publishedInput).output(publishedOutput)
  .query(async ({ ctx, input }) => {
    const base: Prisma.MechanismsInterpretationWhereInput = {
      status: 'published',
      ...(input.divisionCode ? { divisionCode: { startsWith: input.divisionCode } } : {}),
      ...(input.policyItemId ? { policyItemId: input.policyItemId } : {}),
    };
    const where = { ...base, divisionCode: { in: await enabledDivisions(ctx.plugin, base) } };
    const rows = await ctx.plugin.db.mechanismsInterpretation.findMany({ where, orderBy: [{ publishedOn: 'desc' }, { createdAt: 'desc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize });
    const total = await ctx.plugin.db.mechanismsInterpretation.count({ where });
    const experts = await expertsOf(ctx.plugin, rows);
    const orgs = await orgsById(ctx.plugin, rows.map((r) => r.organizationId));
    return { total, page: input.page, pageSize: input.pageSize, items: rows.map((r) => publicView(r, experts, orgs.get(r.organizationId)?.name ?? '')) };
  });

export const publicGet = p.public()
  .meta({ openapi: { method: 'GET', path: '/mechanisms/interpretations/{id}', tags: ['政策解读'], summary: '政策解读全文' } })
  .input(publicInterpretationInput).output(publicInterpretationDetail)
  .query(async ({ ctx, input }) => {
    const row = await ctx.plugin.db.mechanismsInterpretation.findUnique({ where: { id: input.id } });
    if (!row || row.status !== 'published') throw fail.notFound('政策解读');
    await ctx.guard.division(row.divisionCode);
    const experts = await expertsOf(ctx.plugin, [row]);
    const orgs = await orgsById(ctx.plugin, [row.organizationId]);
    return publicDetail(row, experts, orgs.get(row.organizationId)?.name ?? '');
  });
