// Reads the JSON Schema that `z.toJSONSchema()` produces and describes the form fields it implies.
// Supported: strings (with date formats and textarea hint), numbers and integers, booleans,
// enums (→ select), nested objects, arrays of primitives or of enums, nullable and optional fields,
// defaults, and local $refs.

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  readOnly?: boolean;
  /** Rendering hint set with zod `.meta({ 'x-widget': 'textarea' })`. */
  'x-widget'?: string;
  [key: string]: unknown;
}

export interface EnumOption { value: string | number; label: string }

interface Common {
  title: string | null;
  description: string | null;
  nullable: boolean;
  default: unknown;
  readOnly: boolean;
}

export type FieldSpec = Common & (
  | { kind: 'string'; format: string | null; multiline: boolean; minLength: number | null; maxLength: number | null; pattern: string | null }
  | { kind: 'number'; integer: boolean; minimum: number | null; maximum: number | null }
  | { kind: 'boolean' }
  | { kind: 'enum'; options: EnumOption[] }
  | { kind: 'object'; fields: ObjectField[] }
  | { kind: 'array'; item: FieldSpec; minItems: number | null; maxItems: number | null }
  | { kind: 'unsupported'; reason: string }
);
export interface ObjectField { key: string; required: boolean; spec: FieldSpec }

const SAFE = 9007199254740991;

function resolveRef(node: JsonSchema, root: JsonSchema): JsonSchema {
  let current = node;
  for (let i = 0; current.$ref && i < 20; i++) {
    const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(current.$ref);
    if (!m) break;
    const defs = (m[1] === '$defs' ? root.$defs : root.definitions) ?? {};
    const target = defs[decodeURIComponent(m[2] as string)];
    if (!target) break;
    const { $ref: _ignored, ...rest } = current;
    current = { ...target, ...rest };
  }
  return current;
}

function isNullSchema(s: JsonSchema): boolean {
  return s.type === 'null' || (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null);
}

function enumOptions(values: unknown[]): EnumOption[] {
  return values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map((v) => ({ value: v, label: String(v) }));
}

/** Describes one schema node as a field. */
export function describeSchema(input: JsonSchema, root: JsonSchema = input): FieldSpec {
  let node = resolveRef(input, root);
  let nullable = false;

  // Nullable and single-branch unions: anyOf [X, {type: null}].
  const union = node.anyOf ?? node.oneOf;
  if (union) {
    const branches = union.map((b) => resolveRef(b, root));
    const nonNull = branches.filter((b) => !isNullSchema(b));
    nullable = nonNull.length < branches.length;
    const outer = { title: node.title, description: node.description, default: node.default, readOnly: node.readOnly };
    if (nonNull.length > 0 && nonNull.every((b) => b.const !== undefined)) {
      // Labelled choices: oneOf [{ const: 'a', title: '甲' }, ...]
      return {
        ...common(outer as JsonSchema, nullable),
        kind: 'enum',
        options: nonNull.map((b) => ({ value: b.const as string | number, label: b.title ?? String(b.const) })),
      };
    }
    if (nonNull.length === 1) node = { ...(nonNull[0] as JsonSchema), ...stripUndefined(outer) };
    else return { ...common(node, nullable), kind: 'unsupported', reason: '不支持多种类型的字段' };
  }
  if (node.allOf && node.allOf.length === 1) node = { ...resolveRef(node.allOf[0] as JsonSchema, root), ...stripUndefined({ title: node.title, description: node.description, default: node.default }) };

  let type = node.type;
  if (Array.isArray(type)) {
    nullable = nullable || type.includes('null');
    const rest = type.filter((t) => t !== 'null');
    type = rest.length === 1 ? rest[0] : undefined;
  }
  if (node.enum) {
    nullable = nullable || node.enum.includes(null);
    return { ...common(node, nullable), kind: 'enum', options: enumOptions(node.enum) };
  }
  if (node.const !== undefined && (typeof node.const === 'string' || typeof node.const === 'number')) {
    return { ...common(node, nullable), kind: 'enum', options: [{ value: node.const, label: node.title ?? String(node.const) }] };
  }
  const base = common(node, nullable);
  switch (type) {
    case 'string':
      return {
        ...base, kind: 'string',
        format: node.format ?? null,
        multiline: node['x-widget'] === 'textarea' || (node.maxLength ?? 0) > 200,
        minLength: node.minLength ?? null,
        maxLength: node.maxLength ?? null,
        pattern: node.pattern ?? null,
      };
    case 'number':
    case 'integer': {
      const min = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum : null);
      const max = node.maximum ?? (node.exclusiveMaximum !== undefined ? node.exclusiveMaximum : null);
      return { ...base, kind: 'number', integer: type === 'integer', minimum: min !== null && Math.abs(min) >= SAFE ? null : min, maximum: max !== null && Math.abs(max) >= SAFE ? null : max };
    }
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'object': {
      const required = new Set(node.required ?? []);
      const fields = Object.entries(node.properties ?? {}).map(([key, child]) => ({ key, required: required.has(key), spec: describeSchema(child, root) }));
      return { ...base, kind: 'object', fields };
    }
    case 'array': {
      const item = node.items ? describeSchema(node.items, root) : null;
      if (!item || item.kind === 'object' || item.kind === 'array' || item.kind === 'unsupported') {
        return { ...base, kind: 'unsupported', reason: '只支持由简单值组成的列表' };
      }
      return { ...base, kind: 'array', item, minItems: node.minItems ?? null, maxItems: node.maxItems ?? null };
    }
    default:
      return { ...base, kind: 'unsupported', reason: `不支持的字段类型 ${String(type ?? '（未指定）')}` };
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function common(node: JsonSchema, nullable: boolean): Common {
  return { title: node.title ?? null, description: node.description ?? null, nullable, default: node.default, readOnly: node.readOnly === true };
}

/** Label and hint of a field: the title, else the description, else the property name. */
export function labelOf(spec: FieldSpec, key: string): { label: string; hint: string | null } {
  if (spec.title) return { label: spec.title, hint: spec.description };
  if (spec.description) return { label: spec.description, hint: null };
  return { label: key, hint: null };
}

/** The initial value of a field: the given value, else the schema default, else empty. */
export function initialValue(spec: FieldSpec, given: unknown): unknown {
  if (spec.kind === 'object') {
    const src = (given && typeof given === 'object' ? given : spec.default && typeof spec.default === 'object' ? spec.default : {}) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const f of spec.fields) {
      const v = initialValue(f.spec, src[f.key]);
      if (v !== undefined) out[f.key] = v;
    }
    return out;
  }
  if (given !== undefined) return given;
  if (spec.default !== undefined) return spec.default;
  if (spec.kind === 'array') return [];
  if (spec.kind === 'boolean') return false;
  return undefined;
}
