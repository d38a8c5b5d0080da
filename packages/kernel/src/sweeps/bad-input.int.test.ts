// Malformed and hostile input, for every kernel procedure: wrong types, a 100,000-character string,
// unknown fields, SQL and markup payloads. Each must be refused with a 4xx tRPC error carrying a
// message (never INTERNAL_SERVER_ERROR), and no kernel table (but the audit log and login
// attempts) may change. Called by the province administrator, so validation is what stops it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { getErrorShape } from '@trpc/server/unstable-core-do-not-import';
import { createAppRouter } from '../app-router';
import { notesPlugin } from '../../test-fixtures/notes/server';
import { procedureCases } from './procedure-cases';
import { accepts, callPath, kernelProcedures, objectShape, type ProcedureInfo } from './procedures';
import { bootSweepPlatform, buildWorld, drainJobs, snapshot, type SweepPlatform, type World } from './world';

const SQL = "'; DROP TABLE kernel_user; --";
const HTML = '<script>alert(1)</script>';
const HUGE = '长'.repeat(100_000);
const HOSTILE_TEXT = [SQL, HTML] as const;
const WRONG_TYPES: readonly unknown[] = [12345, -1.5, true, ['x'], { nested: { deep: 1 } }, null];
const WHOLE_INPUTS: readonly unknown[] = [42, HUGE, SQL, [], true, JSON.parse('{"__proto__":{"polluted":true}}')];
const CLIENT_ERRORS = new Set(['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED', 'PAYLOAD_TOO_LARGE', 'UNPROCESSABLE_CONTENT', 'TOO_MANY_REQUESTS', 'METHOD_NOT_SUPPORTED']);

const appRouter = createAppRouter([notesPlugin]);
const procedures = kernelProcedures(appRouter);
let p: SweepPlatform;
let w: World;
beforeAll(async () => { p = await bootSweepPlatform(); w = await buildWorld(p); }, 240_000);
afterAll(async () => { await p?.close(); });

interface Variant { label: string; input: unknown; field?: string; mayPass?: boolean }

/** Hostile variants of a procedure's input, derived from its zod schema and its valid example. */
async function variants(proc: ProcedureInfo): Promise<Variant[]> {
  const c = procedureCases[proc.path] ?? {};
  const out: Variant[] = WHOLE_INPUTS.map((input) => ({ label: `input = ${typeof input === 'string' ? `${input.slice(0, 12)}…` : JSON.stringify(input)}`, input }));
  const shape = proc.inputs.map(objectShape).find((s) => s !== null);
  if (!shape) return out;
  const base = (c.valid?.(w) ?? {}) as Record<string, unknown>;
  out.push({ label: 'unknown field', input: { ...base, unexpectedField: SQL } });
  for (const field of Object.keys(shape)) {
    const free = c.freeText?.fields.includes(field) ?? false;
    const large = c.largeText?.fields.includes(field) ?? false;
    const payloads: { label: string; value: unknown; hostileText?: boolean }[] = [
      { label: '100k characters', value: HUGE },
      ...WRONG_TYPES.map((value) => ({ label: JSON.stringify(value), value })),
      ...HOSTILE_TEXT.map((value) => ({ label: value, value, hostileText: true })),
    ];
    for (const pl of payloads) {
      const input = { ...base, [field]: pl.value };
      const valid = await accepts(proc.inputs, input);
      if (pl.hostileText && free) continue; // legitimate content there: only types and lengths are attacked
      if (pl.hostileText && valid) {
        throw new Error(`${proc.path}.${field} accepts ${JSON.stringify(pl.value)}: restrict the field (ids, codes, names) or list it under freeText in procedure-cases.ts with the reason`);
      }
      if (pl.value === HUGE && large) continue; // long values are legitimate there
      if (pl.value === HUGE && valid) throw new Error(`${proc.path}.${field} accepts a 100,000-character string: give it a max length`);
      if (valid) continue; // e.g. null where the field is nullable: not bad input
      out.push({ label: `${field} = ${pl.label.slice(0, 30)}`, input, field });
    }
  }
  return out;
}

function messageOf(err: TRPCError, path: string, proc: ProcedureInfo, input: unknown): string {
  const shape = getErrorShape({ config: appRouter._def._config, error: err, type: proc.type, path, input, ctx: undefined });
  return shape.message;
}

describe('the procedure table', () => {
  it('has an entry for every kernel procedure (add yours to src/sweeps/procedure-cases.ts)', () => {
    expect(procedures.filter((x) => !procedureCases[x.path]).map((x) => x.path)).toEqual([]);
  });

  it('every procedure declares its input, so unexpected input is refused rather than ignored', () => {
    const undeclared = procedures.filter((x) => x.inputs.length === 0).map((x) => x.path);
    expect(undeclared, 'add .input(z.void()) (or z.object({}).strict()) to these procedures').toEqual([]);
  });
});

describe('malformed and hostile input is refused with a 4xx and changes nothing', () => {
  it.each(procedures.map((x) => x.path))('%s', async (path) => {
    const proc = procedures.find((x) => x.path === path)!;
    await drainJobs(p);
    const before = await snapshot(p.db);
    for (const v of await variants(proc)) {
      const err = await callPath(w.prov.caller, path, v.input).then(() => null, (e: unknown) => e);
      const label = `${path} with ${v.label}`;
      expect(err, `${label} was accepted`).toBeInstanceOf(TRPCError);
      const e = err as TRPCError;
      expect(CLIENT_ERRORS.has(e.code), `${label} → ${e.code}: ${e.message}`).toBe(true);
      const message = messageOf(e, path, proc, v.input);
      expect(message.length, `${label}: empty message`).toBeGreaterThan(0);
      if (v.field && e.code === 'BAD_REQUEST') expect(message, `${label}: the message should name the field`).toContain(v.field);
    }
    await drainJobs(p);
    expect(await snapshot(p.db), `${path} changed rows`).toEqual(before);
  });
});
