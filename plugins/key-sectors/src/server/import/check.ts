// Validates a whole file before anything is written: every bad row is reported with its row
// number, its column and a Chinese message; duplicates inside the file and against stored
// records are errors too. Nothing is imported from a file with any error.
import { TRPCError } from '@gongkai/kernel';
import type { ImportCandidate, RecordTypeDefinition } from '../../contracts';
import { rowFields } from '../records/service';
import { validateData } from '../records/validate';
import { flatCandidates, headerFor, mapHeaders, type FlatMapping } from './columns';
import type { ParsedFile } from './parse';

export interface ImportError { row: number; field: string; message: string }

export interface PreparedRecord { rows: readonly number[]; fields: ReturnType<typeof rowFields> }

export interface CheckResult {
  ok: boolean;
  rowCount: number;
  recordCount: number;
  errorCount: number;
  /** Rows with at least one error. */
  badRows: number;
  /** The first MAX_LISTED errors, in row order. */
  errors: ImportError[];
  prepared: PreparedRecord[];
}

export const MAX_LISTED = 10_000;

function errorMessage(e: unknown): string {
  return e instanceof TRPCError || e instanceof Error ? e.message : String(e);
}

function pathAt(data: unknown, path: string): unknown {
  let v = data;
  for (const seg of path.split('.').filter(Boolean)) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

export function checkFile(rt: RecordTypeDefinition<unknown>, file: ParsedFile): CheckResult {
  const errors: ImportError[] = [];
  let mapping: FlatMapping | null = null;
  let candidates: ImportCandidate[];
  if (rt.import?.group) {
    candidates = rt.import.group(file.rows);
  } else {
    mapping = mapHeaders(rt.schema, file.headers);
    for (const h of mapping.unknown) errors.push({ row: 1, field: h, message: `未知的列“${h}”：列名须为字段标识或其中文名称` });
    candidates = flatCandidates(mapping, file.rows);
  }
  const prepared: PreparedRecord[] = [];
  const seen = new Map<string, number>();
  for (const c of candidates) {
    const v = validateData(rt, c.data);
    if (!v.ok) {
      for (const issue of v.issues) {
        const segs = issue.path.split('.').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        const row = c.rowOf ? c.rowOf(segs) : c.rows[0]!;
        const missing = issue.path && pathAt(c.data, issue.path) === undefined;
        errors.push({ row, field: headerFor(mapping, issue.path) || '(整行)', message: missing && /须为/.test(issue.message) ? `${issue.message}（未填写）` : issue.message });
      }
      continue;
    }
    let fields: ReturnType<typeof rowFields>;
    try {
      fields = rowFields(rt, v.data);
    } catch (e) {
      errors.push({ row: c.rows[0]!, field: '(整行)', message: errorMessage(e) });
      continue;
    }
    if (fields.naturalKey) {
      const first = seen.get(fields.naturalKey);
      if (first !== undefined) {
        errors.push({ row: c.rows[0]!, field: '(整行)', message: `与第 ${first} 行重复（${fields.title}）` });
        continue;
      }
      seen.set(fields.naturalKey, c.rows[0]!);
    }
    prepared.push({ rows: c.rows, fields });
  }
  errors.sort((a, b) => a.row - b.row);
  return {
    ok: errors.length === 0,
    rowCount: file.rows.length,
    recordCount: prepared.length,
    errorCount: errors.length,
    badRows: new Set(errors.map((e) => e.row)).size,
    errors: errors.slice(0, MAX_LISTED),
    prepared,
  };
}

/** Adds errors for records whose natural key is already stored in the division. */
export function addStoredDuplicates(result: CheckResult, stored: ReadonlyMap<string, string>): CheckResult {
  const more: ImportError[] = [];
  for (const p of result.prepared) {
    const key = p.fields.naturalKey;
    if (key && stored.has(key)) more.push({ row: p.rows[0]!, field: '(整行)', message: `本地区已有相同的记录：“${stored.get(key)}”` });
  }
  if (more.length === 0) return result;
  const errors = [...result.errors, ...more].sort((a, b) => a.row - b.row);
  return { ...result, ok: false, errorCount: result.errorCount + more.length, badRows: new Set(errors.map((e) => e.row)).size, errors: errors.slice(0, MAX_LISTED) };
}
