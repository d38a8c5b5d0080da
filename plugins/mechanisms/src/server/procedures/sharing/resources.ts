// The sharing catalogue (政务信息资源共享目录): departments list resources; staff holding
// `sharing.read` anywhere browse the catalogue of every division where the plugin is on (sharing
// across departments and divisions is its purpose); access details stay with the owner and with
// requesters whose approval is in force.
import { fail } from '@gongkai/kernel';
import type { Prisma } from '@gongkai/db';
import { catalogueInput, resourceRef, saveResourceInput, withdrawResourceInput } from '../../../contracts/sharing';
import { p } from '../../procedure';
import { today } from '../../services/calendar';
import { orgsById, requireOrg } from '../../services/organizations';
import { guardOwner, inForce, loadResource, reaches, type Reach } from '../../services/sharing';
import type { Ctx } from '../../services/context';
import { resourceView } from './views';

async function enabledIn(ctx: Ctx, codes: string[]): Promise<string[]> {
  const states = await ctx.kernel.enablement.effectiveMany(ctx.tx, codes, 'mechanisms');
  return codes.filter((d) => states.get(d)?.enabled);
}

/** The caller's reach, provided the plugin is on in the caller's own division (or organisation's). */
async function enabledReach(ctx: Ctx, reach: Reach): Promise<Reach> {
  const own = [...new Set([...reach.divisions, ...reach.organizations.map((o) => o.divisionCode)])];
  if ((await enabledIn(ctx, own)).length === 0) throw fail.notFound('该地区的此项功能');
  return reach;
}

export const catalogue = p.can('sharing.read').input(catalogueInput).query(async ({ ctx, input }) => {
  const reach = await enabledReach(ctx.plugin, ctx.guard.reach());
  const base: Prisma.MechanismsSharedResourceWhereInput = {
    status: 'active',
    ...(input.ownerDivisionCode ? { divisionCode: { startsWith: input.ownerDivisionCode } } : {}),
    ...(input.format ? { format: input.format } : {}),
    ...(input.shareType ? { shareType: input.shareType } : {}),
    ...(input.q ? { OR: [{ title: { contains: input.q } }, { description: { contains: input.q } }] } : {}),
  };
  const divisions = (await ctx.plugin.db.mechanismsSharedResource.findMany({ where: base, distinct: ['divisionCode'], select: { divisionCode: true } })).map((r) => r.divisionCode);
  const where = { ...base, divisionCode: { in: await enabledIn(ctx.plugin, divisions) } };
  const rows = await ctx.plugin.db.mechanismsSharedResource.findMany({ where, orderBy: [{ updatedAt: 'desc' }], skip: input.cursor, take: input.limit });
  const total = await ctx.plugin.db.mechanismsSharedResource.count({ where });
  const orgs = await orgsById(ctx.plugin, rows.map((r) => r.organizationId));
  return {
    items: rows.map((r) => {
      const owner = reaches(reach, r.divisionCode, r.organizationId);
      return resourceView(r, orgs.get(r.organizationId)?.name ?? '', { owner, access: owner });
    }),
    total, nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null,
  };
});

export const resource = p.can('sharing.read').input(resourceRef).query(async ({ ctx, input }) => {
  const reach = await enabledReach(ctx.plugin, ctx.guard.reach());
  const { resource: r } = await loadResource(ctx.plugin, input.id);
  const owner = reaches(reach, r.divisionCode, r.organizationId);
  if (r.status !== 'active' && !owner) throw fail.notFound('共享资源');
  const mine = await ctx.plugin.db.mechanismsShareRequest.findMany({ where: { resourceId: r.id }, orderBy: { createdAt: 'desc' } });
  const day = today(ctx.plugin);
  const visible = owner ? mine : mine.filter((q) => reaches(reach, q.requesterDivisionCode, q.requesterOrganizationId));
  const access = owner || visible.some((q) => inForce(q, day));
  const orgs = await orgsById(ctx.plugin, [r.organizationId]);
  return { ...resourceView(r, orgs.get(r.organizationId)?.name ?? '', { owner, access }), requestIds: visible.map((q) => q.id) };
});

export const saveResource = p.can('sharing.manage').input(saveResourceInput).mutation(async ({ ctx, input }) => {
  await requireOrg(ctx.plugin, input.organizationId, input.divisionCode, 'organizationId');
  await ctx.guard.division(input.divisionCode, input.organizationId);
  const { id, divisionCode, ...data } = input;
  let row;
  if (id) {
    const existing = await ctx.plugin.db.mechanismsSharedResource.findUnique({ where: { id } });
    if (!existing || existing.divisionCode !== divisionCode) throw fail.notFound('共享资源');
    await guardOwner(ctx.guard, existing);
    if (existing.status !== 'active') throw fail.precondition('已撤销的资源不能修改');
    row = await ctx.plugin.db.mechanismsSharedResource.update({ where: { id }, data });
  } else {
    row = await ctx.plugin.db.mechanismsSharedResource.create({ data: { ...data, divisionCode, createdById: ctx.principal.userId } });
  }
  ctx.audit.target('mechanisms.shared-resource', row.id, row.divisionCode);
  const orgs = await orgsById(ctx.plugin, [row.organizationId]);
  return resourceView(row, orgs.get(row.organizationId)?.name ?? '', { owner: true, access: true });
});

/** Removes a resource from the catalogue; pending requests are refused, approvals end. */
export const withdrawResource = p.can('sharing.manage').input(withdrawResourceInput).mutation(async ({ ctx, input }) => {
  const { resource: r } = await loadResource(ctx.plugin, input.id);
  await guardOwner(ctx.guard, r);
  if (r.status !== 'active') throw fail.precondition('该资源已撤销');
  const now = ctx.plugin.clock.now();
  const note = `资源已撤销：${input.reason}`;
  await ctx.plugin.db.mechanismsShareRequest.updateMany({ where: { resourceId: r.id, status: 'pending' }, data: { status: 'refused', decidedAt: now, decidedById: ctx.principal.userId, decisionNote: note } });
  await ctx.plugin.db.mechanismsShareRequest.updateMany({ where: { resourceId: r.id, status: 'approved' }, data: { status: 'revoked', decidedAt: now, decidedById: ctx.principal.userId, decisionNote: note } });
  const row = await ctx.plugin.db.mechanismsSharedResource.update({ where: { id: r.id }, data: { status: 'withdrawn' } });
  ctx.audit.target('mechanisms.shared-resource', row.id, row.divisionCode);
  ctx.audit.detail({ reason: input.reason });
  return { id: row.id, status: row.status };
});
