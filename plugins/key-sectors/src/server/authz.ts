// Per-sector permissions: staff edit a sector's records with the all-sector
// `key-sectors.records.edit` or with the sector's own permission (`key-sectors.environment.edit`,
// `sector-water-supply.records.edit`), each where their grant reaches.
import { can, covers, fail, reachOf, type Kernel, type Principal } from '@gongkai/kernel';
import type { Tx } from '@gongkai/db';
import type { ResolvedSector } from './sector-catalog';

export const EDIT_ALL = 'key-sectors.records.edit';
export const READ_ALL = 'key-sectors.records.read';
export const COMPLIANCE_READ = 'key-sectors.compliance.read';

export function editPermissions(sector: ResolvedSector): string[] {
  return sector.def.permission ? [EDIT_ALL, sector.def.permission] : [EDIT_ALL];
}

function staff(p: Principal | null): Principal {
  if (!p) throw fail.unauthorized();
  if (p.kind !== 'staff') throw fail.forbidden();
  return p;
}

/** FORBIDDEN when the caller holds none of the permissions anywhere; NOT_FOUND when not here. */
export function assertAny(p: Principal | null, permissions: readonly string[], divisionCode: string, organizationId?: string | null): Principal {
  const principal = staff(p);
  const anywhere = permissions.some((perm) => { const r = reachOf(principal, perm); return r.divisions.length > 0 || r.organizations.length > 0; });
  if (!anywhere) throw fail.forbidden();
  if (!permissions.some((perm) => can(principal, perm, divisionCode, organizationId))) throw fail.notFound();
  return principal;
}

export function assertCanEdit(p: Principal | null, sector: ResolvedSector, divisionCode: string, organizationId?: string | null): Principal {
  return assertAny(p, editPermissions(sector), divisionCode, organizationId);
}

export function assertCanRead(p: Principal | null, sector: ResolvedSector, divisionCode: string, organizationId?: string | null): Principal {
  return assertAny(p, [READ_ALL, ...editPermissions(sector)], divisionCode, organizationId);
}

/** Division prefixes where the caller may read a sector's unpublished records. */
export function readReach(p: Principal, sector: ResolvedSector): { divisions: string[]; organizations: { id: string; divisionCode: string }[] } {
  const divisions = new Set<string>();
  const organizations: { id: string; divisionCode: string }[] = [];
  for (const perm of [READ_ALL, ...editPermissions(sector)]) {
    const r = reachOf(p, perm);
    r.divisions.forEach((d) => divisions.add(d));
    organizations.push(...r.organizations);
  }
  const sorted = [...divisions].sort((a, b) => a.length - b.length);
  return { divisions: sorted.filter((c, i) => !sorted.slice(0, i).some((a) => covers(a, c))), organizations };
}

/**
 * An outside sector is also switched on and off with its own plugin: where that plugin is
 * disabled, its records do not exist (NOT_FOUND), like any disabled plugin.
 */
export async function assertSectorEnabled(kernel: Kernel, db: Tx, sector: ResolvedSector, divisionCode: string): Promise<void> {
  if (sector.pluginId === 'key-sectors') return;
  const state = await kernel.enablement.effective(db, divisionCode, sector.pluginId);
  if (!state.enabled) throw fail.notFound('该地区的此重点领域');
}
