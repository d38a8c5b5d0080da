// Loads what the compliance engine needs for a subtree and a year, in a fixed number of queries
// whatever the number of divisions: divisions, enablement rows, grouped publication facts.
import type { Tx } from '@gongkai/db';
import type { Kernel } from '@gongkai/kernel';
import { chinaDateOf, fromDbDate } from '../dates';
import { enabledFor, subtreeDivisions } from '../divisions';
import { sectorCatalog } from '../sector-catalog';
import type { DueCalendar } from './due';
import { computeMatrix, type MatrixRequirement, type MatrixRow, type PublicationFact } from './engine';

export interface ComplianceData { year: number; today: string; requirements: MatrixRequirement[]; rows: MatrixRow[] }

export function requirementsOf(kernel: Kernel, sectorId?: string): MatrixRequirement[] {
  return sectorCatalog(kernel.registry).all()
    .filter((s) => !sectorId || s.def.id === sectorId)
    .flatMap((s) => s.def.requirements.map((def) => ({
      key: `${s.def.id}.${def.id}`, sector: s.def.id, def,
      pluginIds: s.pluginId === 'key-sectors' ? ['key-sectors'] : ['key-sectors', s.pluginId],
    })));
}

/** Memoises due-date computations: the same (event, rule) recurs across divisions. */
export function cachedCalendar(cal: DueCalendar): DueCalendar {
  const add = new Map<string, { dueDate: string; provisional: boolean }>();
  const working = new Map<string, boolean>();
  return {
    addWorkingDays(start, n) {
      const k = `${start}+${n}`;
      let v = add.get(k);
      if (!v) { const r = cal.addWorkingDays(start, n); v = { dueDate: r.dueDate, provisional: r.provisional }; add.set(k, v); }
      return v;
    },
    isWorkingDay(date) {
      let v = working.get(date);
      if (v === undefined) { v = cal.isWorkingDay(date); working.set(date, v); }
      return v;
    },
  };
}

export async function loadFacts(db: Tx, root: string, year: number, requirements: readonly MatrixRequirement[]): Promise<PublicationFact[]> {
  const pairs = [...new Map(requirements.map((r) => [`${r.sector}|${r.def.recordType}`, { sector: r.sector, recordType: r.def.recordType }])).values()];
  if (pairs.length === 0) return [];
  const groups = await db.keySectorsRecord.groupBy({
    by: ['divisionCode', 'sector', 'recordType', 'category', 'eventDate'],
    where: { status: 'published', year, divisionCode: { startsWith: root }, OR: pairs },
    _min: { publishedAt: true },
    _count: { _all: true },
  });
  return groups.map((g) => ({
    divisionCode: g.divisionCode, sector: g.sector, recordType: g.recordType, category: g.category,
    eventDate: g.eventDate ? fromDbDate(g.eventDate) : null,
    firstPublishedOn: chinaDateOf(g._min.publishedAt!),
    count: g._count._all,
  }));
}

export async function loadCompliance(kernel: Kernel, db: Tx, root: string, year: number, sectorId?: string): Promise<ComplianceData> {
  const requirements = requirementsOf(kernel, sectorId);
  const pluginIds = [...new Set(requirements.flatMap((r) => r.pluginIds))];
  const [divisions, facts, calendar] = await Promise.all([
    subtreeDivisions(db, root),
    loadFacts(db, root, year, requirements),
    kernel.calendar.snapshot(db),
  ]);
  const codes = divisions.map((d) => d.code);
  const enabledByPlugin = new Map(await Promise.all(pluginIds.map(async (pid) => [pid, await enabledFor(db, [pid], codes)] as const)));
  const today = kernel.calendar.today();
  const rows = computeMatrix({
    year, today, divisions, requirements, facts,
    enabled: (code, pid) => enabledByPlugin.get(pid)?.get(code) ?? false,
    calendar: cachedCalendar(calendar),
  });
  return { year, today, requirements, rows };
}
