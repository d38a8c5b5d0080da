import type { Deadline, Tx } from '@gongkai/db';
import { z } from 'zod';
import { fromDbDate, isoDate, toDbDate, type IsoDate } from './dates';
import { MAX_WORKING_DAYS, type DueExplanation, type WorkCalendar } from './work-calendar';

export const DEADLINE_CHANGED_EVENT = 'kernel.calendar.deadline-changed';

const key = z.string().trim().min(1).max(100);

export const deadlineKey = z.object({
  pluginId: key,
  subjectType: key,
  subjectId: z.string().trim().min(1).max(200),
  kind: key,
}).strict();
export type DeadlineKey = z.infer<typeof deadlineKey>;

export const deadlineInput = deadlineKey.extend({
  divisionCode: z.string().regex(/^\d{2}(\d{2}){0,2}(\d{3}){0,2}$/),
  startDate: isoDate,
  workingDays: z.number().int().min(0).max(MAX_WORKING_DAYS),
  /** Working days during which the period is suspended (e.g. third-party consultation). */
  pausedDays: z.number().int().min(0).max(MAX_WORKING_DAYS).default(0),
}).strict();
export type DeadlineInput = z.input<typeof deadlineInput>;

export interface DeadlineView {
  id: string;
  pluginId: string;
  divisionCode: string;
  subjectType: string;
  subjectId: string;
  kind: string;
  startDate: IsoDate;
  workingDays: number;
  pausedDays: number;
  dueDate: IsoDate;
  provisional: boolean;
  explanation: DueExplanation;
  status: 'open' | 'met' | 'cancelled';
  closedAt: Date | null;
  updatedAt: Date;
}

export interface DeadlineChange {
  deadline: DeadlineView;
  previousDueDate: IsoDate;
  previousProvisional: boolean;
}

export function toView(d: Deadline): DeadlineView {
  return {
    id: d.id, pluginId: d.pluginId, divisionCode: d.divisionCode, subjectType: d.subjectType, subjectId: d.subjectId, kind: d.kind,
    startDate: fromDbDate(d.startDate), workingDays: d.workingDays, pausedDays: d.pausedDays,
    dueDate: fromDbDate(d.dueDate), provisional: d.provisional, explanation: d.explanation as unknown as DueExplanation,
    status: d.status, closedAt: d.closedAt, updatedAt: d.updatedAt,
  };
}

/** Creates or updates (and reopens) the deadline of (plugin, subject, kind) with its due date computed now. */
export async function upsertDeadline(tx: Tx, cal: WorkCalendar, raw: DeadlineInput): Promise<DeadlineView> {
  const input = deadlineInput.parse(raw);
  const due = cal.addWorkingDays(input.startDate, input.workingDays, input.pausedDays);
  const computed = {
    divisionCode: input.divisionCode, startDate: toDbDate(input.startDate), workingDays: input.workingDays, pausedDays: input.pausedDays,
    dueDate: toDbDate(due.dueDate), provisional: due.provisional, explanation: due.explanation as object,
    status: 'open' as const, closedAt: null,
  };
  const { pluginId, subjectType, subjectId, kind } = input;
  const row = await tx.deadline.upsert({
    where: { pluginId_subjectType_subjectId_kind: { pluginId, subjectType, subjectId, kind } },
    create: { pluginId, subjectType, subjectId, kind, ...computed },
    update: computed,
  });
  return toView(row);
}

export async function closeDeadline(tx: Tx, raw: DeadlineKey, status: 'met' | 'cancelled', at: Date): Promise<DeadlineView | null> {
  const k = deadlineKey.parse(raw);
  const existing = await tx.deadline.findUnique({ where: { pluginId_subjectType_subjectId_kind: k } });
  if (!existing) return null;
  const row = await tx.deadline.update({ where: { id: existing.id }, data: { status, closedAt: existing.closedAt ?? at } });
  return toView(row);
}

export interface ListOpenFilter {
  pluginId?: string;
  /** Division codes whose subtrees to include (a code covers every code it prefixes). */
  divisionPrefixes?: string[];
  subjectType?: string;
  kind?: string;
  /** Only deadlines due on or before this date (e.g. today, for an overdue list). */
  dueOnOrBefore?: IsoDate;
  provisional?: boolean;
  take?: number;
  skip?: number;
}

export async function listOpen(db: Tx, f: ListOpenFilter = {}): Promise<DeadlineView[]> {
  const rows = await db.deadline.findMany({
    where: {
      status: 'open',
      pluginId: f.pluginId,
      subjectType: f.subjectType,
      kind: f.kind,
      provisional: f.provisional,
      dueDate: f.dueOnOrBefore ? { lte: toDbDate(f.dueOnOrBefore) } : undefined,
      OR: f.divisionPrefixes ? f.divisionPrefixes.map((p) => ({ divisionCode: { startsWith: p } })) : undefined,
    },
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
    take: Math.min(f.take ?? 100, 1000),
    skip: f.skip,
  });
  return rows.map(toView);
}

/**
 * Recomputes every open deadline against `cal` (the calendar as it is inside `tx`), in pages.
 * Rows whose due date, provisional flag or explanation changed are updated; those whose due date
 * or provisional flag changed are returned so the caller can announce them.
 */
export async function recomputeOpen(tx: Tx, cal: WorkCalendar): Promise<{ recomputed: number; changed: DeadlineChange[] }> {
  const changed: DeadlineChange[] = [];
  let recomputed = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = await tx.deadline.findMany({
      where: { status: 'open' }, orderBy: { id: 'asc' }, take: 500,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (page.length === 0) break;
    cursor = page[page.length - 1]!.id;
    for (const d of page) {
      recomputed++;
      const before = toView(d);
      const due = cal.addWorkingDays(before.startDate, d.workingDays, d.pausedDays);
      const moved = due.dueDate !== before.dueDate || due.provisional !== before.provisional;
      if (!moved && stableJson(due.explanation) === stableJson(d.explanation)) continue;
      const row = await tx.deadline.update({
        where: { id: d.id },
        data: { dueDate: toDbDate(due.dueDate), provisional: due.provisional, explanation: due.explanation as object },
      });
      if (moved) changed.push({ deadline: toView(row), previousDueDate: before.dueDate, previousProvisional: before.provisional });
    }
  }
  return { recomputed, changed };
}

/** JSON with sorted keys: jsonb does not keep key order, so compare in a canonical form. */
function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}
