// Display of record values with the labels of their JSON Schema.
import type { ReactNode } from 'react';

export interface SchemaNode { type?: string | string[]; description?: string; title?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; anyOf?: SchemaNode[] }

export function unwrap(n: SchemaNode | undefined): SchemaNode | undefined {
  if (!n) return n;
  if (!n.properties && !n.items && n.anyOf) {
    const inner = n.anyOf.find((a) => a.type !== 'null');
    return inner ? { ...inner, description: n.description ?? inner.description } : n;
  }
  return n;
}

export function nodeAt(schema: SchemaNode, path: string): SchemaNode | undefined {
  let n: SchemaNode | undefined = unwrap(schema);
  for (const seg of path.split('.')) n = unwrap(n?.properties?.[seg]);
  return n;
}

export function labelOf(schema: SchemaNode, path: string, fallback?: string | null): string {
  return fallback ?? nodeAt(schema, path)?.description ?? path;
}

export function valueAt(data: unknown, path: string): unknown {
  let v = data;
  for (const seg of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

/** A scalar as text; objects and arrays as short summaries (full detail on the record page). */
export function display(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return `${v.length} 项`;
  if (typeof v === 'object') return v instanceof Date ? v.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '（见详情）';
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}$/.test(v)) return `${v.replace('T', ' ')}时`;
  return String(v);
}

export type Renderable = ReactNode;
