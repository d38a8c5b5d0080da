import { z } from 'zod';
import { authedProcedure } from '../trpc/procedures';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';

export const permissionsRouter = router({
  /** The permission registry (kernel and every installed plugin) with Chinese labels, for role editing. */
  list: authedProcedure
    .input(z.void())
    .query(({ ctx }) => {
      if (ctx.principal.kind !== 'staff') throw fail.forbidden();
      return ctx.kernel.registry.permissions.map((p) => ({
        id: p.id,
        label: p.label,
        pluginId: p.pluginId,
        pluginTitle: p.pluginId ? ctx.kernel.registry.get(p.pluginId)?.title ?? p.pluginId : '平台内核',
      }));
    }),
});
