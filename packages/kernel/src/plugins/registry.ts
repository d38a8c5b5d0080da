import type { AnyExtensionPoint, Contribution, ExtensionPoint } from '../contracts/extension-point';
import { catalogueItemTypes, channels, metrics } from '../contracts';
import type { AnyPlugin } from './define-plugin';

/** Extension points the kernel itself owns. */
export const kernelExtensionPoints: readonly AnyExtensionPoint[] = [catalogueItemTypes, channels, metrics];

export interface PermissionInfo { id: string; label: string; pluginId: string | null }

/**
 * The frozen result of booting: plugins in dependency order, every extension point with its
 * contributions, and the permission registry. Built once; never changes while running.
 */
export class PluginRegistry {
  readonly plugins: readonly AnyPlugin[];
  private readonly points = new Map<string, { point: AnyExtensionPoint; owner: string; items: { pluginId: string; item: unknown }[] }>();
  private readonly permissionList: PermissionInfo[] = [];
  private readonly byId = new Map<string, AnyPlugin>();

  constructor(plugins: readonly AnyPlugin[], kernelPermissions: Record<string, string>) {
    // 0. Unique ids, known requirements.
    for (const p of plugins) {
      if (this.byId.has(p.id)) throw new Error(`Plugin "${p.id}" is installed twice`);
      this.byId.set(p.id, p);
    }
    for (const p of plugins) {
      for (const r of p.requires ?? []) if (!this.byId.has(r)) throw new Error(`Plugin "${p.id}" requires "${r}", which is not installed`);
    }
    this.plugins = topologicalOrder(plugins);
    // 1. Collect every extension point.
    for (const point of kernelExtensionPoints) this.points.set(point.id, { point, owner: 'kernel', items: [] });
    for (const p of this.plugins) {
      for (const point of p.provides ?? []) {
        if (this.points.has(point.id)) throw new Error(`Extension point "${point.id}" is declared twice (by ${p.id} and ${this.points.get(point.id)!.owner})`);
        this.points.set(point.id, { point, owner: p.id, items: [] });
      }
    }
    // 2. Apply contributions; an unknown point fails the boot.
    for (const p of this.plugins) {
      for (const c of p.contributes ?? []) this.apply(p.id, c);
    }
    // 3. Permissions.
    for (const [id, label] of Object.entries(kernelPermissions)) this.permissionList.push({ id, label, pluginId: null });
    for (const p of this.plugins) {
      for (const [key, label] of Object.entries(p.permissions ?? {})) this.permissionList.push({ id: `${p.id}.${key}`, label, pluginId: p.id });
    }
    // 4. Freeze.
    for (const entry of this.points.values()) Object.freeze(entry.items);
    Object.freeze(this.permissionList);
  }

  private apply(pluginId: string, c: Contribution<unknown>): void {
    const entry = this.points.get(c.pointId);
    if (!entry) {
      throw new Error(`Plugin "${pluginId}" contributes to unknown extension point "${c.pointId}". Known points: ${[...this.points.keys()].join(', ')}`);
    }
    const key = entry.point.keyOf?.(c.item as never);
    if (key !== undefined) {
      if (entry.owner === 'kernel' && !key.startsWith(`${pluginId}.`)) {
        throw new Error(`Plugin "${pluginId}" contributes "${key}" to "${c.pointId}": ids must start with "${pluginId}."`);
      }
      if (entry.items.some((i) => entry.point.keyOf?.(i.item as never) === key)) throw new Error(`Duplicate contribution "${key}" to "${c.pointId}"`);
    }
    entry.items.push({ pluginId, item: c.item });
  }

  /** Contributions to a point, in boot order. */
  list<T>(point: ExtensionPoint<T>): readonly T[] {
    const entry = this.points.get(point.id);
    if (!entry) throw new Error(`Unknown extension point "${point.id}"`);
    return entry.items.map((i) => i.item as T);
  }

  /** Contributions with the id of the plugin that made each. */
  entries<T>(point: ExtensionPoint<T>): readonly { pluginId: string; item: T }[] {
    const entry = this.points.get(point.id);
    if (!entry) throw new Error(`Unknown extension point "${point.id}"`);
    return entry.items as { pluginId: string; item: T }[];
  }

  get(id: string): AnyPlugin | undefined { return this.byId.get(id); }
  get permissions(): readonly PermissionInfo[] { return this.permissionList; }
  hasPermission(id: string): boolean { return this.permissionList.some((p) => p.id === id); }
}

function topologicalOrder(plugins: readonly AnyPlugin[]): AnyPlugin[] {
  const byId = new Map(plugins.map((p) => [p.id, p]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: AnyPlugin[] = [];
  const visit = (p: AnyPlugin) => {
    if (done.has(p.id)) return;
    if (visiting.has(p.id)) throw new Error(`Plugin dependency cycle through "${p.id}"`);
    visiting.add(p.id);
    for (const r of p.requires ?? []) visit(byId.get(r)!);
    visiting.delete(p.id);
    done.add(p.id);
    out.push(p);
  };
  // Sorted by id first so the order is deterministic regardless of the installed list's order.
  [...plugins].sort((a, b) => a.id.localeCompare(b.id)).forEach(visit);
  return out;
}
