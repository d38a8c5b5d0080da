import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '@gongkai/testing';
import { channels, metrics } from '../contracts';
import { definePlugin } from '../plugins/define-plugin';

// A test-only plugin contributing one metric (items in the division's subtree) and one channel.
const counted = definePlugin({
  id: 'counted',
  title: '计数测试',
  contributes: [
    metrics.add({
      id: 'counted.divisions', label: '下级地区数', unit: 'count', pluginId: 'counted',
      compute: async ({ divisionCode }, { db }) => db.division.count({ where: { code: { startsWith: divisionCode }, NOT: { code: divisionCode } } }),
    }),
    channels.add({ id: 'counted.echo', label: '回声渠道', pluginId: 'counted', deliver: async () => ({ externalRef: 'echo' }) }),
  ],
});

let p: TestPlatform;
beforeAll(async () => { p = await createTestPlatform({ plugins: [counted] }); });
afterAll(async () => { await p?.close(); });

describe('metrics and channels', () => {
  it('lists contributed metrics and computes them only where the plugin is enabled', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.auditor'], divisionCode: '2301' });
    expect((await caller.metrics.list()).map((m) => m.id)).toEqual(['counted.divisions']);
    expect(await caller.metrics.compute({ divisionCode: '2301', from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
    await p.setPlugin('23', 'counted', true);
    const values = await caller.metrics.compute({ divisionCode: '2301', from: '2026-01-01', to: '2026-12-31' });
    expect(values).toHaveLength(1);
    expect(values[0]!.value).toBeGreaterThan(5);
    await expect(caller.metrics.compute({ divisionCode: '2302', from: '2026-01-01', to: '2026-12-31' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.metrics.compute({ divisionCode: '2301', from: '2026-12-31', to: '2026-01-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('offers a channel only where its plugin is enabled', async () => {
    await p.setPlugin('2302', 'counted', false);
    expect((await p.kernel.channels.enabledFor(p.db, '230102')).map((c) => c.id)).toEqual(['counted.echo']);
    expect(await p.kernel.channels.enabledFor(p.db, '230202')).toEqual([]);
  });
});
