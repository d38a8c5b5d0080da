import { describe, expect, it } from 'vitest';
import { PLUGIN_ID, PLUGIN_TITLE } from '../contracts';
import { web } from './index';

describe('__ID__ web module', () => {
  it('adds one console page and its navigation entry, loaded lazily', async () => {
    expect(web).toMatchObject({ id: PLUGIN_ID, title: PLUGIN_TITLE });
    expect(web.routes.map((r) => [r.area, r.path])).toEqual([['console', '__ID__']]);
    expect(web.nav).toEqual([{ to: '/console/__ID__', label: PLUGIN_TITLE, area: 'console' }]);
    const page = await web.routes[0]!.load();
    expect(page.default).toBeTypeOf('function');
  });
});
