import { z } from 'zod';
import type { Tx } from '@gongkai/db';
import { selfAndAncestors } from '../divisions/codes';
import { reachCovers, type Reach } from '../identity/reach';
import type { AnyPlugin } from '../plugins/define-plugin';
import { scheduleLifecycle } from '../plugins/lifecycle';
import { kernelProcedure, publicProcedure } from '../trpc/procedures';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';
import type { Context } from '../trpc/context';
import type { Kernel } from '../kernel';
import { divisionCode } from './divisions';
import { pluginId } from './fields';

const MANAGE = 'kernel.plugins.manage';
const MAX_SETTINGS_CHARS = 64_000;

const settingsInput = z.record(z.string().max(100, '设置项名称过长'), z.json())
  .refine((v) => JSON.stringify(v).length <= MAX_SETTINGS_CHARS, `设置内容不能超过 ${MAX_SETTINGS_CHARS} 个字符`);

/** The settings form's JSON Schema (input side: fields with defaults are optional). */
function settingsJsonSchema(p: AnyPlugin): Record<string, unknown> | null {
  if (!p.settings) return null;
  try { return z.toJSONSchema(p.settings, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>; } catch { return null; }
}

/** Validates settings on write: BAD_REQUEST naming the first offending field. */
function validateSettings(p: AnyPlugin, raw: Record<string, unknown>): Record<string, unknown> {
  if (!p.settings) {
    if (Object.keys(raw).length) throw fail.badRequest('该功能模块没有设置项', 'settings');
    return {};
  }
  const r = p.settings.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0]!;
    const field = ['settings', ...first.path.map(String)].join('.');
    throw fail.badRequest(first.message, field);
  }
  return r.data as Record<string, unknown>;
}

/** Settings for a new row: the inherited ones if still valid, else the schema's defaults, else none. */
function settingsForNewRow(kernel: Kernel, id: string, inherited: unknown): Record<string, unknown> {
  for (const candidate of [inherited, {}]) {
    try { return kernel.enablement.parseSettings(id, candidate ?? {}); } catch { /* try the next */ }
  }
  return {};
}

interface Row { divisionCode: string; enabled: boolean; settings: unknown }

/** The row deciding a plugin's state at a division (nearest ancestor), optionally ignoring one division's own row. */
async function nearestRow(db: Tx, division: string, id: string, ignoreOwn = false): Promise<Row | null> {
  const chain = selfAndAncestors(division).filter((c) => !(ignoreOwn && c === division));
  const rows = await db.pluginEnablement.findMany({ where: { pluginId: id, divisionCode: { in: chain } } });
  return chain.map((c) => rows.find((r) => r.divisionCode === c)).find((r) => r !== undefined) ?? null;
}

async function target(ctx: Context & { guard: { reach(): Reach } }, division: string, id: string) {
  if (!reachCovers(ctx.guard.reach(), division)) throw fail.notFound('行政区划');
  const d = await ctx.db.division.findUnique({ where: { code: division }, select: { active: true } });
  if (!d?.active) throw fail.notFound('行政区划');
  const plugin = ctx.kernel.registry.get(id);
  if (!plugin) throw fail.notFound('功能模块');
  return plugin;
}

async function assertRequirementsMet(db: Tx, kernel: Kernel, p: AnyPlugin, division: string): Promise<void> {
  for (const r of p.requires ?? []) {
    if (!(await nearestRow(db, division, r))?.enabled) {
      throw fail.precondition(`“${p.title}”依赖“${kernel.registry.get(r)?.title ?? r}”，请先在该地区启用后者`);
    }
  }
}

async function assertNoDependents(db: Tx, kernel: Kernel, p: AnyPlugin, division: string): Promise<void> {
  for (const other of kernel.registry.plugins) {
    if (!(other.requires ?? []).includes(p.id)) continue;
    if ((await nearestRow(db, division, other.id))?.enabled) {
      throw fail.precondition(`“${other.title}”依赖“${p.title}”，请先在该地区停用前者`);
    }
  }
}

type MutationCtx = Context & { afterCommit: (fn: () => Promise<void> | void) => void; audit: { target(t: string, id: string, d?: string | null): void; plugin(id: string): void } };

/** Audits, and when the division's effective state changed, emits the event and schedules the hook. */
async function recordChange(ctx: MutationCtx, p: AnyPlugin, division: string, before: boolean, after: boolean): Promise<void> {
  ctx.audit.target('plugin', p.id, division);
  ctx.audit.plugin(p.id);
  if (before === after) return;
  await ctx.kernel.events.emit(ctx.db, { type: after ? 'kernel.plugin.enabled' : 'kernel.plugin.disabled', divisionCode: division, pluginId: null, payload: { pluginId: p.id, divisionCode: division } });
  scheduleLifecycle(ctx, { pluginId: p.id, divisionCode: division, hook: after ? 'onEnable' : 'onDisable' });
}

