import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { defineWebPlugin, type SlotProps } from '@gongkai/kernel/web';
import { allRoutes, composePlugins } from './compose';
import { CompositionContext } from './context';
import { Slot } from './Slot';
import { PluginRoute } from './PluginRoute';

function HomeSection({ divisionCode }: SlotProps['portal.home.sections']) {
  return <section aria-label="重点领域"><h2>重点领域信息公开</h2><p>地区：{divisionCode}</p></section>;
}

const sectorsHome = vi.fn(async () => ({ default: HomeSection }));
const requestsHome = vi.fn(async () => ({ default: () => <p>依申请公开统计</p> }));

const keySectors = defineWebPlugin({
  id: 'key-sectors',
  title: '重点领域',
  routes: [
    { path: 'sectors', area: 'portal', load: async () => ({ default: () => <h1>重点领域</h1> }) },
    { path: 'key-sectors/records', area: 'console', load: async () => ({ default: () => <h1>记录管理</h1> }) },
  ],
  nav: [{ to: '/sectors', label: '重点领域', area: 'portal' }, { to: '/console/key-sectors/records', label: '重点领域记录', area: 'console', group: '重点领域' }],
  slots: { 'portal.home.sections': [{ id: 'overview', load: sectorsHome }] },
});
const mechanisms = defineWebPlugin({
  id: 'mechanisms',
  title: '依申请公开',
  routes: [{ path: 'mechanisms/requests', area: 'console', load: async () => ({ default: () => <h1>申请办理</h1> }) }],
  nav: [{ to: '/console/mechanisms/requests', label: '依申请公开办理', area: 'console' }],
  slots: { 'portal.home.sections': [{ id: 'stats', load: requestsHome }] },
});
const modules = [keySectors, mechanisms];

describe('composePlugins', () => {
  it('keeps only the enabled plugins\' routes, nav entries and slot fillers', () => {
    const c = composePlugins(modules, ['mechanisms']);
    expect(c.routes.map((r) => r.fullPath)).toEqual(['/console/mechanisms/requests']);
    expect(c.nav.map((n) => n.label)).toEqual(['依申请公开办理']);
    expect(c.slots['portal.home.sections']?.map((f) => `${f.pluginId}:${f.fill.id}`)).toEqual(['mechanisms:stats']);
  });

  it('shows nothing while the enabled set is loading, and everything enabled once known', () => {
    expect(composePlugins(modules, null)).toMatchObject({ enabled: null, routes: [], nav: [], slots: {} });
    const all = composePlugins(modules, new Set(['key-sectors', 'mechanisms', 'not-installed']));
    expect(all.routes.map((r) => r.fullPath)).toEqual(['/sectors', '/console/key-sectors/records', '/console/mechanisms/requests']);
    expect(all.slots['portal.home.sections']).toHaveLength(2);
  });

  it('refuses duplicate modules and clashing routes', () => {
    expect(() => allRoutes([mechanisms, mechanisms])).toThrow(/listed twice/);
    const clash = defineWebPlugin({ id: 'other', title: '其他', routes: [{ path: '/mechanisms/requests', area: 'console', load: async () => ({ default: () => null }) }], nav: [] });
    expect(() => allRoutes([mechanisms, clash])).toThrow(/already declared by "mechanisms"/);
  });
});

describe('<Slot> and <PluginRoute>', () => {
  it('renders only enabled plugins\' fillers and never loads a disabled one', async () => {
    sectorsHome.mockClear(); requestsHome.mockClear();
    render(
      <CompositionContext.Provider value={composePlugins(modules, ['key-sectors'])}>
        <Slot name="portal.home.sections" props={{ divisionCode: '2301' }} />
      </CompositionContext.Provider>,
    );
    expect(await screen.findByRole('heading', { name: '重点领域信息公开' })).toBeInTheDocument();
    expect(screen.getByText('地区：2301')).toBeInTheDocument();
    expect(screen.queryByText('依申请公开统计')).not.toBeInTheDocument();
    expect(sectorsHome).toHaveBeenCalledTimes(1);
    expect(requestsHome).not.toHaveBeenCalled();
  });

  it('shows a plugin page only where it is enabled', async () => {
    const route = allRoutes(modules).find((r) => r.fullPath === '/console/mechanisms/requests')!;
    const page = (enabled: string[]) => (
      <MemoryRouter>
        <CompositionContext.Provider value={composePlugins(modules, enabled)}>
          <PluginRoute pluginId={route.pluginId} path={route.fullPath} load={route.load} />
        </CompositionContext.Provider>
      </MemoryRouter>
    );
    const { rerender } = render(page([]));
    expect(screen.getByRole('heading', { name: '该功能在当前地区未启用' })).toBeInTheDocument();
    rerender(page(['mechanisms']));
    expect(await screen.findByRole('heading', { name: '申请办理' })).toBeInTheDocument();
  });
});
