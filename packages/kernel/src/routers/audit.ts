import { z } from 'zod';
import { verifyAuditChain } from '../audit/audit-service';
import { reachCovers, reachWhere } from '../identity/reach';
import { kernelProcedure } from '../trpc/procedures';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';
import { divisionCode } from './divisions';
import { calendarDate, paging, recordId, shanghaiDayStart } from './fields';

const READ = 'kernel.audit.read';
const outcomes = ['ok', 'denied', 'invalid', 'error', 'not_found', 'conflict'] as const;

export const auditRouter = router({
  /**
   * Audit records in the caller's reach, newest first. Supervisors see their subtree's records;
   * records without a division only with a province-level grant.
   */
  search: kernelProcedure(READ)
    .input(z.object({
      divisionCode: divisionCode.optional(),
      /** Include the division's subtree (default) or the division alone. */
      subtree: z.boolean().default(true),
      actorId: recordId.optional(),
      actionPrefix: z.string().max(100, '不能超过 100 个字符').regex(/^[a-zA-Z0-9.-]+$/, '只能包含字母、数字、点和连字符').optional(),
      pluginId: z.string().max(64).regex(/^[a-z][a-z0-9-]*$/, '功能模块编号格式无效').optional(),
      outcome: z.enum(outcomes).optional(),
      targetType: z.string().max(50).regex(/^[a-z][a-z0-9-]*$/, '对象类型格式无效').optional(),
      targetId: z.string().max(100).regex(/^[A-Za-z0-9._:-]+$/, '对象编号格式无效').optional(),
      /** Calendar days in Asia/Shanghai, both inclusive. */
      from: calendarDate.optional(),
      to: calendarDate.optional(),
      ...paging,
    }).strict().refine((v) => !v.from || !v.to || v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['from'] }))
    .query(async ({ ctx, input }) => {
      // Organisation grants do not open the audit log: only division grants count here.
      const reach = { divisions: ctx.guard.reach().divisions, organizations: [] };
      if (input.divisionCode && !reachCovers(reach, input.divisionCode)) throw fail.notFound('行政区划');
      const at: { gte?: Date; lt?: Date } = {};
      if (input.from) at.gte = shanghaiDayStart(input.from);
      if (input.to) at.lt = new Date(shanghaiDayStart(input.to).getTime() + 86_400_000);
      const where = {
        AND: [
          reachWhere(reach, { includeNull: true }),
          input.divisionCode ? (input.subtree ? { divisionCode: { startsWith: input.divisionCode } } : { divisionCode: input.divisionCode }) : {},
          input.actorId ? { actorId: input.actorId } : {},
          input.actionPrefix ? { action: { startsWith: input.actionPrefix } } : {},
          input.pluginId ? { pluginId: input.pluginId } : {},
          input.outcome ? { outcome: input.outcome } : {},
          input.targetType ? { targetType: input.targetType } : {},
          input.targetId ? { targetId: input.targetId } : {},
          input.from || input.to ? { at } : {},
        ],
      };
      const [total, rows] = await Promise.all([
        ctx.db.auditRecord.count({ where }),
        ctx.db.auditRecord.findMany({ where, orderBy: { seq: 'desc' }, skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
      ]);
      const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
      const actors = actorIds.length ? await ctx.db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, username: true, displayName: true } }) : [];
      const byId = new Map(actors.map((a) => [a.id, a]));
      return {
        total, page: input.page, pageSize: input.pageSize,
        items: rows.map((r) => ({
          seq: r.seq.toString(), at: r.at, actorId: r.actorId, actorKind: r.actorKind,
          actorName: r.actorId ? byId.get(r.actorId)?.displayName ?? null : null,
          actorUsername: r.actorId ? byId.get(r.actorId)?.username ?? null : null,
          divisionCode: r.divisionCode, pluginId: r.pluginId, action: r.action, targetType: r.targetType,
          targetId: r.targetId, outcome: r.outcome, detail: r.detail, inputDigest: r.inputDigest,
          requestId: r.requestId, hash: r.hash,
        })),
      };
    }),

  /** Walks the whole hash chain and names the first altered or missing record. */
  verify: kernelProcedure(READ)
    .input(z.void())
    .query(({ ctx }) => verifyAuditChain(ctx.rootDb)),
});
