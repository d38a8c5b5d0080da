// Interpretations (文字解读、访谈、问答、图解) of policies published in the catalogue: drafted,
// published to the catalogue themselves, withdrawn.
import { fail } from '@gongkai/kernel';
import type { Prisma } from '@gongkai/db';
import { interpretationRef, listInterpretationsInput, saveInterpretationInput, withdrawInterpretationInput } from '../../../contracts/interpretation';
import { p } from '../../procedure';
import { expertsOf, publishInterpretation, requireExperts, requirePolicy, sourceRef } from '../../services/interpretation';
import { orgsById, requireOrg } from '../../services/organizations';
import { staffView } from './views';
import type { Ctx } from '../../services/context';
import type { PluginGuard } from '@gongkai/kernel';

async function load(ctx: Ctx, guard: PluginGuard, id: string) {
  const row = await ctx.db.mechanismsInterpretation.findUnique({ where: { id } });
  if (!row) throw fail.notFound('政策解读');
  await guard.division(row.divisionCode, row.organizationId);
  return row;
}

async function view(ctx: Ctx, row: Parameters<typeof staffView>[0]) {
  const [experts, orgs] = [await expertsOf(ctx, [row]), await orgsById(ctx, [row.organizationId])];
  return staffView(row, experts, orgs.get(row.organizationId)?.name ?? '');
}

export const list = p.can('interpretations.manage').input(listInterpretationsInput).query(async ({ ctx, input }) => {
  const reach = ctx.guard.reach();
  const orgOnly = !reach.divisions.some((d) => input.divisionCode.startsWith(d));
  const where: Prisma.MechanismsInterpretationWhereInput = {
    divisionCode: { startsWith: input.divisionCode },
    ...(input.status === 'all' ? {} : { status: input.status }),
    ...(input.policyItemId ? { policyItemId: input.policyItemId } : {}),
    ...(orgOnly ? { organizationId: { in: reach.organizations.map((o) => o.id) } } : {}),
  };
  const rows = await ctx.plugin.db.mechanismsInterpretation.findMany({ where, orderBy: [{ updatedAt: 'desc' }], skip: input.cursor, take: input.limit });
  const total = await ctx.plugin.db.mechanismsInterpretation.count({ where });
  const experts = await expertsOf(ctx.plugin, rows);
  const orgs = await orgsById(ctx.plugin, rows.map((r) => r.organizationId));
  return { items: rows.map((r) => staffView(r, experts, orgs.get(r.organizationId)?.name ?? '')), total, nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null };
});

export const get = p.can('interpretations.manage').input(interpretationRef).query(async ({ ctx, input }) => view(ctx.plugin, await load(ctx.plugin, ctx.guard, input.id)));

/** Creates or changes an interpretation; a published one is updated in the catalogue in place. */
export const save = p.can('interpretations.manage').input(saveInterpretationInput).mutation(async ({ ctx, input }) => {
  await requireOrg(ctx.plugin, input.organizationId, input.divisionCode, 'organizationId');
  await ctx.guard.division(input.divisionCode, input.organizationId);
  const policy = await requirePolicy(ctx.plugin, input.policyItemId, 'policyItemId');
  await requireExperts(ctx.plugin, input.expertIds, input.divisionCode, 'expertIds');
  let imageFileId = input.imageFileId;
  if (input.image) {
    const file = await ctx.plugin.kernel.files.putBase64(ctx.plugin.tx, { ...input.image, divisionCode: input.divisionCode, createdById: ctx.principal.userId });
    imageFileId = file.id;
  } else if (imageFileId && !(await ctx.plugin.kernel.files.get(imageFileId, ctx.plugin.tx))) {
    throw fail.badRequest('图片文件不存在', 'imageFileId');
  }
  const data = {
    organizationId: input.organizationId, policyItemId: policy.id, policyTitle: policy.title, policyDivisionCode: policy.divisionCode,
    form: input.form, title: input.title, summary: input.summary, body: input.body, qa: input.qa, imageFileId: input.form === 'graphic' ? imageFileId : null,
    imageAlt: input.form === 'graphic' ? input.imageAlt : null, expertIds: [...new Set(input.expertIds)],
  };
  let row;
  if (input.id) {
    const existing = await load(ctx.plugin, ctx.guard, input.id);
    if (existing.divisionCode !== input.divisionCode) throw fail.badRequest('不能改变解读所属地区', 'divisionCode');
    if (existing.status === 'withdrawn') throw fail.precondition('已撤回的解读不能修改，请重新发布后修改');
    row = await ctx.plugin.db.mechanismsInterpretation.update({ where: { id: existing.id }, data });
    if (row.status === 'published') row = await publishInterpretation(ctx.plugin, row, policy.topicCode);
  } else {
    row = await ctx.plugin.db.mechanismsInterpretation.create({ data: { ...data, divisionCode: input.divisionCode, createdById: ctx.principal.userId } });
  }
  ctx.audit.target('mechanisms.interpretation', row.id, row.divisionCode);
  return view(ctx.plugin, row);
});

/** Publishes to the catalogue (索引号, search, feeds) and to the policy's page. */
export const publish = p.can('interpretations.manage').input(interpretationRef).mutation(async ({ ctx, input }) => {
  const row = await load(ctx.plugin, ctx.guard, input.id);
  if (row.status === 'published') throw fail.precondition('该解读已发布');
  const policy = await requirePolicy(ctx.plugin, row.policyItemId, 'policyItemId');
  const published = await publishInterpretation(ctx.plugin, row, policy.topicCode);
  ctx.audit.target('mechanisms.interpretation', row.id, row.divisionCode);
  return view(ctx.plugin, published);
});

export const withdraw = p.can('interpretations.manage').input(withdrawInterpretationInput).mutation(async ({ ctx, input }) => {
  const row = await load(ctx.plugin, ctx.guard, input.id);
  if (row.status !== 'published') throw fail.precondition('只能撤回已发布的解读');
  await ctx.plugin.catalogue.withdraw({ sourceRef: sourceRef(row.id), reason: input.reason });
  const updated = await ctx.plugin.db.mechanismsInterpretation.update({ where: { id: row.id }, data: { status: 'withdrawn' } });
  ctx.audit.target('mechanisms.interpretation', row.id, row.divisionCode);
  ctx.audit.detail({ reason: input.reason });
  return view(ctx.plugin, updated);
});
