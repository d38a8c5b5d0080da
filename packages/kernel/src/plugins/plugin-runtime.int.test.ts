// The plugin runtime proved with the test-only fixture plugins (packages/kernel/test-fixtures).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestPlatform } from '@gongkai/testing';
import { catalogueItemTypes } from '../contracts';
import { Kernel } from '../kernel';
import { testConfig } from '../config';
import { createAppRouter } from '../app-router';
import { addonPlugin } from '../../test-fixtures/addon/server';
import { badPointPlugin } from '../../test-fixtures/bad-point/server';
import { fixtureLog, notesPlugin } from '../../test-fixtures/notes/server';
import pino from 'pino';

let loads = 0;
const lazyNotes = { ...notesPlugin, router: () => { loads++; return notesPlugin.router!(); } };

// Installed in the "wrong" order on purpose: the kernel boots in dependency order.
const boot = () => createTestPlatform({ plugins: [addonPlugin, lazyNotes] as const });
let p: Awaited<ReturnType<typeof boot>>;
const drain = () => (p.kernel.jobs as unknown as { drain(): Promise<void> }).drain();

beforeAll(async () => {
  fixtureLog.length = 0;
  p = await boot();
});
afterAll(async () => { await p?.close(); });
beforeEach(async () => {
  await drain();
  await p.db.pluginEnablement.deleteMany({});
});

describe('boot', () => {
  it('inits plugins in dependency order whatever the installed order', () => {
    expect(p.kernel.registry.plugins.map((x) => x.id)).toEqual(['fixture-notes', 'fixture-addon']);
    expect(fixtureLog.filter((e) => e.kind === 'init').map((e) => e.plugin)).toEqual(['fixture-notes', 'fixture-addon']);
  });

  it('applies contributions to kernel extension points and registers permissions and roles', async () => {
    expect(p.kernel.registry.list(catalogueItemTypes).map((t) => t.type)).toContain('fixture-notes.note');
    expect(p.kernel.registry.hasPermission('fixture-notes.notes.write')).toBe(true);
    expect(await p.db.role.findUnique({ where: { key: 'fixture-notes.editor' } })).toMatchObject({ builtin: true, permissions: ['fixture-notes.notes.read', 'fixture-notes.notes.write'] });
  });

  it('fails with a clear message on a contribution to an unknown extension point', async () => {
    await expect(Kernel.boot({ db: p.db, config: testConfig(), plugins: [badPointPlugin], logger: pino({ level: 'silent' }) }))
      .rejects.toThrow(/Plugin "fixture-bad-point" contributes to unknown extension point "fixture-nowhere\.things"\. Known points: .*catalogue\.itemTypes/);
  });

  it('fails when a required plugin is not installed', async () => {
    await expect(Kernel.boot({ db: p.db, config: testConfig(), plugins: [addonPlugin], logger: pino({ level: 'silent' }) }))
      .rejects.toThrow('Plugin "fixture-addon" requires "fixture-notes", which is not installed');
  });

  it('rejects a plugin id colliding with a kernel router', () => {
    expect(() => createAppRouter([{ ...notesPlugin, id: 'audit' }])).toThrow(/collides with the kernel router "audit"/);
  });
});

describe('lazy router', () => {
  it('is mounted under the camelCase id and loaded on first call only', async () => {
    expect(loads).toBe(0);
    expect(Object.keys(p.appRouter._def.procedures).some((k) => k.startsWith('fixtureNotes.'))).toBe(false);
    await p.setPlugin('23', 'fixture-notes', true);
    expect(await p.anonymous().fixtureNotes.greeting({ divisionCode: '2301' })).toEqual({ greeting: '你好' });
    expect(await p.anonymous().fixtureNotes.greeting({ divisionCode: '2302' })).toEqual({ greeting: '你好' });
    expect(loads).toBe(1);
  });
});

