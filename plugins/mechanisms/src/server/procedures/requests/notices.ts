// Reminders and overdue alerts for the caller's division or organisation.
import { z } from 'zod';
import { divisionCode, recordId } from '../../../contracts/common';
import { p } from '../../procedure';
import { fromDbOrNull } from '../../services/calendar';

export const notices = p.can('notices.read').input(z.object({ divisionCode, unreadOnly: z.boolean().default(true), limit: z.number().int().min(1).max(200).default(50) }).strict()).query(async ({ ctx, input }) => {
  const reach = ctx.guard.reach();
  const orgOnly = !reach.divisions.some((d) => input.divisionCode.startsWith(d));
  const rows = await ctx.plugin.db.mechanismsNotice.findMany({
    where: { divisionCode: { startsWith: input.divisionCode }, ...(input.unreadOnly ? { readAt: null } : {}), ...(orgOnly ? { organizationId: { in: reach.organizations.map((o) => o.id) } } : {}) },
    orderBy: { createdAt: 'desc' }, take: input.limit,
  });
  return rows.map((n) => ({ id: n.id, kind: n.kind, subjectType: n.subjectType, subjectId: n.subjectId, message: n.message, dueDate: fromDbOrNull(n.dueDate), createdAt: n.createdAt, read: n.readAt !== null }));
});

export const markNoticeRead = p.can('notices.read').input(z.object({ noticeId: recordId }).strict()).mutation(async ({ ctx, input }) => {
  const n = await ctx.plugin.db.mechanismsNotice.findUnique({ where: { id: input.noticeId } });
  if (!n) return { ok: false };
  await ctx.guard.division(n.divisionCode, n.organizationId);
  await ctx.plugin.db.mechanismsNotice.update({ where: { id: n.id }, data: { readAt: ctx.plugin.clock.now() } });
  return { ok: true };
});
