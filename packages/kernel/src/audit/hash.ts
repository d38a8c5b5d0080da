import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  seq: bigint;
  at: Date;
  actorId: string | null;
  actorKind: string;
  divisionCode: string | null;
  pluginId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  inputDigest: string | null;
  outcome: string;
  detail: unknown;
  requestId: string | null;
  prevHash: string;
}

/** Canonical JSON: object keys sorted, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function recordHash(r: AuditFields): string {
  return createHash('sha256').update(canonicalJson({ ...r, at: r.at.toISOString() })).digest('hex');
}

/** SHA-256 of the canonical input, with secrets (password fields, tokens) removed first. */
export function digestInput(input: unknown): string | null {
  if (input === undefined) return null;
  return createHash('sha256').update(canonicalJson(redact(input))).digest('hex');
}

const SECRET_KEYS = /password|token|secret/i;
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : redact(v)]));
  }
  return value;
}
