import { sqlOf, type Deadline, type Tx } from '@gongkai/db';
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

const UPSERT_MANY = {
  name: 'kernel_deadline_upsert_many',
  text: `INSERT INTO kernel_deadline (id, plugin_id, subject_type, subject_id, kind, division_code, start_date, working_days, paused_days,
                                  due_date, provisional, explanation, status, closed_at, created_at, updated_at)
    SELECT replace(gen_random_uuid()::text, '-', ''), u.plugin_id, u.subject_type, u.subject_id, u.kind, u.division_code, u.start_date,
           u.working_days, u.paused_days, u.due_date, u.provisional, u.explanation, 'open', NULL, $2::timestamp, $2::timestamp
    FROM jsonb_to_recordset(convert_from($1::bytea, 'UTF8')::jsonb) AS u(plugin_id text, subject_type text, subject_id text, kind text, division_code text,
      start_date date, working_days int, paused_days int, due_date date, provisional boolean, explanation jsonb)
    ON CONFLICT (plugin_id, subject_type, subject_id, kind) DO UPDATE SET
      division_code = EXCLUDED.division_code, start_date = EXCLUDED.start_date, working_days = EXCLUDED.working_days,
      paused_days = EXCLUDED.paused_days, due_date = EXCLUDED.due_date, provisional = EXCLUDED.provisional,
      explanation = EXCLUDED.explanation, status = 'open', closed_at = NULL, updated_at = EXCLUDED.updated_at`,
};

/**
 * `upsertDeadline` for many subjects: the same validation and computed fields, written with one
 * INSERT … ON CONFLICT per 1,000 inputs (sweeps that move many clocks at once). When a key occurs
 * more than once, the last input wins, as it would with one upsert after another. Returns the rows written.
 */
export async function upsertDeadlines(tx: Tx, cal: WorkCalendar, raw: readonly DeadlineInput[]): Promise<number> {
  const byKey = new Map<string, z.output<typeof deadlineInput>>();
  for (const r of raw) {
    const input = deadlineInput.parse(r);
    byKey.set(JSON.stringify([input.pluginId, input.subjectType, input.subjectId, input.kind]), input);
  }
  const inputs = [...byKey.values()];
  const now = new Date();
  for (let i = 0; i < inputs.length; i += 1000) {
    const chunk = inputs.slice(i, i + 1000);
    const rows = chunk.map((d) => {
      const due = cal.addWorkingDays(d.startDate, d.workingDays, d.pausedDays);
      return {
        plugin_id: d.pluginId, subject_type: d.subjectType, subject_id: d.subjectId, kind: d.kind, division_code: d.divisionCode, start_date: d.startDate,
        working_days: d.workingDays, paused_days: d.pausedDays, due_date: due.dueDate, provisional: due.provisional, explanation: due.explanation,
      };
    });
    // One JSON document sent as bytes: PostgreSQL parses it fast, and the statement is prepared once per connection.
    await sqlOf(tx).exec(UPSERT_MANY, [Buffer.from(JSON.stringify(rows)), now.toISOString()]);
  }
  return inputs.length;
}

export async function closeDeadline(tx: Tx, raw: DeadlineKey, status: 'met' | 'cancelled', at: Date): Promise<DeadlineView | null> {
  const k = deadlineKey.parse(raw);
  const existing = await tx.deadline.findUnique({ where: { pluginId_subjectType_subjectId_kind: k } });
  if (!existing) return null;
  const row = await tx.deadline.update({ where: { id: existing.id }, data: { status, closedAt: existing.closedAt ?? at } });
  return toView(row);
}

/** `closeDeadline` for many keys in one statement per 1,000; keys with no deadline are skipped. Returns the rows closed. */
export async function closeDeadlines(tx: Tx, raw: readonly DeadlineKey[], status: 'met' | 'cancelled', at: Date): Promise<number> {
  const keys = raw.map((k) => deadlineKey.parse(k));
  let closed = 0;
  for (let i = 0; i < keys.length; i += 1000) {
    const chunk = keys.slice(i, i + 1000);
    closed += await tx.$executeRaw`
      UPDATE kernel_deadline d SET status = ${status}::kernel_deadline_status, closed_at = COALESCE(d.closed_at, ${at}), updated_at = ${new Date()}
      FROM unnest(${chunk.map((k) => k.pluginId)}::text[], ${chunk.map((k) => k.subjectType)}::text[], ${chunk.map((k) => k.subjectId)}::text[], ${chunk.map((k) => k.kind)}::text[])
        AS k(plugin_id, subject_type, subject_id, kind)
      WHERE d.plugin_id = k.plugin_id AND d.subject_type = k.subject_type AND d.subject_id = k.subject_id AND d.kind = k.kind`;
  }
  return closed;
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
