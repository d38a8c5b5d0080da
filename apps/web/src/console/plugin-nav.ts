// The plugins' console menu entries the signed-in staff member can use in the division being worked
// in (entries naming permissions are kept to those holding one there; see navEntryVisible).
import { navEntryVisible, type NavGrant } from '@gongkai/kernel/web';
import type { NavItem } from '@gongkai/ui';
import type { ComposedNav } from '../plugin-host/compose';

export function pluginConsoleNav(entries: readonly ComposedNav[], grants: readonly NavGrant[], divisionCode: string): NavItem[] {
  return entries
    .filter((n) => n.area === 'console' && navEntryVisible(n.permission, grants, divisionCode))
    .map((n) => ({ to: n.to, label: n.label, group: n.group ?? '业务功能' }));
}
