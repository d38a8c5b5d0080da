import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestPlatform } from '@gongkai/testing';
import { addonPlugin } from '../../test-fixtures/addon/server';
import { fixtureLog, notesPlugin } from '../../test-fixtures/notes/server';

const boot = () => createTestPlatform({ plugins: [notesPlugin, addonPlugin] as const });
let p: Awaited<ReturnType<typeof boot>>;
type Admin = Awaited<ReturnType<typeof p.createUser>>;
let prov: Admin;
let hrb: Admin;
let qqhr: Admin;
const drain = () => (p.kernel.jobs as unknown as { drain(): Promise<void> }).drain();

beforeAll(async () => {
  p = await boot();
  prov = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
  hrb = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2301' });
  qqhr = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2302' });
});
afterAll(async () => { await p?.close(); });
beforeEach(async () => {
  await drain();
  await p.db.pluginEnablement.deleteMany({});
  fixtureLog.length = 0;
});

describe('plugins: installed list', () => {
  it('describes each plugin with its settings form as JSON Schema', async () => {
    const list = await hrb.caller.plugins.list();
    const notes = list.find((x) => x.id === 'fixture-notes')!;
    expect(notes).toMatchObject({ title: '测试笔记', requires: [], contributes: ['catalogue.itemTypes'], hasLifecycle: { onEnable: true, onDisable: true } });
    expect(notes.permissions).toContainEqual({ id: 'fixture-notes.notes.read', label: '查看测试笔记' });
    expect(notes.settingsSchema).toMatchObject({ type: 'object', properties: { greeting: { type: 'string', maxLength: 50, default: '你好' }, maxLength: { type: 'integer' } } });
    expect(list.find((x) => x.id === 'fixture-addon')!.requires).toEqual(['fixture-notes']);
    const editor = await p.createUser({ roles: ['kernel.editor'], divisionCode: '2301' });
    await expect(editor.caller.plugins.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('plugins: enablement', () => {
  it('a province row applies to every division without its own row; a city row overrides its subtree', async () => {
    await prov.caller.plugins.enable({ divisionCode: '23', pluginId: 'fixture-notes', settings: { greeting: '全省好' } });
    const at = async (code: string) => (await prov.caller.plugins.state({ divisionCode: code })).find((s) => s.pluginId === 'fixture-notes')!;
    expect(await at('230108')).toMatchObject({ enabled: true, decidedBy: '23', inherited: true, settings: { greeting: '全省好', maxLength: 200 }, own: null });
    await qqhr.caller.plugins.disable({ divisionCode: '2302', pluginId: 'fixture-notes' });
    expect(await at('230202')).toMatchObject({ enabled: false, decidedBy: '2302' });
    expect(await at('230108')).toMatchObject({ enabled: true, decidedBy: '23' });
    expect(await p.anonymous().plugins.enabledFor({ divisionCode: '230202' })).toEqual([]);
    expect(await p.anonymous().plugins.enabledFor({ divisionCode: '230108' })).toEqual(['fixture-notes']);
    await qqhr.caller.plugins.inherit({ divisionCode: '2302', pluginId: 'fixture-notes' });
    expect(await at('230202')).toMatchObject({ enabled: true, decidedBy: '23' });
  });

  it('validates settings on write and names the field', async () => {
    await expect(hrb.caller.plugins.enable({ divisionCode: '2301', pluginId: 'fixture-notes', settings: { greeting: '' } }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('settings.greeting') });
    await expect(hrb.caller.plugins.enable({ divisionCode: '2301', pluginId: 'fixture-notes', settings: { colour: 'red' } }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('settings') });
    await hrb.caller.plugins.enable({ divisionCode: '2301', pluginId: 'fixture-notes' });
    const saved = await hrb.caller.plugins.updateSettings({ divisionCode: '2301', pluginId: 'fixture-notes', settings: { maxLength: 20 } });
    expect(saved.settings).toEqual({ greeting: '你好', maxLength: 20 });
    await expect(hrb.caller.plugins.updateSettings({ divisionCode: '2301', pluginId: 'fixture-notes', settings: { maxLength: 'many' } }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('settings.maxLength') });
    const row = await p.db.pluginEnablement.findUniqueOrThrow({ where: { divisionCode_pluginId: { divisionCode: '2301', pluginId: 'fixture-notes' } } });
    expect(row.settings).toEqual({ greeting: '你好', maxLength: 20 });
  });

  it('shows a stored settings error instead of hiding it', async () => {
    await p.setPlugin('2303', 'fixture-notes', true, { greeting: 42 });
    const s = (await prov.caller.plugins.state({ divisionCode: '2303' })).find((x) => x.pluginId === 'fixture-notes')!;
    expect(s.settingsError).toContain('greeting');
  });

  it('checks requires on enable and dependents on disable', async () => {
    await expect(hrb.caller.plugins.enable({ divisionCode: '2301', pluginId: 'fixture-addon' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringContaining('测试笔记') });
    await prov.caller.plugins.enable({ divisionCode: '23', pluginId: 'fixture-notes' });
    await hrb.caller.plugins.enable({ divisionCode: '2301', pluginId: 'fixture-addon' });
    await expect(hrb.caller.plugins.disable({ divisionCode: '2301', pluginId: 'fixture-notes' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringContaining('测试附加模块') });
    // Another city is unaffected by Harbin's add-on.
    await qqhr.caller.plugins.disable({ divisionCode: '2302', pluginId: 'fixture-notes' });
  });

  it("refuses another city's division and unknown plugins", async () => {
    await expect(hrb.caller.plugins.enable({ divisionCode: '2302', pluginId: 'fixture-notes' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(hrb.caller.plugins.state({ divisionCode: '2302' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(hrb.caller.plugins.enable({ divisionCode: '2301', pluginId: 'no-such-plugin' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(hrb.caller.plugins.enable({ divisionCode: '23', pluginId: 'fixture-notes' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await p.db.pluginEnablement.count()).toBe(0);
    await expect(p.anonymous().plugins.enabledFor({ divisionCode: '2399' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('plugins: audit, events and lifecycle jobs', () => {
  it('audits every change, emits kernel.plugin.enabled|disabled and runs the hooks as jobs after commit', async () => {
    const seq0 = (await p.db.auditRecord.aggregate({ _max: { seq: true } }))._max.seq ?? 0n;
    const event0 = (await p.db.outboxEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    await hrb.caller.plugins.enable({ divisionCode: '2301', pluginId: 'fixture-notes' });
    await drain();
    await hrb.caller.plugins.updateSettings({ divisionCode: '2301', pluginId: 'fixture-notes', settings: { greeting: '哈尔滨好' } });
    await hrb.caller.plugins.disable({ divisionCode: '2301', pluginId: 'fixture-notes' });
    await drain();
    expect(fixtureLog.filter((e) => e.kind.startsWith('on'))).toEqual([
      { plugin: 'fixture-notes', kind: 'onEnable', divisionCode: '2301' },
      { plugin: 'fixture-notes', kind: 'onDisable', divisionCode: '2301' },
    ]);
    const audit = await p.db.auditRecord.findMany({ where: { pluginId: 'fixture-notes', divisionCode: '2301', seq: { gt: seq0 } }, orderBy: { seq: 'asc' } });
    expect(audit.map((a) => `${a.action}:${a.actorKind}`)).toEqual([
      'plugins.enable:staff', 'kernel.plugin.onEnable:system', 'plugins.updateSettings:staff', 'plugins.disable:staff', 'kernel.plugin.onDisable:system',
    ]);
    const events = await p.db.outboxEvent.findMany({ where: { divisionCode: '2301', id: { gt: event0 } }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(['kernel.plugin.enabled', 'fixture-notes.hook', 'kernel.plugin.disabled', 'fixture-notes.hook']);
    expect(events[0]!.payload).toEqual({ pluginId: 'fixture-notes', divisionCode: '2301' });
  });

  it('no event or hook when the effective state does not change; a failed change runs nothing', async () => {
    await prov.caller.plugins.enable({ divisionCode: '23', pluginId: 'fixture-notes' });
    await drain();
    fixtureLog.length = 0;
    const before = await p.db.outboxEvent.count();
    await hrb.caller.plugins.enable({ divisionCode: '2301', pluginId: 'fixture-notes' });
    await expect(hrb.caller.plugins.enable({ divisionCode: '2301', pluginId: 'fixture-addon', settings: { level: '极高' } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await drain();
    expect(await p.db.outboxEvent.count()).toBe(before);
    expect(fixtureLog).toEqual([]);
  });

  it('a hook scheduled for a state that changed again before it ran is skipped', async () => {
    const { runPluginLifecycle } = await import('../plugins/lifecycle');
    expect(await runPluginLifecycle(p.kernel, { pluginId: 'fixture-notes', divisionCode: '2305', hook: 'onEnable' })).toEqual({ ran: false, reason: 'state-changed' });
    expect(fixtureLog).toEqual([]);
  });
});