const targetInput = { divisionCode, pluginId };

export const pluginsRouter = router({
  /** Installed plugins with what the console needs to render them (settings form as JSON Schema). */
  list: kernelProcedure(MANAGE)
    .input(z.void())
    .query(({ ctx }) => ctx.kernel.registry.plugins.map((p) => ({
      id: p.id,
      title: p.title,
      description: p.description ?? null,
      version: p.version ?? null,
      requires: [...(p.requires ?? [])],
      permissions: ctx.kernel.registry.permissions.filter((x) => x.pluginId === p.id).map((x) => ({ id: x.id, label: x.label })),
      roles: Object.entries(p.roles ?? {}).map(([key, r]) => ({ key: `${p.id}.${key}`, name: r.name })),
      provides: (p.provides ?? []).map((x) => x.id),
      contributes: [...new Set((p.contributes ?? []).map((c) => c.pointId))],
      hasLifecycle: { onEnable: !!p.lifecycle?.onEnable, onDisable: !!p.lifecycle?.onDisable },
      settingsSchema: settingsJsonSchema(p),
    }))),

  /** The effective state of every installed plugin at a division, and whether it is inherited. */
  state: kernelProcedure(MANAGE)
    .input(z.object({ divisionCode }).strict())
    .query(async ({ ctx, input }) => {
      if (!reachCovers(ctx.guard.reach(), input.divisionCode)) throw fail.notFound('行政区划');
      const d = await ctx.db.division.findUnique({ where: { code: input.divisionCode }, select: { name: true } });
      if (!d) throw fail.notFound('行政区划');
      const all = await ctx.kernel.enablement.effectiveAll(ctx.db, input.divisionCode);
      const rows = await ctx.db.pluginEnablement.findMany({ where: { divisionCode: { in: selfAndAncestors(input.divisionCode) } } });
      return ctx.kernel.registry.plugins.map((p) => {
        const eff = all[p.id]!;
        const own = rows.find((r) => r.pluginId === p.id && r.divisionCode === input.divisionCode) ?? null;
        const deciding = rows.find((r) => r.pluginId === p.id && r.divisionCode === eff.decidedBy);
        let settingsError: string | null = null;
        if (deciding) {
          try { ctx.kernel.enablement.parseSettings(p.id, deciding.settings); } catch (err) { settingsError = err instanceof Error ? err.message : String(err); }
        }
        return {
          pluginId: p.id,
          title: p.title,
          enabled: eff.enabled,
          decidedBy: eff.decidedBy,
          inherited: eff.decidedBy !== input.divisionCode,
          settings: eff.settings,
          settingsError,
          own: own ? { enabled: own.enabled, settings: own.settings as Record<string, unknown>, updatedAt: own.updatedAt } : null,
        };
      });
    }),

  /** Turns a plugin on for a division and its subtree (divisions below with their own row keep it). */
  enable: kernelProcedure(MANAGE)
    .input(z.object({ ...targetInput, settings: settingsInput.optional() }).strict())
    .mutation(async ({ ctx, input }) => {
      const p = await target(ctx, input.divisionCode, input.pluginId);
      const before = (await nearestRow(ctx.db, input.divisionCode, p.id))?.enabled ?? false;
      await assertRequirementsMet(ctx.db, ctx.kernel, p, input.divisionCode);
      const own = await ctx.db.pluginEnablement.findUnique({ where: { divisionCode_pluginId: { divisionCode: input.divisionCode, pluginId: p.id } } });
      let settings: Record<string, unknown>;
      if (input.settings) settings = validateSettings(p, input.settings);
      else if (own) settings = ctx.kernel.enablement.parseSettings(p.id, own.settings);
      else {
        const inherited = await nearestRow(ctx.db, input.divisionCode, p.id, true);
        try { settings = ctx.kernel.enablement.parseSettings(p.id, inherited?.settings ?? {}); } catch {
          settings = validateSettings(p, {});
        }
      }
      await ctx.db.pluginEnablement.upsert({
        where: { divisionCode_pluginId: { divisionCode: input.divisionCode, pluginId: p.id } },
        create: { divisionCode: input.divisionCode, pluginId: p.id, enabled: true, settings: settings as object, updatedById: ctx.principal.userId },
        update: { enabled: true, settings: settings as object, updatedById: ctx.principal.userId },
      });
      await recordChange(ctx, p, input.divisionCode, before, true);
      return { pluginId: p.id, divisionCode: input.divisionCode, enabled: true, settings };
    }),

  /** Turns a plugin off for a division and its subtree; its data stays. */
  disable: kernelProcedure(MANAGE)
    .input(z.object(targetInput).strict())
    .mutation(async ({ ctx, input }) => {
      const p = await target(ctx, input.divisionCode, input.pluginId);
      const before = (await nearestRow(ctx.db, input.divisionCode, p.id))?.enabled ?? false;
      await assertNoDependents(ctx.db, ctx.kernel, p, input.divisionCode);
      const own = await ctx.db.pluginEnablement.findUnique({ where: { divisionCode_pluginId: { divisionCode: input.divisionCode, pluginId: p.id } } });
      const settings = own ? (own.settings as Record<string, unknown>) : settingsForNewRow(ctx.kernel, p.id, (await nearestRow(ctx.db, input.divisionCode, p.id, true))?.settings);
      await ctx.db.pluginEnablement.upsert({
        where: { divisionCode_pluginId: { divisionCode: input.divisionCode, pluginId: p.id } },
        create: { divisionCode: input.divisionCode, pluginId: p.id, enabled: false, settings: settings as object, updatedById: ctx.principal.userId },
        update: { enabled: false, updatedById: ctx.principal.userId },
      });
      await recordChange(ctx, p, input.divisionCode, before, false);
      return { pluginId: p.id, divisionCode: input.divisionCode, enabled: false };
    }),

  /**
   * Saves a division's settings, validated by the plugin's schema. A division without its own row
   * gets one, keeping the state it inherited (it then no longer follows its ancestor).
   */
  updateSettings: kernelProcedure(MANAGE)
    .input(z.object({ ...targetInput, settings: settingsInput }).strict())
    .mutation(async ({ ctx, input }) => {
      const p = await target(ctx, input.divisionCode, input.pluginId);
      const settings = validateSettings(p, input.settings);
      const enabled = (await nearestRow(ctx.db, input.divisionCode, p.id))?.enabled ?? false;
      await ctx.db.pluginEnablement.upsert({
        where: { divisionCode_pluginId: { divisionCode: input.divisionCode, pluginId: p.id } },
        create: { divisionCode: input.divisionCode, pluginId: p.id, enabled, settings: settings as object, updatedById: ctx.principal.userId },
        update: { settings: settings as object, updatedById: ctx.principal.userId },
      });
      ctx.audit.target('plugin', p.id, input.divisionCode);
      ctx.audit.plugin(p.id);
      return { pluginId: p.id, divisionCode: input.divisionCode, enabled, settings };
    }),

  /** Removes the division's own row, so it follows its nearest ancestor again. */
  inherit: kernelProcedure(MANAGE)
    .input(z.object(targetInput).strict())
    .mutation(async ({ ctx, input }) => {
      const p = await target(ctx, input.divisionCode, input.pluginId);
      const own = await ctx.db.pluginEnablement.findUnique({ where: { divisionCode_pluginId: { divisionCode: input.divisionCode, pluginId: p.id } } });
      if (!own) throw fail.precondition('该地区没有单独设置，已在沿用上级设置');
      const after = (await nearestRow(ctx.db, input.divisionCode, p.id, true))?.enabled ?? false;
      if (after && !own.enabled) await assertRequirementsMet(ctx.db, ctx.kernel, p, input.divisionCode);
      if (!after && own.enabled) await assertNoDependents(ctx.db, ctx.kernel, p, input.divisionCode);
      await ctx.db.pluginEnablement.delete({ where: { divisionCode_pluginId: { divisionCode: input.divisionCode, pluginId: p.id } } });
      await recordChange(ctx, p, input.divisionCode, own.enabled, after);
      return { pluginId: p.id, divisionCode: input.divisionCode, enabled: after };
    }),

  /** Public: the ids of the plugins enabled for a division (the web app composes its menus from it). */
  enabledFor: publicProcedure
    .input(z.object({ divisionCode }).strict())
    .query(async ({ ctx, input }) => {
      const d = await ctx.db.division.findUnique({ where: { code: input.divisionCode }, select: { active: true } });
      if (!d?.active) throw fail.notFound('行政区划');
      const all = await ctx.kernel.enablement.effectiveAll(ctx.db, input.divisionCode);
      return ctx.kernel.registry.plugins.filter((p) => all[p.id]?.enabled).map((p) => p.id);
    }),
});
