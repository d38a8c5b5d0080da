// Client-side checks that mirror the schema's simplest rules, so a person sees problems before a
// round trip. The server's zod validation stays the authority: its issues are shown the same way.
import type { FieldErrors } from '../api/errors';
import type { FieldSpec } from './json-schema';

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

function checkValue(spec: FieldSpec, value: unknown, required: boolean, path: string, out: FieldErrors): void {
  if (isEmpty(value)) {
    if (required && !spec.nullable && spec.kind !== 'boolean' && spec.kind !== 'array' && spec.kind !== 'object') out[path] = '此项为必填项';
    return;
  }
  switch (spec.kind) {
    case 'string': {
      const s = String(value);
      if (spec.minLength !== null && [...s].length < spec.minLength) out[path] = `至少需要 ${spec.minLength} 个字符`;
      else if (spec.maxLength !== null && [...s].length > spec.maxLength) out[path] = `不能超过 ${spec.maxLength} 个字符`;
      else if (spec.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(s)) out[path] = '日期格式应为 YYYY-MM-DD';
      else if (spec.pattern && spec.format !== 'date' && !safeTest(spec.pattern, s)) out[path] = '格式不正确';
      return;
    }
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) out[path] = '请输入数字';
      else if (spec.integer && !Number.isInteger(n)) out[path] = '请输入整数';
      else if (spec.minimum !== null && n < spec.minimum) out[path] = `不能小于 ${spec.minimum}`;
      else if (spec.maximum !== null && n > spec.maximum) out[path] = `不能大于 ${spec.maximum}`;
      return;
    }
    case 'enum':
      if (!spec.options.some((o) => o.value === value)) out[path] = '请从列表中选择';
      return;
    case 'object': {
      const obj = (value ?? {}) as Record<string, unknown>;
      for (const f of spec.fields) checkValue(f.spec, obj[f.key], f.required, path ? `${path}.${f.key}` : f.key, out);
      return;
    }
    case 'array': {
      const arr = Array.isArray(value) ? value : [];
      if (spec.minItems !== null && arr.length < spec.minItems) out[path] = `至少需要 ${spec.minItems} 项`;
      else if (spec.maxItems !== null && arr.length > spec.maxItems) out[path] = `最多 ${spec.maxItems} 项`;
      arr.forEach((v, i) => checkValue(spec.item, v, true, `${path}.${i}`, out));
      return;
    }
    default:
      return;
  }
}

function safeTest(pattern: string, s: string): boolean {
  try { return new RegExp(pattern, 'u').test(s); } catch { return true; }
}

/** Field path → message for a whole form value. */
export function validateValue(spec: FieldSpec, value: unknown): FieldErrors {
  const out: FieldErrors = {};
  checkValue(spec, value, true, '', out);
  return out;
}
