import { publicProcedure } from '../trpc/procedures';
import { fail } from '../trpc/errors';
import { can, reachOf } from '../identity/principal';
import type { ModelName, PluginContext } from './plugin-context';

function divisionOf(raw: unknown): string | null {
  if (raw && typeof raw === 'object' && 'divisionCode' in raw) {
    const v = (raw as { divisionCode: unknown }).divisionCode;
    if (typeof v === 'string') return v;
  }
  return null;
}

export interface PluginGuard {
  /**
   * For records loaded by id: throws NOT_FOUND unless the plugin is enabled in `divisionCode`
   * and the caller holds the procedure's permission there (organisation grants: that organisation).
   */
  division(divisionCode: string, organizationId?: string | null): Promise<Record<string, unknown>>;
  /** Division prefixes and organisations where the caller holds the permission. */
  reach(): ReturnType<typeof reachOf>;
}

/**
 * Procedure builders for a plugin's router. When the input has a `divisionCode`, the kernel checks
 * that the plugin is enabled there (else NOT_FOUND: a disabled plugin does not exist for that
 * division) and, for `.can()`, that the caller's permission reaches it. Handlers receive
 * `ctx.plugin` (the plugin context, bound to the mutation's transaction) and `ctx.settings`.
 *
 *   const p = pluginProcedure<Settings, 'mechanismsRequest'>('mechanisms');
 *   submit: p.can('requests.create').input(...).mutation(({ ctx, input }) => ...)
 */
export function pluginProcedure<S extends Record<string, unknown> = Record<string, unknown>, M extends ModelName = ModelName>(pluginId: string) {
  const base = publicProcedure.use(async ({ ctx, getRawInput, next }) => {
    if (!ctx.kernel.registry.get(pluginId)) throw fail.notFound('功能');
    ctx.audit.plugin(pluginId);
    const divisionCode = divisionOf(await getRawInput().catch(() => undefined));
    let settings: Record<string, unknown> = {};
    if (divisionCode !== null) {
      const state = await ctx.kernel.enablement.effective(ctx.db, divisionCode, pluginId);
      if (!state.enabled) throw fail.notFound('该地区的此项功能');
      settings = state.settings;
    }
    const plugin = ctx.kernel.pluginContext(pluginId, ctx.db, ctx.afterCommit) as PluginContext<M>;
    return next({ ctx: { plugin, settings: settings as S, divisionCode } });
  });

  const withGuard = (permission: string | null) => base.use(async ({ ctx, next }) => {
    const guard: PluginGuard = {
      async division(divisionCode, organizationId) {
        if (permission !== null && !can(ctx.principal, permission, divisionCode, organizationId)) throw fail.notFound();
        // The input's own division was found enabled (with these settings) a step earlier in this call.
        if (divisionCode === ctx.divisionCode) return ctx.settings;
        const state = await ctx.kernel.enablement.effective(ctx.db, divisionCode, pluginId);
        if (!state.enabled) throw fail.notFound();
        return state.settings;
      },
      reach: () => (permission === null ? { divisions: [], organizations: [] } : reachOf(ctx.principal, permission)),
    };
    return next({ ctx: { guard } });
  });

  return {
    /** Anyone, signed in or not (citizens reading the public side). Explicit and rare. */
    public: () => withGuard(null),
    /** Any signed-in account (a citizen submitting a request). */
    authed: () => withGuard(null).use(({ ctx, next }) => {
      if (!ctx.principal) throw fail.unauthorized();
      return next({ ctx: { principal: ctx.principal } });
    }),
    /** Staff holding `<pluginId>.<permission>` where the input's division is. */
    can: (permission: string) => {
      const full = `${pluginId}.${permission}`;
      return withGuard(full).use(({ ctx, next }) => {
        if (!ctx.principal) throw fail.unauthorized();
        if (!ctx.kernel.registry.hasPermission(full)) throw new Error(`Permission ${full} is not declared by plugin ${pluginId}`);
        const reach = reachOf(ctx.principal, full);
        if (reach.divisions.length === 0 && reach.organizations.length === 0) throw fail.forbidden();
        if (ctx.divisionCode !== null && !can(ctx.principal, full, ctx.divisionCode)) {
          // Organisation grants reach only their own organisation's records inside the division.
          const orgReach = reach.organizations.some((o) => o.divisionCode === ctx.divisionCode);
          if (!orgReach) throw fail.notFound();
        }
        return next({ ctx: { principal: ctx.principal, permission: full } });
      });
    },
  };
}
