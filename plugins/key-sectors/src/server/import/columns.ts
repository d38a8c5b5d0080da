// Maps file columns to schema fields: a header may be the field id ('pm25', 'budget.abroad'),
// its Chinese label ('PM2.5 浓度（µg/m³）', with or without the unit), or parent and child labels
// joined with a dot ('预算数.因公出国（境）费'). Cells are converted by the field's JSON type.
import type { z } from 'zod';
import { jsonSchemaOf, type ImportCandidate, type ImportRow, type JsonSchemaNode } from '../../contracts';

export interface Leaf { path: string[]; node: JsonSchemaNode; label: string }

function unwrap(node: JsonSchemaNode): JsonSchemaNode {
  const alt = node.anyOf ?? node.oneOf;
  if (!node.properties && !node.items && alt) {
    const inner = alt.find((a) => a.type !== 'null');
    if (inner) return { ...inner, description: node.description ?? inner.description };
  }
  return node;
}

const stripUnit = (s: string) => s.replace(/（[^（）]*）$/, '').replace(/\([^()]*\)$/, '').trim();

/** Every leaf field (objects are walked, arrays are leaves taking JSON or a ；-separated list). */
export function leaves(schema: z.ZodType): Leaf[] {
  const out: Leaf[] = [];
  const walk = (node: JsonSchemaNode, path: string[], labels: string[]) => {
    const n = unwrap(node);
    if (n.properties && n.type !== 'array') {
      for (const [k, child] of Object.entries(n.properties)) {
        const c = unwrap(child);
        walk(child, [...path, k], [...labels, c.description ?? k]);
      }
      return;
    }
    out.push({ path, node: n, label: labels.join('.') });
  };
  walk(jsonSchemaOf(schema), [], []);
  return out;
}

export function headerIndex(schema: z.ZodType): Map<string, Leaf> {
  const map = new Map<string, Leaf>();
  for (const leaf of leaves(schema)) {
    const keys = [leaf.path.join('.'), leaf.label, leaf.label.split('.').map(stripUnit).join('.')];
    if (leaf.path.length === 1) keys.push(stripUnit(leaf.label));
    for (const k of keys) if (!map.has(k)) map.set(k, leaf);
  }
  return map;
}

function typeOf(node: JsonSchemaNode): string {
  if (Array.isArray(node.type)) return node.type.find((t) => t !== 'null') ?? 'string';
  if (node.type) return node.type;
  if (node.enum) return 'string';
  return 'unknown';
}

/** A cell converted for its field; unconvertible text passes through for the schema to report. */
export function convertCell(raw: string, node: JsonSchemaNode): unknown {
  const s = raw.trim();
  if (s === '') return undefined;
  switch (typeOf(node)) {
    case 'number':
    case 'integer': {
      const n = Number(s.replace(/,/g, ''));
      return Number.isFinite(n) ? n : s;
    }
    case 'boolean':
      if (['是', 'true', 'TRUE', 'True', '1', 'Y', 'y'].includes(s)) return true;
      if (['否', 'false', 'FALSE', 'False', '0', 'N', 'n'].includes(s)) return false;
      return s;
    case 'array':
      if (s.startsWith('[')) { try { return JSON.parse(s) as unknown; } catch { return s; } }
      return s.split(/[；;]/).map((x) => x.trim()).filter(Boolean);
    case 'object':
      if (s.startsWith('{')) { try { return JSON.parse(s) as unknown; } catch { return s; } }
      return s;
    default:
      return s;
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let cur = target;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    if (!cur[k] || typeof cur[k] !== 'object') cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[path[path.length - 1]!] = value;
}

export interface FlatMapping { columns: { header: string; leaf: Leaf }[]; unknown: string[] }

export function mapHeaders(schema: z.ZodType, headers: readonly string[]): FlatMapping {
  const index = headerIndex(schema);
  const columns: FlatMapping['columns'] = [];
  const unknown: string[] = [];
  for (const h of headers) {
    const leaf = index.get(h) ?? index.get(stripUnit(h));
    if (leaf) columns.push({ header: h, leaf }); else unknown.push(h);
  }
  return { columns, unknown };
}

/** One record per row: only non-empty cells are set, so absent optional objects stay absent. */
export function flatCandidates(mapping: FlatMapping, rows: readonly ImportRow[]): ImportCandidate[] {
  return rows.map((r) => {
    const data: Record<string, unknown> = {};
    for (const { header, leaf } of mapping.columns) {
      const v = convertCell(r.cells[header] ?? '', leaf.node);
      if (v !== undefined) setPath(data, leaf.path, v);
    }
    return { data, rows: [r.row] };
  });
}

/** The header a user wrote for a data path (for error reports), or the path. */
export function headerFor(mapping: FlatMapping | null, path: string): string {
  if (!mapping) return path;
  const hit = mapping.columns.find((c) => path === c.leaf.path.join('.') || path.startsWith(`${c.leaf.path.join('.')}.`));
  return hit?.header ?? path;
}
