// Validation of a record's data with its record type's schema, on every write and every read,
// turning zod issues into Chinese messages that name the field.
import { TRPCError } from '@gongkai/kernel';
import { z } from 'zod';
import { describePath, nodeAt, type RecordColumns, type RecordTypeDefinition } from '../../contracts';

export interface DataIssue {
  /** Dot path inside the data ('rows.3.amount'). */
  path: string;
  /** Chinese message naming the field. */
  message: string;
}

function issueMessage(schema: z.ZodType, issue: z.core.$ZodIssue): string {
  const path = issue.path;
  if (path.length === 0) return issue.message;
  const leaf = nodeAt(schema, path.map((p) => (typeof p === 'number' ? p : String(p))))?.description;
  const leafName = leaf?.replace(/（[^（）]*）$/, '');
  if (leafName && issue.message.includes(leafName)) {
    const parent = describePath(schema, path.slice(0, -1));
    return parent ? `${parent} › ${issue.message}` : issue.message;
  }
  return `${describePath(schema, path)}：${issue.message}`;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; issues: DataIssue[] };

export function validateData(rt: RecordTypeDefinition<unknown>, data: unknown): Validated<unknown> {
  const r = rt.schema.safeParse(data);
  if (r.success) return { ok: true, data: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: issueMessage(rt.schema, i) })),
  };
}

/** BAD_REQUEST whose issues (path prefixed, e.g. `data.pm25`) the client shows beside each field. */
export function invalidInput(issues: readonly { path: string; message: string }[], prefix = 'data'): TRPCError {
  const zodIssues = issues.map((i) => ({
    code: 'custom' as const,
    path: [prefix, ...i.path.split('.').filter(Boolean)].filter(Boolean),
    message: i.message,
    input: undefined,
  }));
  const message = zodIssues.map((i) => `${i.path.join('.') || '(input)'}：${i.message}`).join('；');
  return new TRPCError({ code: 'BAD_REQUEST', message, cause: new z.ZodError(zodIssues) });
}

export function parseDataOrThrow(rt: RecordTypeDefinition<unknown>, data: unknown): unknown {
  const v = validateData(rt, data);
  if (!v.ok) throw invalidInput(v.issues);
  return v.data;
}

const columnsSchema = z.object({
  title: z.string().trim().min(1, '记录名称不能为空').max(300, '记录名称不超过 300 个字符'),
  year: z.number().int().min(1949).max(2200).nullish(),
  period: z.string().max(20).nullish(),
  category: z.string().max(100).nullish(),
  subjectKey: z.string().max(200).nullish(),
  naturalKey: z.string().max(300).nullish(),
  eventDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
  searchKeys: z.array(z.string().max(200)).max(50).optional(),
});

/** The record type's common columns; a record type bug is reported as a bad title, not a 500. */
export function columnsOf(rt: RecordTypeDefinition<unknown>, data: unknown): Required<{ [K in keyof RecordColumns]: Exclude<RecordColumns[K], undefined> }> {
  const c = columnsSchema.safeParse(rt.columns(data));
  if (!c.success) throw invalidInput(c.error.issues.map((i) => ({ path: i.path.join('.'), message: `记录的${i.path.join('.')}：${i.message}` })), '');
  const v = c.data;
  return {
    title: v.title,
    year: v.year ?? null,
    period: v.period ?? null,
    category: v.category ?? null,
    subjectKey: v.subjectKey ?? null,
    naturalKey: v.naturalKey ?? null,
    eventDate: v.eventDate ?? null,
    searchKeys: v.searchKeys ?? [],
  };
}

/** Lower-cased text of the search fields, for substring search. */
export function searchTextOf(rt: RecordTypeDefinition<unknown>, data: unknown): string {
  const parts: string[] = [];
  for (const path of rt.searchFields) {
    let v: unknown = data;
    for (const seg of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
    if (Array.isArray(v)) parts.push(...v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String));
    else if (typeof v === 'string' || typeof v === 'number') parts.push(String(v));
  }
  return parts.join('\n').toLowerCase().slice(0, 10_000);
}
