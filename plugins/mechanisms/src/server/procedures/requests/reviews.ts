// Reconsideration and litigation cases linked to the original request (report section 四).
import { fail } from '@gongkai/kernel';
import { reviewDecideInput, reviewInput } from '../../../contracts/requests';
import { p } from '../../procedure';
import { fromDb, toDb, today } from '../../services/calendar';
import { loadRequest } from '../../services/requests';
import { addEvent } from '../../services/timeline';
import { reviewKindLabels } from '../../../contracts/vocabulary';

export const fileReview = p.can('reports.manage').input(reviewInput).mutation(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id, { lock: true });
  if (input.filedOn > today(ctx.plugin)) throw fail.badRequest('日期不能晚于今天', 'filedOn');
  if (input.filedOn < fromDb(r.receivedOn)) throw fail.badRequest('日期不能早于收到申请之日', 'filedOn');
  const row = await ctx.plugin.db.mechanismsReview.create({ data: { requestId: r.id, divisionCode: r.divisionCode, organizationId: r.organizationId, kind: input.kind, caseNo: input.caseNo, filedOn: toDb(input.filedOn) } });
  await addEvent(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'review-filed', on: input.filedOn, actorId: ctx.principal.userId, actorName: ctx.principal.displayName, note: reviewKindLabels[input.kind], data: { reviewId: row.id } });
  ctx.audit.target('mechanisms.review', row.id, r.divisionCode);
  return { id: row.id };
});

export const decideReview = p.can('reports.manage').input(reviewDecideInput).mutation(async ({ ctx, input }) => {
  const row = await ctx.plugin.db.mechanismsReview.findUnique({ where: { id: input.reviewId } });
  if (!row) throw fail.notFound('复议或诉讼案件');
  await ctx.guard.division(row.divisionCode, row.organizationId);
  if (input.result !== 'pending' && !input.decidedOn) throw fail.badRequest('请填写审结日期', 'decidedOn');
  if (input.decidedOn && input.decidedOn < fromDb(row.filedOn)) throw fail.badRequest('审结日期不能早于立案日期', 'decidedOn');
  if (input.decidedOn && input.decidedOn > today(ctx.plugin)) throw fail.badRequest('日期不能晚于今天', 'decidedOn');
  await ctx.plugin.db.mechanismsReview.update({ where: { id: row.id }, data: { result: input.result, decidedOn: input.decidedOn ? toDb(input.decidedOn) : null, note: input.note } });
  ctx.audit.target('mechanisms.review', row.id, row.divisionCode);
  return { ok: true };
});
