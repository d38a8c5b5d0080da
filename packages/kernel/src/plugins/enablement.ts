import { sqlOf, type Db, type Tx } from '@gongkai/db';
import { TRPCError } from '@trpc/server';
import { selfAndAncestors } from '../divisions/codes';
import type { PluginRegistry } from './registry';

export interface EffectiveState {
  enabled: boolean;
  settings: Record<string, unknown>;
  /** The division whose row decided the state (null: no row anywhere up the tree). */
  decidedBy: string | null;
}

/** Every procedure of a plugin asks this: a prepared statement rather than a compiled Prisma query. */
const CHAIN_ROWS = {
  name: 'kernel_enablement_chain',
  text: 'SELECT division_code AS "divisionCode", enabled, settings FROM kernel_plugin_enablement WHERE plugin_id = $1 AND division_code = ANY($2::text[])',
};

/** Per-division plugin enablement, inherited from the nearest ancestor that has a row. */
export class EnablementService {
  constructor(private readonly registry: PluginRegistry) {}

  /** Validates stored settings with the plugin's schema (on read as well as on write). */
  parseSettings(pluginId: string, raw: unknown): Record<string, unknown> {
    const schema = this.registry.get(pluginId)?.settings;
    if (!schema) return {};
    const parsed = schema.safeParse(raw ?? {});
    if (!parsed.success) {
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: `插件“${pluginId}”的设置无效，请管理员重新保存：${parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')}` });
    }
    return parsed.data as Record<string, unknown>;
  }

  /** `db`: the root client or the caller's transaction (which then sees its own changes). */
  async effective(db: Tx | Db, divisionCode: string, pluginId: string): Promise<EffectiveState> {
    return (await this.effectiveMany(db, [divisionCode], pluginId)).get(divisionCode)!;
  }

  /** `effective` for many divisions with one query (lists, sweeps and reports across divisions). */
  async effectiveMany(db: Tx | Db, divisionCodes: readonly string[], pluginId: string): Promise<Map<string, EffectiveState>> {
    const out = new Map<string, EffectiveState>();
    if (!this.registry.get(pluginId)) {
      for (const d of divisionCodes) out.set(d, { enabled: false, settings: {}, decidedBy: null });
      return out;
    }
    const chains = new Map(divisionCodes.map((d) => [d, selfAndAncestors(d)]));
    const rows = await sqlOf(db).rows<{ divisionCode: string; enabled: boolean; settings: unknown }>(CHAIN_ROWS, [pluginId, [...new Set([...chains.values()].flat())]]);
    const byDivision = new Map(rows.map((r) => [r.divisionCode, r]));
    for (const [d, chain] of chains) {
      // The nearest row up the division tree decides; no row anywhere: disabled, default settings.
      const nearest = chain.map((c) => byDivision.get(c)).find((r) => r !== undefined);
      out.set(d, nearest
        ? { enabled: nearest.enabled, settings: this.parseSettings(pluginId, nearest.settings), decidedBy: nearest.divisionCode }
        : { enabled: false, settings: this.parseSettings(pluginId, {}), decidedBy: null });
    }
    return out;
  }

  /** Effective state of every installed plugin for a division (console and web composition). */
  async effectiveAll(db: Tx, divisionCode: string): Promise<Record<string, EffectiveState>> {
    const chain = selfAndAncestors(divisionCode);
    const rows = await db.pluginEnablement.findMany({ where: { divisionCode: { in: chain } } });
    const out: Record<string, EffectiveState> = {};
    for (const p of this.registry.plugins) {
      const nearest = chain.map((c) => rows.find((r) => r.divisionCode === c && r.pluginId === p.id)).find((r) => r !== undefined);
      out[p.id] = nearest
        ? { enabled: nearest.enabled, settings: this.safeSettings(p.id, nearest.settings), decidedBy: nearest.divisionCode }
        : { enabled: false, settings: this.safeSettings(p.id, {}), decidedBy: null };
    }
    return out;
  }

  private safeSettings(pluginId: string, raw: unknown): Record<string, unknown> {
    try { return this.parseSettings(pluginId, raw); } catch { return {}; }
  }
}
