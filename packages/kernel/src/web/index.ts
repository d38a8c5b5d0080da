// @gongkai/kernel/web: what a plugin's web module declares. The app composes the modules of the
// installed plugins and shows only those the current division has enabled.
import type { ComponentType } from 'react';
import type { NavPermission } from './nav-access';

export { navEntryVisible, type NavGrant, type NavPermission } from './nav-access';

/** The small fixed set of places in the UI that plugins may fill. */
export interface SlotProps {
  /** Sections on the portal home page. */
  'portal.home.sections': { divisionCode: string | null };
  /** Panels under a catalogue item on its public page (e.g. interpretations of a policy). */
  'portal.item.panels': { itemId: string; itemType: string; divisionCode: string };
  /** Cards on the console dashboard. */
  'console.dashboard.cards': { divisionCode: string };
}
export type SlotName = keyof SlotProps;
export const slotNames: readonly SlotName[] = ['portal.home.sections', 'portal.item.panels', 'console.dashboard.cards'];

export interface WebRoute {
  /** Path under the area root: 'mechanisms/requests/:id' → /console/mechanisms/requests/:id. */
  path: string;
  area: 'portal' | 'console';
  load: () => Promise<{ default: ComponentType }>;
}

export interface WebNavEntry {
  to: string;
  label: string;
  area: 'portal' | 'console';
  group?: string;
  /**
   * Console entries: the full permission the page needs (`<pluginId>.<permission>`), or several of
   * which any one will do. The console shows the entry only to staff holding one of them where it
   * is working (`navEntryVisible`); without it the entry is shown to all staff. Pages still check
   * on the server: this only keeps the menu to what the person can use.
   */
  permission?: NavPermission;
}

export interface WebSlotFill<N extends SlotName = SlotName> {
  id: string;
  load: () => Promise<{ default: ComponentType<SlotProps[N]> }>;
}

export interface WebPlugin {
  /** The plugin id (kebab-case), matching its server definition. */
  id: string;
  title: string;
  routes: WebRoute[];
  nav: WebNavEntry[];
  slots?: { [N in SlotName]?: WebSlotFill<N>[] };
}

export function defineWebPlugin(p: WebPlugin): WebPlugin {
  for (const n of p.nav) {
    if (n.area === 'portal' && n.permission !== undefined) throw new Error(`Plugin ${p.id}: portal entry "${n.label}" names a permission; the portal is public`);
  }
  for (const name of Object.keys(p.slots ?? {})) {
    if (!(slotNames as readonly string[]).includes(name)) throw new Error(`Plugin ${p.id} fills unknown slot "${name}". Slots: ${slotNames.join(', ')}`);
  }
  return p;
}
