import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform } from '@gongkai/testing';
import { PLUGIN_ID } from '../contracts';
import { plugin } from './plugin';

// A booted kernel with this plugin installed, on a fresh real PostgreSQL database.
const setup = () => createTestPlatform({ plugins: [plugin] });
let p: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  p = await setup();
  // Switched on for the whole province with a greeting; 哈尔滨市 saved its own row with no
  // settings (so the defaults apply there); 齐齐哈尔市 switched it off for itself and its counties.
  await p.setPlugin('23', PLUGIN_ID, true, { greeting: '欢迎' });
  await p.setPlugin('2301', PLUGIN_ID, true, {});
  await p.setPlugin('2302', PLUGIN_ID, false);
});
afterAll(async () => { await p?.close(); });

describe('__ID__: enabled', () => {
  it('greets the public with the settings of the nearest division that has a row', async () => {
    const anonymous = p.anonymous();
    expect(await anonymous.__CAMEL__.hello({ divisionCode: '2305' }))
      .toEqual({ divisionCode: '2305', greeting: '欢迎', message: '欢迎！' });
    expect(await anonymous.__CAMEL__.hello({ divisionCode: '230108' }))
      .toEqual({ divisionCode: '230108', greeting: '您好', message: '您好！' });
  });

  it('lets a manager send a greeting, recorded with its audit record and event', async () => {
    const { caller } = await p.createUser({ roles: ['__ID__.manager'], divisionCode: '2301' });
    const sent = await caller.__CAMEL__.sendGreeting({ divisionCode: '230108', text: '  冬季供暖已开始  ' });
    expect(sent.text).toBe('冬季供暖已开始');
    const audit = await p.db.auditRecord.findMany({ where: { action: '__CAMEL__.sendGreeting' } });
    expect(audit.map((a) => [a.outcome, a.pluginId, a.targetId, a.divisionCode])).toEqual([['ok', PLUGIN_ID, sent.eventId, '230108']]);
    const event = await p.db.outboxEvent.findUniqueOrThrow({ where: { id: BigInt(sent.eventId) } });
    expect(event).toMatchObject({ type: `${PLUGIN_ID}.greeting-sent`, divisionCode: '230108', pluginId: PLUGIN_ID });
    expect(event.payload).toMatchObject({ text: '冬季供暖已开始' });
  });

  it('shows staff the effective settings of their division', async () => {
    const { caller } = await p.createUser({ roles: ['__ID__.viewer'], divisionCode: '23' });
    expect(await caller.__CAMEL__.overview({ divisionCode: '2306' })).toEqual({ divisionCode: '2306', settings: { greeting: '欢迎', signature: '' } });
  });
});

describe('__ID__: disabled', () => {
  it('answers NOT_FOUND in a division that switched the plugin off, and in its counties', async () => {
    await expect(p.anonymous().__CAMEL__.hello({ divisionCode: '2302' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(p.anonymous().__CAMEL__.hello({ divisionCode: '230202' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { caller } = await p.createUser({ roles: ['__ID__.manager'], divisionCode: '2302' });
    await expect(caller.__CAMEL__.sendGreeting({ divisionCode: '2302', text: '你好' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('__ID__: permissions', () => {
  it('is FORBIDDEN without the permission, UNAUTHORIZED when signed out, and writes nothing', async () => {
    const { caller: viewer } = await p.createUser({ roles: ['__ID__.viewer'], divisionCode: '2301' });
    await expect(viewer.__CAMEL__.sendGreeting({ divisionCode: '2301', text: '你好' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { caller: nobody } = await p.createUser({ roles: [], divisionCode: '2301' });
    await expect(nobody.__CAMEL__.overview({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(p.anonymous().__CAMEL__.sendGreeting({ divisionCode: '2301', text: '你好' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await p.db.outboxEvent.count({ where: { divisionCode: '2301', pluginId: PLUGIN_ID } })).toBe(0);
  });

  it('keeps a city inside its own subtree: another city is NOT_FOUND', async () => {
    const { caller } = await p.createUser({ roles: ['__ID__.manager'], divisionCode: '2301' });
    await expect(caller.__CAMEL__.sendGreeting({ divisionCode: '2303', text: '你好' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.__CAMEL__.overview({ divisionCode: '2303' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('__ID__: bad input', () => {
  it('answers BAD_REQUEST naming the field, and writes nothing', async () => {
    const { caller } = await p.createUser({ roles: ['__ID__.manager'], divisionCode: '2304' });
    await expect(caller.__CAMEL__.sendGreeting({ divisionCode: '2304', text: '长'.repeat(201) }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('text') });
    await expect(caller.__CAMEL__.sendGreeting({ divisionCode: '2304', text: '   ' }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('请填写问候内容') });
    // @ts-expect-error: an unknown field
    await expect(caller.__CAMEL__.sendGreeting({ divisionCode: '2304', text: '你好', sql: "'; DROP TABLE x; --" }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('sql') });
    // @ts-expect-error: a wrong type
    await expect(caller.__CAMEL__.sendGreeting({ divisionCode: '2304', text: 42 }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('text') });
    expect(await p.db.outboxEvent.count({ where: { divisionCode: '2304' } })).toBe(0);
  });
});
