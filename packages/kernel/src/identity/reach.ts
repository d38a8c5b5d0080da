// Reach helpers for administration queries: turning a principal's grants into row filters and
// checking that one account may act on another account's grants.
import { covers, permissionMatches, reachOf, type Principal } from './principal';

export type Reach = ReturnType<typeof reachOf>;

/** Province-level reach: a grant at a root division (2-digit code) covers every division. */
export function isRootReach(reach: Reach): boolean {
  return reach.divisions.some((d) => d.length === 2);
}

/**
 * Does the reach cover a record of `divisionCode`? A record without a division (citizens,
 * province-wide records) is covered only by a province-level grant. Organisation grants cover the
 * organisation's own records when `organizationId` is given.
 */
export function reachCovers(reach: Reach, divisionCode: string | null, organizationId?: string | null): boolean {
  if (divisionCode === null) return isRootReach(reach);
  if (reach.divisions.some((d) => covers(d, divisionCode))) return true;
  return !!organizationId && reach.organizations.some((o) => o.id === organizationId && o.divisionCode === divisionCode);
}

/**
 * A Prisma `where` fragment keeping rows whose `divisionCode` lies in the reach (subtree prefixes),
 * rows of the reached organisations (when `orgField` is given), and rows without a division when
 * the reach is province-wide and `includeNull` is set. An empty reach matches nothing.
 */
export function reachWhere(reach: Reach, opts: { orgField?: string; includeNull?: boolean } = {}): { OR: Record<string, unknown>[] } {
  const or: Record<string, unknown>[] = reach.divisions.map((d) => ({ divisionCode: { startsWith: d } }));
  if (opts.orgField && reach.organizations.length) or.push({ [opts.orgField]: { in: reach.organizations.map((o) => o.id) } });
  if (opts.includeNull && isRootReach(reach)) or.push({ divisionCode: null });
  return { OR: or };
}

/** Where any of the principal's grants reach, whatever the permission (for reading shared lists). */
export function anyReach(p: Principal): Reach {
  const divisions = new Set<string>();
  const organizations: { id: string; divisionCode: string }[] = [];
  for (const g of p.grants) {
    if (g.divisionCode !== null) divisions.add(g.divisionCode);
    else if (g.organizationId && g.organizationDivisionCode) organizations.push({ id: g.organizationId, divisionCode: g.organizationDivisionCode });
  }
  const sorted = [...divisions].sort((a, b) => a.length - b.length);
  return { divisions: sorted.filter((c, i) => !sorted.slice(0, i).some((a) => covers(a, c))), organizations };
}

export interface GrantLocation { divisionCode: string; organizationId: string | null }

/**
 * Does `p` itself hold, at `at`, every permission in `permissions` (patterns included: holding
 * `kernel.*` there is needed to hand out `kernel.*`)? Nobody can give away more than they have.
 */
export function holdsAll(p: Principal, permissions: readonly string[], at: GrantLocation): boolean {
  return permissions.every((perm) => holdsAt(p, perm, at));
}

/**
 * Strict form of `can`: a division grant covers its subtree; an organisation grant covers only a
 * location naming that same organisation (never the whole division it sits in).
 */
export function holdsAt(p: Principal, permission: string, at: GrantLocation): boolean {
  return p.grants.some((g) => g.permissions.some((x) => permissionMatches(x, permission)) && (
    g.divisionCode !== null
      ? covers(g.divisionCode, at.divisionCode)
      : at.organizationId !== null && g.organizationId === at.organizationId && g.organizationDivisionCode === at.divisionCode
  ));
}
