// Divisions of a subtree and where key-sectors (and a sector's own plugin) is enabled, resolved
// in two queries for the whole subtree: the compliance matrix and subtree lists need all 140
// divisions of the province at once. Same nearest-ancestor rule as the kernel's EnablementService.
import type { Tx } from '@gongkai/db';
import { selfAndAncestors } from '@gongkai/kernel';
import { levelOfDivision, type DivisionLevel } from '../contracts';

export interface DivisionInfo { code: string; name: string; parentCode: string | null; level: DivisionLevel }

/** Active divisions of the subtree down to county level, in code order. */
export async function subtreeDivisions(db: Tx, root: string): Promise<DivisionInfo[]> {
  const rows = await db.division.findMany({
    where: { code: { startsWith: root }, active: true, level: { in: ['province', 'prefecture', 'county'] } },
    select: { code: true, name: true, parentCode: true },
    orderBy: { code: 'asc' },
  });
  return rows.flatMap((r) => {
    const level = levelOfDivision(r.code);
    return level ? [{ code: r.code, name: r.name, parentCode: r.parentCode, level }] : [];
  });
}

/** For each code: enabled for every one of `pluginIds` (nearest ancestor's row decides). */
export async function enabledFor(db: Tx, pluginIds: readonly string[], codes: readonly string[]): Promise<Map<string, boolean>> {
  const rows = await db.pluginEnablement.findMany({ where: { pluginId: { in: [...pluginIds] } }, select: { pluginId: true, divisionCode: true, enabled: true } });
  const byPlugin = new Map<string, Map<string, boolean>>();
  for (const r of rows) {
    let m = byPlugin.get(r.pluginId);
    if (!m) byPlugin.set(r.pluginId, (m = new Map()));
    m.set(r.divisionCode, r.enabled);
  }
  const out = new Map<string, boolean>();
  for (const code of codes) {
    const chain = selfAndAncestors(code);
    out.set(code, pluginIds.every((pid) => {
      const m = byPlugin.get(pid);
      const hit = m ? chain.find((c) => m.has(c)) : undefined;
      return hit !== undefined && m!.get(hit) === true;
    }));
  }
  return out;
}

/** Codes in the subtree where the plugins are not all enabled (to hide their records). */
export async function disabledInSubtree(db: Tx, root: string, pluginIds: readonly string[]): Promise<string[]> {
  const divisions = await db.division.findMany({ where: { code: { startsWith: root } }, select: { code: true } });
  const map = await enabledFor(db, pluginIds, divisions.map((d) => d.code));
  return [...map].filter(([, on]) => !on).map(([c]) => c);
}
