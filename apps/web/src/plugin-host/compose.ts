// Pure composition of plugin web modules: which routes, navigation entries and slot fillers the
// current division gets, given the installed modules and the set of plugins enabled there.
import type { SlotName, WebNavEntry, WebPlugin, WebRoute, WebSlotFill } from '@gongkai/kernel/web';

export interface ComposedRoute extends WebRoute { pluginId: string; /** Absolute path: /console/<path> or /<path>. */ fullPath: string }
export interface ComposedNav extends WebNavEntry { pluginId: string }
export interface ComposedFill { pluginId: string; fill: WebSlotFill }

export interface Composition {
  /** Plugin ids enabled for the division (null while loading). */
  enabled: ReadonlySet<string> | null;
  routes: ComposedRoute[];
  nav: ComposedNav[];
  slots: Partial<Record<SlotName, ComposedFill[]>>;
}

export function fullPathOf(route: Pick<WebRoute, 'area' | 'path'>): string {
  const rel = route.path.replace(/^\/+/, '');
  return route.area === 'console' ? `/console/${rel}` : `/${rel}`;
}

/** Every route of every installed module (registered once; gated at render time). */
export function allRoutes(modules: readonly WebPlugin[]): ComposedRoute[] {
  const seenIds = new Set<string>();
  const seenPaths = new Map<string, string>();
  const out: ComposedRoute[] = [];
  for (const m of modules) {
    if (seenIds.has(m.id)) throw new Error(`Web plugin "${m.id}" is listed twice in apps/web/src/plugins.ts`);
    seenIds.add(m.id);
    for (const r of m.routes) {
      const fullPath = fullPathOf(r);
      const owner = seenPaths.get(fullPath);
      if (owner) throw new Error(`Route ${fullPath} of plugin "${m.id}" is already declared by "${owner}"`);
      seenPaths.set(fullPath, m.id);
      out.push({ ...r, pluginId: m.id, fullPath });
    }
  }
  return out;
}

/** What the division shows: only enabled plugins' routes, nav entries and slot fillers. */
export function composePlugins(modules: readonly WebPlugin[], enabledIds: Iterable<string> | null): Composition {
  const enabled = enabledIds === null ? null : new Set(enabledIds);
  const on = (id: string) => enabled !== null && enabled.has(id);
  const routes = allRoutes(modules).filter((r) => on(r.pluginId));
  const nav: ComposedNav[] = [];
  const slots: Partial<Record<SlotName, ComposedFill[]>> = {};
  for (const m of modules) {
    if (!on(m.id)) continue;
    for (const n of m.nav) nav.push({ ...n, pluginId: m.id });
    for (const [name, fills] of Object.entries(m.slots ?? {}) as [SlotName, WebSlotFill[]][]) {
      slots[name] = [...(slots[name] ?? []), ...fills.map((fill) => ({ pluginId: m.id, fill }))];
    }
  }
  return { enabled, routes, nav, slots };
}
