// Major policies (重要政策) flagged by staff, and interpretation coverage over them.
// Why flags: whether a document is a major policy is an administrative judgement; neither the
// catalogue's item types nor its topic classes say so (a 通知 under 财政 may or may not be one),
// so staff flag catalogue items in this plugin's own table.
import { fail } from '@gongkai/kernel';
import { coverageInput, flagMajorInput, majorRef } from '../../../contracts/interpretation';
import { coverage as computeCoverage } from '../../domain/interpretation/coverage';
import { p } from '../../procedure';
import { today } from '../../services/calendar';
import { requirePolicy } from '../../services/interpretation';
import { majorPoliciesFor } from '../../services/interpretation-coverage';

export const flagMajor = p.can('interpretations.manage').input(flagMajorInput).mutation(async ({ ctx, input }) => {
  const policy = await requirePolicy(ctx.plugin, input.itemId, 'itemId');
  if (!policy.divisionCode.startsWith(input.divisionCode)) throw fail.badRequest('只能标记本地区（含下级）发布的政策文件', 'itemId');
  await ctx.guard.division(policy.divisionCode);
  const existing = await ctx.plugin.db.mechanismsMajorPolicy.findUnique({ where: { itemId: policy.id } });
  const row = existing ?? await ctx.plugin.db.mechanismsMajorPolicy.create({
    data: { divisionCode: policy.divisionCode, itemId: policy.id, itemTitle: policy.title, publishedOn: new Date(`${policy.publishedOn}T00:00:00Z`), note: input.note, flaggedById: ctx.principal.userId },
  });
  ctx.audit.target('mechanisms.major-policy', row.id, row.divisionCode);
  return { id: row.id, itemId: row.itemId, publishedOn: policy.publishedOn };
});

export const unflagMajor = p.can('interpretations.manage').input(majorRef).mutation(async ({ ctx, input }) => {
  const row = await ctx.plugin.db.mechanismsMajorPolicy.findUnique({ where: { id: input.id } });
  if (!row) throw fail.notFound('重要政策标记');
  await ctx.guard.division(row.divisionCode);
  await ctx.plugin.db.mechanismsMajorPolicy.delete({ where: { id: row.id } });
  ctx.audit.target('mechanisms.major-policy', row.id, row.divisionCode);
  return { id: row.id };
});

/** Each major policy published in the period with its status, and the coverage rate. */
export const coverage = p.can('interpretations.manage').input(coverageInput).query(async ({ ctx, input }) => {
  const n = ctx.settings.interpretation.coverageDays;
  const policies = await majorPoliciesFor(ctx.plugin.db, input.divisionCode, input.from, input.to);
  const cal = await ctx.plugin.calendar.snapshot(ctx.plugin.tx);
  const c = computeCoverage(policies, n, today(ctx.plugin), (a, b) => cal.workingDaysBetween(a, b).days);
  const ids = new Map(policies.map((p) => [p.itemId, p.id]));
  return { coverageDays: n, ...c, rows: c.rows.map((r) => ({ ...r, id: ids.get(r.itemId)! })) };
});
