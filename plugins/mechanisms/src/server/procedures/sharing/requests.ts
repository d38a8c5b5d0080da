// Access requests between departments (including other divisions' organisations): requested by
// the requesting side, decided by the owner (conditional resources, within the settings' working
// days), withdrawn or revoked. Every mutation is in the audit chain.
import { fail } from '@gongkai/kernel';
import type { Prisma } from '@gongkai/db';
import { decideInput, requestActionInput, shareQueueInput, shareRequestInput } from '../../../contracts/sharing';
import { p } from '../../procedure';
import { fromDb, today, toDb } from '../../services/calendar';
import type { Ctx } from '../../services/context';
import { orgsById, requireOrg } from '../../services/organizations';
import { guardOwner, guardRequester, loadResource, loadShareRequest, shareNotice } from '../../services/sharing';
import { requestView } from './views';
import type { MechanismsShareRequest } from '@gongkai/db';

async function views(ctx: Ctx, rows: MechanismsShareRequest[]) {
  const resources = await ctx.db.mechanismsSharedResource.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.resourceId))] } }, select: { id: true, title: true, organizationId: true } });
  const byId = new Map(resources.map((r) => [r.id, r]));
  const orgs = await orgsById(ctx, [...rows.map((r) => r.requesterOrganizationId), ...resources.map((r) => r.organizationId)]);
  const names = new Map([...orgs].map(([id, o]) => [id, o.name]));
  const day = today(ctx);
  return rows.map((q) => requestView(q, byId.get(q.resourceId), names, day));
}

export const request = p.can('sharing.manage').input(shareRequestInput).mutation(async ({ ctx, input }) => {
  const org = await requireOrg(ctx.plugin, input.requesterOrganizationId, null, 'requesterOrganizationId');
  await ctx.guard.division(org.divisionCode, org.id);
  const { resource: r, settings } = await loadResource(ctx.plugin, input.resourceId);
  if (r.status !== 'active') throw fail.notFound('共享资源');
  if (r.organizationId === org.id) throw fail.badRequest('不能申请本单位登记的资源', 'requesterOrganizationId');
  if (r.shareType === 'none') throw fail.precondition(`该资源不予共享：${r.conditions ?? ''}`);
  const open = await ctx.plugin.db.mechanismsShareRequest.findFirst({ where: { resourceId: r.id, requesterOrganizationId: org.id, status: { in: ['pending', 'approved'] } } });
  if (open) throw fail.conflict(open.status === 'pending' ? '本单位已有待审批的申请' : '本单位已获准共享该资源');
  const now = ctx.plugin.clock.now();
  const day = today(ctx.plugin);
  const automatic = r.shareType === 'unconditional';
  const due = automatic ? day : (await ctx.plugin.calendar.snapshot(ctx.plugin.tx)).addWorkingDays(day, settings.sharing.replyDays, 0).dueDate;
  const row = await ctx.plugin.db.mechanismsShareRequest.create({
    data: {
      resourceId: r.id, divisionCode: r.divisionCode, requesterDivisionCode: org.divisionCode, requesterOrganizationId: org.id, purpose: input.purpose,
      status: automatic ? 'approved' : 'pending', replyDue: toDb(due), createdById: ctx.principal.userId,
      ...(automatic ? { decidedAt: now, decisionNote: '无条件共享资源，自动同意' } : {}),
    },
  });
  await shareNotice(ctx.plugin, {
    divisionCode: r.divisionCode, organizationId: r.organizationId, requestId: row.id, kind: automatic ? 'shared' : 'requested', dueDate: automatic ? null : row.replyDue,
    message: automatic ? `${org.name}已获取无条件共享资源“${r.title}”` : `${org.name}申请共享“${r.title}”，请于${due}前审批`,
  });
  ctx.audit.target('mechanisms.share-request', row.id, r.divisionCode);
  ctx.audit.detail({ resourceId: r.id, requesterOrganizationId: org.id, requesterDivisionCode: org.divisionCode });
  return (await views(ctx.plugin, [row]))[0]!;
});