describe('pluginProcedure.can()', () => {
  it('disabled division: NOT_FOUND, for staff and for the public side', async () => {
    const { caller } = await p.createUser({ roles: ['fixture-notes.editor'], divisionCode: '2301' });
    await expect(caller.fixtureNotes.settings({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(p.anonymous().fixtureNotes.greeting({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('missing permission: FORBIDDEN; signed out: UNAUTHORIZED', async () => {
    await p.setPlugin('2301', 'fixture-notes', true);
    const { caller } = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
    await expect(caller.fixtureNotes.settings({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(p.anonymous().fixtureNotes.settings({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it("another city's division: NOT_FOUND, even where the plugin is enabled", async () => {
    await p.setPlugin('23', 'fixture-notes', true);
    const { caller } = await p.createUser({ roles: ['fixture-notes.editor'], divisionCode: '2301' });
    expect(await caller.fixtureNotes.settings({ divisionCode: '230108' })).toEqual({ greeting: '你好', maxLength: 200 });
    await expect(caller.fixtureNotes.settings({ divisionCode: '2302' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.fixtureNotes.post({ divisionCode: '2302', text: '越权' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('inherits enablement and settings from the nearest ancestor', async () => {
    await p.setPlugin('23', 'fixture-notes', true, { greeting: '全省好' });
    await p.setPlugin('2302', 'fixture-notes', false);
    await p.setPlugin('2303', 'fixture-notes', true, { greeting: '鸡西好' });
    const anon = p.anonymous();
    expect(await anon.fixtureNotes.greeting({ divisionCode: '230108' })).toEqual({ greeting: '全省好' });
    expect(await anon.fixtureNotes.greeting({ divisionCode: '230302' })).toEqual({ greeting: '鸡西好' });
    await expect(anon.fixtureNotes.greeting({ divisionCode: '230202' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('decides many divisions in one call exactly as one at a time (effectiveMany)', async () => {
    await p.setPlugin('23', 'fixture-notes', true, { greeting: '全省好' });
    await p.setPlugin('2302', 'fixture-notes', false);
    await p.setPlugin('2303', 'fixture-notes', true, { greeting: '鸡西好' });
    const codes = ['230108', '230302', '230202', '2302', '23', '230302'];
    const many = await p.kernel.enablement.effectiveMany(p.db, codes, 'fixture-notes');
    expect([...many.keys()]).toEqual(['230108', '230302', '230202', '2302', '23']);
    for (const d of codes) expect(many.get(d)).toEqual(await p.kernel.enablement.effective(p.db, d, 'fixture-notes'));
    expect(many.get('230302')).toMatchObject({ enabled: true, decidedBy: '2303', settings: { greeting: '鸡西好' } });
    expect(many.get('230202')).toMatchObject({ enabled: false, decidedBy: '2302' });
    const unknown = await p.kernel.enablement.effectiveMany(p.db, ['2301'], 'no-such-plugin');
    expect(unknown.get('2301')).toEqual({ enabled: false, settings: {}, decidedBy: null });
  });
});

describe('settings', () => {
  it('are validated on write (plugins.updateSettings) and on read (a bad row written directly is rejected clearly)', async () => {
    const admin = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
    await admin.caller.plugins.enable({ divisionCode: '2301', pluginId: 'fixture-notes', settings: { greeting: '哈尔滨好' } });
    await expect(admin.caller.plugins.updateSettings({ divisionCode: '2301', pluginId: 'fixture-notes', settings: { greeting: 'x'.repeat(51) } }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('settings.greeting') });
    const c = new pg.Client({ connectionString: p.database.url });
    await c.connect();
    await c.query(`UPDATE kernel_plugin_enablement SET settings = '{"greeting": 42, "maxLength": -1}'::jsonb WHERE division_code = '2301' AND plugin_id = 'fixture-notes'`);
    await c.end();
    const err = await p.anonymous().fixtureNotes.greeting({ divisionCode: '2301' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect((err as Error).message).toMatch(/fixture-notes.*设置无效.*greeting.*maxLength/s);
  });
});

describe('plugin mutations and jobs', () => {
  it('audits with the plugin id, emits in the transaction and runs the job after commit', async () => {
    await p.setPlugin('2301', 'fixture-notes', true, { maxLength: 10 });
    fixtureLog.length = 0;
    const { caller, user } = await p.createUser({ roles: ['fixture-notes.editor'], divisionCode: '2301' });
    await expect(caller.fixtureNotes.post({ divisionCode: '2301', text: '这一条笔记写得实在太长了' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('text') });
    const r = await caller.fixtureNotes.post({ divisionCode: '2301', text: '今天晴' });
    await drain();
    expect(fixtureLog).toEqual([{ plugin: 'fixture-notes', kind: 'job:tally', divisionCode: '2301' }]);
    const audit = await p.db.auditRecord.findFirstOrThrow({ where: { action: 'fixtureNotes.post', actorId: user.id } });
    expect(audit).toMatchObject({ pluginId: 'fixture-notes', divisionCode: '2301', targetType: 'note', targetId: r.eventId, outcome: 'ok' });
    const events = await p.db.outboxEvent.findMany({ where: { type: { in: ['fixture-notes.posted', 'fixture-notes.tallied'] } } });
    expect(events.map((e) => e.type).sort()).toEqual(['fixture-notes.posted', 'fixture-notes.tallied']);
  });

  it('skips a job whose division disabled the plugin by the time it runs', async () => {
    fixtureLog.length = 0;
    await p.setPlugin('2304', 'fixture-notes', false);
    expect(await p.kernel.runJob('fixture-notes.tally', { divisionCode: '2304' }, 'j1')).toBeNull();
    expect(fixtureLog).toEqual([]);
  });

  it('gives a plugin access to its own models only', () => {
    const ctx = p.kernel.pluginContext('fixture-notes', p.db);
    expect(() => (ctx.db as unknown as { user: unknown }).user).toThrow(/may not use model "user"/);
  });
});
