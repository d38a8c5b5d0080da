// Cross-city isolation, for every kernel procedure: the 哈尔滨市 administrator names 齐齐哈尔市's
// data and is refused (NOT_FOUND or FORBIDDEN) with nothing changed; lists show nothing of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createAppRouter } from '../app-router';
import { notesPlugin } from '../../test-fixtures/notes/server';
import { procedureCases } from './procedure-cases';
import { callPath, kernelProcedures } from './procedures';
import { bootSweepPlatform, buildWorld, drainJobs, snapshot, type SweepPlatform, type World } from './world';

const procedures = kernelProcedures(createAppRouter([notesPlugin]));
let p: SweepPlatform;
let w: World;
beforeAll(async () => { p = await bootSweepPlatform(); w = await buildWorld(p); }, 240_000);
afterAll(async () => { await p?.close(); });

describe('the procedure table', () => {
  it('has an entry for every kernel procedure (add yours to src/sweeps/procedure-cases.ts)', () => {
    const missing = procedures.filter((x) => !procedureCases[x.path]).map((x) => x.path);
    expect(missing, 'kernel procedures without an entry in src/sweeps/procedure-cases.ts').toEqual([]);
    const stale = Object.keys(procedureCases).filter((k) => !procedures.some((x) => x.path === k));
    expect(stale, 'entries for procedures that no longer exist').toEqual([]);
    const undecided = procedures.filter((x) => { const c = procedureCases[x.path]; return c && !c.tenantFree && !c.foreign && !c.scoped; }).map((x) => x.path);
    expect(undecided, 'entries that neither name foreign data nor say why there is none').toEqual([]);
  });
});

const withForeign = procedures.filter((x) => procedureCases[x.path]?.foreign).map((x) => x.path);
const withScope = procedures.filter((x) => procedureCases[x.path]?.scoped).map((x) => x.path);

describe("another city's data is refused and left unchanged", () => {
  it.each(withForeign)('%s', async (path) => {
    const c = procedureCases[path]!;
    const allowed = ['NOT_FOUND', 'FORBIDDEN', ...(c.alsoRefusedWith?.codes ?? [])];
    for (const input of c.foreign!(w)) {
      await drainJobs(p);
      const before = await snapshot(p.db);
      const err = await callPath(w.hrb.caller, path, input).then(() => null, (e: unknown) => e);
      const label = `${path}(${JSON.stringify(input)})`;
      expect(err, `${label} was not refused`).toBeInstanceOf(TRPCError);
      expect(allowed, `${label} → ${(err as TRPCError).code}: ${(err as TRPCError).message}`).toContain((err as TRPCError).code);
      await drainJobs(p);
      expect(await snapshot(p.db), `${label} changed rows`).toEqual(before);
    }
  });
});

describe("lists show nothing of another city's data", () => {
  it.each(withScope)('%s', async (path) => {
    const c = procedureCases[path]!;
    const input = c.scoped!.input(w);
    const before = await snapshot(p.db);
    const result = await callPath(w.hrb.caller, path, input);
    expect(c.scoped!.leaks(result, w), `${path} shows 齐齐哈尔市 data`).toBe(false);
    expect(await snapshot(p.db)).toEqual(before);
  });
});

describe('the world is what the sweep assumes', () => {
  it('each foreign id exists, and the other city sees its own data', async () => {
    const q = w.qqhr.caller;
    expect(await q.organizations.get({ id: w.foreign.orgId })).toMatchObject({ divisionCode: '2302' });
    expect(await q.users.get({ id: w.foreign.userId })).toMatchObject({ divisionCode: '2302' });
    expect(await q.catalogue.get({ id: w.foreign.draftId })).toMatchObject({ divisionCode: '2302', status: 'draft' });
    expect((await q.plugins.state({ divisionCode: '2302' })).find((s) => s.pluginId === 'fixture-notes')).toMatchObject({ enabled: true, decidedBy: '2302' });
    expect(await p.db.session.findUnique({ where: { id: w.foreign.sessionId } })).toMatchObject({ revokedAt: null });
    expect(await p.db.apiToken.findUnique({ where: { id: w.foreign.tokenId } })).toMatchObject({ revokedAt: null });
  });
});
