// Which console navigation entries of plugins the signed-in staff member gets: an entry that names
// permissions is shown only where one of them reaches the division the console is working in.
// Pure, and free of server code, so the app and plugin tests use the same rule.
import { covers, permissionMatches } from '../identity/principal';

/** What the console knows of a grant (the shape `auth.me` returns). */
export interface NavGrant {
  permissions: readonly string[];
  /** Division of a division grant (covers its subtree); null for an organisation grant. */
  divisionCode: string | null;
  /** Division of the organisation, for an organisation grant. */
  organizationDivisionCode: string | null;
}

export type NavPermission = string | readonly string[];

/**
 * Does a grant holding `permission` let its holder use a page in `divisionCode`? A division grant
 * does when it covers that division or lies inside its subtree (the console of a city shows its
 * counties' work too); an organisation grant when its organisation is in that subtree.
 */
function reaches(g: NavGrant, permission: string, divisionCode: string): boolean {
  if (!g.permissions.some((p) => permissionMatches(p, permission))) return false;
  if (g.divisionCode !== null) return covers(g.divisionCode, divisionCode) || covers(divisionCode, g.divisionCode);
  return g.organizationDivisionCode !== null && covers(divisionCode, g.organizationDivisionCode);
}

/** Is an entry with `permission` (any of several) visible to `grants` working in `divisionCode`? No permission: always. */
export function navEntryVisible(permission: NavPermission | undefined, grants: readonly NavGrant[], divisionCode: string): boolean {
  if (permission === undefined) return true;
  const wanted = typeof permission === 'string' ? [permission] : permission;
  return wanted.some((perm) => grants.some((g) => reaches(g, perm, divisionCode)));
}
