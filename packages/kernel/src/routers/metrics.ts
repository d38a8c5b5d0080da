import { z } from 'zod';
import { kernelProcedure } from '../trpc/procedures';
import { router } from '../trpc/init';
import { divisionCode } from './divisions';
import { fail } from '../trpc/errors';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式须为 YYYY-MM-DD');

export const metricsRouter = router({
  /** Every indicator the installed plugins contribute. */
  list: kernelProcedure('kernel.metrics.read').input(z.void()).query(({ ctx }) => ctx.kernel.metrics.list()),

  /** Indicator values for a division (and its subtree) over a period. */
  compute: kernelProcedure('kernel.metrics.read')
    .input(z.object({ divisionCode, from: isoDate, to: isoDate, ids: z.array(z.string().max(100)).max(100).optional() }).strict())
    .query(async ({ ctx, input }) => {
      ctx.guard.division(input.divisionCode);
      const from = new Date(`${input.from}T00:00:00+08:00`);
      const to = new Date(`${input.to}T23:59:59.999+08:00`);
      if (from > to) throw fail.badRequest('开始日期不能晚于结束日期', 'from');
      return ctx.kernel.metrics.compute(ctx.db, input.divisionCode, { from, to }, input.ids);
    }),
});
