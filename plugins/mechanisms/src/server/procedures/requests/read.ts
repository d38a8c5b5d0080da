// Reading requests: the staff queue and case page, the applicant's own list, public tracking.
import { fail } from '@gongkai/kernel';
import type { Prisma } from '@gongkai/db';
import { z } from 'zod';
import { queueInput, requestRef, trackInput, trackOutput } from '../../../contracts/requests';
import { recordId } from '../../../contracts/common';
import { p } from '../../procedure';
import { orgsById } from '../../services/organizations';
import { loadRequest } from '../../services/requests';
import { loadFull } from '../../services/load';
import { queueRow, staffView, trackView } from './views';


/**
 * Queue of a division (and its subtree) sorted by due date: overdue first (the reply, then the 补正
 * notice deadline), then soonest. "Overdue only" includes cases past their 补正 notice deadline.
 */
export const queue = p.can('requests.read').input(queueInput).query(async ({ ctx, input }) => {
  const reach = ctx.guard.reach();
  const orgOnly = !reach.divisions.some((d) => input.divisionCode.startsWith(d));
  const where: Prisma.MechanismsRequestWhereInput = {
    divisionCode: { startsWith: input.divisionCode },
    ...(input.status === 'open' ? { status: { not: 'closed' } } : { status: input.status }),
    ...(input.overdueOnly ? { AND: [{ OR: [{ overdue: true }, { correctionNoticeOverdue: true }] }] } : {}),
    ...(input.organizationId ? { organizationId: input.organizationId } : {}),
    ...(orgOnly ? { organizationId: { in: reach.organizations.map((o) => o.id).filter((id) => !input.organizationId || id === input.organizationId) } } : {}),
    ...(input.q ? { OR: [{ number: { contains: input.q } }, { applicantName: { contains: input.q } }, { description: { contains: input.q } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    ctx.plugin.db.mechanismsRequest.findMany({ where, orderBy: [{ overdue: 'desc' }, { correctionNoticeOverdue: 'desc' }, { dueDate: { sort: 'asc', nulls: 'last' } }, { receivedOn: 'asc' }], skip: input.cursor, take: input.limit }),
    ctx.plugin.db.mechanismsRequest.count({ where }),
  ]);
  const orgs = await orgsById(ctx.plugin, rows.map((r) => r.organizationId));
  return { items: rows.map((r) => queueRow(r, orgs.get(r.organizationId)?.name)), total, nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null };
});

/** The case page. */
export const get = p.can('requests.read').input(requestRef).query(async ({ ctx, input }) => {
  await loadRequest(ctx.plugin, ctx.guard, input.id);
  const r = (await loadFull(ctx.plugin, input.id))!;
  const orgs = await orgsById(ctx.plugin, [r.organizationId, ...r.subtasks.map((s) => s.targetOrganizationId)]);
  return staffView(r, new Map([...orgs].map(([id, o]) => [id, o.name])));
});

/** An issued letter for staff (printable HTML). */
export const letter = p.can('requests.read').input(z.object({ letterId: recordId }).strict()).query(async ({ ctx, input }) => {
  const l = await ctx.plugin.db.mechanismsLetter.findUnique({ where: { id: input.letterId }, include: { request: true } });
  if (!l) throw fail.notFound('告知书');
  await ctx.guard.division(l.request.divisionCode, l.request.organizationId);
  return { id: l.id, title: l.title, html: l.html, fileName: `${l.request.number}-${l.title}.html` };
});

/** The signed-in applicant's own requests (in divisions where the plugin is on). */
export const mine = p.authed().input(z.object({ cursor: z.number().int().min(0).default(0) }).strict()).query(async ({ ctx, input }) => {
  const rows = await ctx.plugin.db.mechanismsRequest.findMany({ where: { applicantUserId: ctx.principal.userId }, orderBy: { createdAt: 'desc' }, skip: input.cursor, take: 50 });
  const enabled = await ctx.kernel.enablement.effectiveMany(ctx.db, [...new Set(rows.map((r) => r.divisionCode))], 'mechanisms');
  const visible = rows.filter((r) => enabled.get(r.divisionCode)?.enabled);
  const orgs = await orgsById(ctx.plugin, visible.map((r) => r.organizationId));
  return visible.map((r) => queueRow(r, orgs.get(r.organizationId)?.name));
});

async function ownRequest(ctx: { plugin: Parameters<typeof orgsById>[0]; principal: { userId: string } }, id: string) {
  const r = await loadFull(ctx.plugin, id);
  if (!r || r.applicantUserId !== ctx.principal.userId) throw fail.notFound('申请');
  return r;
}

/** The applicant's view of one of their requests, with the letters issued to them. */
export const myRequest = p.authed().input(requestRef).query(async ({ ctx, input }) => {
  const r = await ownRequest(ctx, input.id);
  await ctx.guard.division(r.divisionCode);
  const org = (await orgsById(ctx.plugin, [r.organizationId])).get(r.organizationId);
  return { ...trackView(r, org?.name ?? ''), id: r.id, description: r.description, letters: r.letters.map((l) => ({ id: l.id, title: l.title, issuedOn: l.issuedOn.toISOString().slice(0, 10) })) };
});

export const myLetter = p.authed().input(z.object({ letterId: recordId }).strict()).query(async ({ ctx, input }) => {
  const l = await ctx.plugin.db.mechanismsLetter.findUnique({ where: { id: input.letterId }, include: { request: true } });
  if (!l || l.request.applicantUserId !== ctx.principal.userId) throw fail.notFound('告知书');
  await ctx.guard.division(l.request.divisionCode);
  return { id: l.id, title: l.title, html: l.html, fileName: `${l.request.number}-${l.title}.html` };
});

/** Public tracking by number: status, deadlines and how each was computed; no personal data. */
export const track = p.public()
  .meta({ openapi: { method: 'GET', path: '/mechanisms/requests/{number}', tags: ['依申请公开'], summary: '按申请编号查询办理进度', description: '返回办理状态、各项期限及其计算过程，不含申请人个人信息。' } })
  .input(trackInput).output(trackOutput)
  .query(async ({ ctx, input }) => {
    const found = await ctx.plugin.db.mechanismsRequest.findUnique({ where: { number: input.number.toUpperCase() }, select: { id: true } });
    const r = found ? await loadFull(ctx.plugin, found.id) : null;
    if (!r) throw fail.notFound('申请');
    await ctx.guard.division(r.divisionCode);
    const org = (await orgsById(ctx.plugin, [r.organizationId])).get(r.organizationId);
    return trackView(r, org?.name ?? '');
  });
