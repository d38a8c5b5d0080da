// The compliance matrix: for every division and every required disclosure of a year, published
// on time, late, or missing (or not yet due). Pure: the caller loads divisions, enablement and
// publication facts; deadlines come from the kernel calendar through `DueCalendar`.
import type { DisclosureRequirement, DivisionLevel } from '../../contracts';
import { dueAfter, dueWithoutRecord, type DueCalendar } from './due';

export type CellStatus = 'on-time' | 'late' | 'missing' | 'pending' | 'not-required' | 'disabled';

export interface MatrixDivision { code: string; name: string; level: DivisionLevel; parentCode: string | null }

export interface MatrixRequirement {
  /** `<sector>.<requirement>` */
  key: string;
  sector: string;
  /** Plugins that must be enabled in a division for the requirement to apply there. */
  pluginIds: readonly string[];
  def: DisclosureRequirement;
}

/** Published records of a division grouped by what requirements match on. */
export interface PublicationFact {
  divisionCode: string;
  sector: string;
  recordType: string;
  category: string | null;
  /** 'YYYY-MM-DD' or null */
  eventDate: string | null;
  /** China date of the first publication in the group. */
  firstPublishedOn: string;
  count: number;
}

export interface Cell {
  status: CellStatus;
  dueDate: string | null;
  publishedOn: string | null;
  eventDate: string | null;
  /** The due date reaches into a year whose holiday schedule is not known yet. */
  provisional: boolean;
  records: number;
}

export interface MatrixRow { division: MatrixDivision; cells: Record<string, Cell>; summary: RowSummary }

export interface RowSummary { required: number; onTime: number; late: number; missing: number; pending: number }

export interface MatrixInput {
  year: number;
  /** Today's date in China; undue requirements with nothing published are 'pending'. */
  today: string;
  divisions: readonly MatrixDivision[];
  requirements: readonly MatrixRequirement[];
  /** code → pluginId → enabled */
  enabled: (divisionCode: string, pluginId: string) => boolean;
  facts: readonly PublicationFact[];
  calendar: DueCalendar;
}

function factKey(division: string, sector: string, recordType: string): string {
  return `${division}|${sector}|${recordType}`;
}

export function emptySummary(): RowSummary { return { required: 0, onTime: 0, late: 0, missing: 0, pending: 0 }; }

export function addToSummary(s: RowSummary, c: Cell): void {
  if (c.status === 'not-required' || c.status === 'disabled') return;
  s.required++;
  if (c.status === 'on-time') s.onTime++;
  else if (c.status === 'late') s.late++;
  else if (c.status === 'missing') s.missing++;
  else s.pending++;
}

const notRequired = (): Cell => ({ status: 'not-required', dueDate: null, publishedOn: null, eventDate: null, provisional: false, records: 0 });

export function evaluateCell(req: DisclosureRequirement, year: number, today: string, facts: readonly PublicationFact[], cal: DueCalendar): Cell {
  if (req.appliesWhen && !facts.some((f) => f.category !== null && req.appliesWhen!.categories.includes(f.category))) return notRequired();
  const matching = facts.filter((f) => !req.categories || (f.category !== null && req.categories.includes(f.category)));
  if (matching.length === 0) {
    const due = dueWithoutRecord(req.due, year, cal);
    return { status: today > due.dueDate ? 'missing' : 'pending', dueDate: due.dueDate, publishedOn: null, eventDate: null, provisional: due.provisional, records: 0 };
  }
  let best: Cell | null = null;
  let worst: Cell | null = null;
  for (const f of matching) {
    const due = req.due.kind === 'afterEvent' && f.eventDate ? dueAfter(req.due, f.eventDate, cal) : dueWithoutRecord(req.due, year, cal);
    const cell: Cell = {
      status: f.firstPublishedOn <= due.dueDate ? 'on-time' : 'late',
      dueDate: due.dueDate, publishedOn: f.firstPublishedOn, eventDate: f.eventDate, provisional: due.provisional, records: f.count,
    };
    // Prefer an on-time publication, then the earliest.
    if (!best || (cell.status === 'on-time' && best.status !== 'on-time') || (cell.status === best.status && cell.publishedOn! < best.publishedOn!)) best = cell;
    if (!worst || (cell.status === 'late' && worst.status !== 'late')) worst = cell;
  }
  const chosen = req.each ? worst! : best!;
  chosen.records = matching.reduce((n, f) => n + f.count, 0);
  return chosen;
}

export function computeMatrix(input: MatrixInput): MatrixRow[] {
  const byKey = new Map<string, PublicationFact[]>();
  for (const f of input.facts) {
    const k = factKey(f.divisionCode, f.sector, f.recordType);
    const list = byKey.get(k);
    if (list) list.push(f); else byKey.set(k, [f]);
  }
  return input.divisions.map((division) => {
    const cells: Record<string, Cell> = {};
    const summary = emptySummary();
    for (const r of input.requirements) {
      let cell: Cell;
      if (!r.def.levels.includes(division.level)) cell = notRequired();
      else if (!r.pluginIds.every((pid) => input.enabled(division.code, pid))) cell = { status: 'disabled', dueDate: null, publishedOn: null, eventDate: null, provisional: false, records: 0 };
      else cell = evaluateCell(r.def, input.year, input.today, byKey.get(factKey(division.code, r.sector, r.def.recordType)) ?? [], input.calendar);
      cells[r.key] = cell;
      addToSummary(summary, cell);
    }
    return { division, cells, summary };
  });
}

/** Completeness: published / required-and-due; timeliness: on time / published. null when undefined. */
export function rates(s: RowSummary): { completeness: number | null; timeliness: number | null } {
  const due = s.onTime + s.late + s.missing;
  const published = s.onTime + s.late;
  return {
    completeness: due === 0 ? null : Math.round((published / due) * 1000) / 10,
    timeliness: published === 0 ? null : Math.round((s.onTime / published) * 1000) / 10,
  };
}