export const decide = p.can('sharing.approve').input(decideInput).mutation(async ({ ctx, input }) => {
  const { request: q, resource: r } = await loadShareRequest(ctx.plugin, input.requestId);
  await guardOwner(ctx.guard, r);
  if (q.status !== 'pending') throw fail.precondition('该申请已处理');
  const day = today(ctx.plugin);
  if (input.decision === 'approve' && input.validUntil && input.validUntil < day) throw fail.badRequest('有效期不能早于今天', 'validUntil');
  const row = await ctx.plugin.db.mechanismsShareRequest.update({
    where: { id: q.id },
    data: {
      status: input.decision === 'approve' ? 'approved' : 'refused', decidedAt: ctx.plugin.clock.now(), decidedById: ctx.principal.userId,
      decisionNote: input.note, validUntil: input.decision === 'approve' && input.validUntil ? toDb(input.validUntil) : null,
    },
  });
  await shareNotice(ctx.plugin, {
    divisionCode: q.requesterDivisionCode, organizationId: q.requesterOrganizationId, requestId: q.id, kind: 'decided',
    message: `共享申请“${r.title}”${input.decision === 'approve' ? '已同意' : `未获同意：${input.note ?? ''}`}`,
  });
  ctx.audit.target('mechanisms.share-request', row.id, row.divisionCode);
  ctx.audit.detail({ decision: input.decision, onTime: day <= fromDb(q.replyDue) });
  return (await views(ctx.plugin, [row]))[0]!;
});

export const withdrawRequest = p.can('sharing.manage').input(requestActionInput).mutation(async ({ ctx, input }) => {
  const { request: q } = await loadShareRequest(ctx.plugin, input.requestId);
  await guardRequester(ctx.guard, q);
  if (q.status !== 'pending') throw fail.precondition('只能撤回待审批的申请');
  const row = await ctx.plugin.db.mechanismsShareRequest.update({ where: { id: q.id }, data: { status: 'withdrawn', decisionNote: input.note } });
  ctx.audit.target('mechanisms.share-request', row.id, row.divisionCode);
  return (await views(ctx.plugin, [row]))[0]!;
});

/** The owner ends an approval (the purpose is fulfilled, misuse, the resource changed). */
export const revoke = p.can('sharing.approve').input(requestActionInput).mutation(async ({ ctx, input }) => {
  const { request: q, resource: r } = await loadShareRequest(ctx.plugin, input.requestId);
  await guardOwner(ctx.guard, r);
  if (q.status !== 'approved') throw fail.precondition('只能终止已同意的共享');
  if (!input.note) throw fail.badRequest('终止共享须说明理由', 'note');
  const row = await ctx.plugin.db.mechanismsShareRequest.update({ where: { id: q.id }, data: { status: 'revoked', decidedAt: ctx.plugin.clock.now(), decidedById: ctx.principal.userId, decisionNote: input.note } });
  await shareNotice(ctx.plugin, { divisionCode: q.requesterDivisionCode, organizationId: q.requesterOrganizationId, requestId: q.id, kind: 'revoked', message: `“${r.title}”的共享已终止：${input.note}` });
  ctx.audit.target('mechanisms.share-request', row.id, row.divisionCode);
  return (await views(ctx.plugin, [row]))[0]!;
});

const statusWhere = (s: string): Prisma.MechanismsShareRequestWhereInput => (s === 'all' ? {} : { status: s });

/** Requests to the caller's resources, pending ones by reply deadline. */
export const incoming = p.can('sharing.approve').input(shareQueueInput).query(async ({ ctx, input }) => {
  const reach = ctx.guard.reach();
  const orgOnly = !reach.divisions.some((d) => input.divisionCode.startsWith(d));
  const where: Prisma.MechanismsShareRequestWhereInput = {
    divisionCode: { startsWith: input.divisionCode }, ...statusWhere(input.status),
    ...(orgOnly ? { resource: { organizationId: { in: reach.organizations.map((o) => o.id) } } } : {}),
  };
  const rows = await ctx.plugin.db.mechanismsShareRequest.findMany({ where, orderBy: [{ replyDue: 'asc' }, { createdAt: 'asc' }], skip: input.cursor, take: input.limit });
  const total = await ctx.plugin.db.mechanismsShareRequest.count({ where });
  return { items: await views(ctx.plugin, rows), total, nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null };
});

/** Requests the caller's organisations made. */
export const outgoing = p.can('sharing.manage').input(shareQueueInput).query(async ({ ctx, input }) => {
  const reach = ctx.guard.reach();
  const orgOnly = !reach.divisions.some((d) => input.divisionCode.startsWith(d));
  const where: Prisma.MechanismsShareRequestWhereInput = {
    requesterDivisionCode: { startsWith: input.divisionCode }, ...statusWhere(input.status),
    ...(orgOnly ? { requesterOrganizationId: { in: reach.organizations.map((o) => o.id) } } : {}),
  };
  const rows = await ctx.plugin.db.mechanismsShareRequest.findMany({ where, orderBy: [{ createdAt: 'desc' }], skip: input.cursor, take: input.limit });
  const total = await ctx.plugin.db.mechanismsShareRequest.count({ where });
  return { items: await views(ctx.plugin, rows), total, nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null };
});
