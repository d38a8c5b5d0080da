// Who is calling, and where their permissions reach. A grant at a division covers its subtree
// (GB/T 2260 codes: a descendant's code starts with its ancestor's); a grant at an organisation
// covers that organisation only (and its division for reading what the organisation owns).

export interface Grant {
  roleKey: string;
  permissions: readonly string[];
  divisionCode: string | null;
  organizationId: string | null;
  /** Division of the organisation, when the grant is at an organisation. */
  organizationDivisionCode: string | null;
}

export interface Principal {
  userId: string;
  kind: 'staff' | 'public';
  username: string;
  displayName: string;
  divisionCode: string | null;
  organizationId: string | null;
  grants: readonly Grant[];
  /**
   * Signed in with a session on an account that still has a one-time password (first sign-in, or
   * after a reset): until it is changed only the procedures in `PASSWORD_CHANGE_PATHS` are open.
   * Loaded with the session's user row (no extra query); always false for API tokens.
   */
  mustChangePassword: boolean;
}

/** `*` grants everything; `kernel.*` grants every kernel permission; otherwise exact match. */
export function permissionMatches(granted: string, wanted: string): boolean {
  if (granted === '*' || granted === wanted) return true;
  if (granted.endsWith('.*')) return wanted.startsWith(granted.slice(0, -1));
  return false;
}

export function covers(ancestorCode: string, code: string): boolean {
  return code.startsWith(ancestorCode);
}

function grantHas(g: Grant, permission: string): boolean {
  return g.permissions.some((p) => permissionMatches(p, permission));
}

/** Division prefixes where the principal holds `permission` (subtree grants only). */
export function reachOf(p: Principal | null, permission: string): { divisions: string[]; organizations: { id: string; divisionCode: string }[] } {
  const divisions = new Set<string>();
  const organizations: { id: string; divisionCode: string }[] = [];
  for (const g of p?.grants ?? []) {
    if (!grantHas(g, permission)) continue;
    if (g.divisionCode !== null) divisions.add(g.divisionCode);
    else if (g.organizationId && g.organizationDivisionCode) organizations.push({ id: g.organizationId, divisionCode: g.organizationDivisionCode });
  }
  // Drop prefixes covered by a shorter one.
  const sorted = [...divisions].sort((a, b) => a.length - b.length);
  const minimal = sorted.filter((c, i) => !sorted.slice(0, i).some((a) => covers(a, c)));
  return { divisions: minimal, organizations };
}

/** May the principal do `permission` in `divisionCode` (optionally on behalf of `organizationId`)? */
export function can(p: Principal | null, permission: string, divisionCode: string, organizationId?: string | null): boolean {
  for (const g of p?.grants ?? []) {
    if (!grantHas(g, permission)) continue;
    if (g.divisionCode !== null && covers(g.divisionCode, divisionCode)) return true;
    if (g.organizationId && g.organizationDivisionCode === divisionCode && (organizationId === undefined || organizationId === null || organizationId === g.organizationId)) return true;
  }
  return false;
}

/** Does the principal hold `permission` anywhere at all? */
export function holdsAnywhere(p: Principal | null, permission: string): boolean {
  return (p?.grants ?? []).some((g) => grantHas(g, permission));
}
