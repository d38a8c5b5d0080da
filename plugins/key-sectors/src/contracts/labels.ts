// Chinese labels of schema fields, read from the JSON Schema that zod generates (the same JSON
// Schema the console uses to build entry forms), so labels are declared once with `.describe()`.
import { z } from 'zod';

export interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  required?: string[];
  enum?: unknown[];
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
  additionalProperties?: boolean | JsonSchemaNode;
}

const cache = new WeakMap<z.ZodType, JsonSchemaNode>();

/** The input JSON Schema of a record type's schema (cached per schema). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchemaNode {
  let js = cache.get(schema);
  if (!js) {
    js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
    cache.set(schema, js);
  }
  return js;
}

function unwrap(node: JsonSchemaNode): JsonSchemaNode {
  const alt = node.anyOf ?? node.oneOf;
  if (!node.properties && !node.items && alt) {
    const inner = alt.find((a) => a.type !== 'null');
    if (inner) return { ...inner, description: node.description ?? inner.description };
  }
  return node;
}

/** The node at a dot path ('rows.*.amount' or with numeric indices). */
export function nodeAt(schema: z.ZodType, path: readonly (string | number)[]): JsonSchemaNode | undefined {
  let node: JsonSchemaNode | undefined = unwrap(jsonSchemaOf(schema));
  for (const seg of path) {
    if (!node) return undefined;
    if (typeof seg === 'number' || seg === '*' || /^\d+$/.test(seg)) node = node.items ? unwrap(node.items) : undefined;
    else node = node.properties?.[seg] ? unwrap(node.properties[seg]) : undefined;
  }
  return node;
}

/**
 * A Chinese description of an issue path: ['rows', 3, 'amount'] → '科目明细第 4 项 › 金额'.
 * Falls back to the raw key where no label was declared.
 */
export function describePath(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const walked: (string | number)[] = [];
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (parts.length) parts[parts.length - 1] += `第 ${seg + 1} 项`;
      else parts.push(`第 ${seg + 1} 项`);
      walked.push(seg);
      continue;
    }
    const key = String(seg);
    walked.push(key);
    parts.push(nodeAt(schema, walked)?.description ?? key);
  }
  return parts.join(' › ');
}

/** Top-level fields with their labels, in declaration order (for list views and import headers). */
export function topLevelFields(schema: z.ZodType): { key: string; label: string; node: JsonSchemaNode; required: boolean }[] {
  const root = unwrap(jsonSchemaOf(schema));
  const required = new Set(root.required ?? []);
  return Object.entries(root.properties ?? {}).map(([key, node]) => ({ key, label: unwrap(node).description ?? key, node: unwrap(node), required: required.has(key) }));
}
