import { describe, expect, it } from 'vitest';
import type { ComposedNav } from '../plugin-host/compose';
import { pluginConsoleNav } from './plugin-nav';

const entries: ComposedNav[] = [
  { pluginId: 'mechanisms', area: 'portal', to: '/requests', label: '依申请公开' },
  { pluginId: 'mechanisms', area: 'console', to: '/console/mechanisms/requests', label: '申请办理', group: '依申请公开', permission: 'mechanisms.requests.read' },
  { pluginId: 'mechanisms', area: 'console', to: '/console/mechanisms/releases', label: '主动发布计划', group: '主动公开', permission: 'mechanisms.releases.manage' },
  { pluginId: 'mechanisms', area: 'console', to: '/console/mechanisms/reports', label: '年度报告', permission: ['mechanisms.reports.read', 'mechanisms.reports.manage'] },
  { pluginId: 'other', area: 'console', to: '/console/other', label: '未声明权限的页面' },
];

describe('pluginConsoleNav', () => {
  it('keeps the console entries whose permission the staff member holds where the console works', () => {
    const officer = [{ permissions: ['mechanisms.requests.read', 'mechanisms.reports.read'], divisionCode: '2301', organizationDivisionCode: null }];
    expect(pluginConsoleNav(entries, officer, '2301')).toEqual([
      { to: '/console/mechanisms/requests', label: '申请办理', group: '依申请公开' },
      { to: '/console/mechanisms/reports', label: '年度报告', group: '业务功能' },
      { to: '/console/other', label: '未声明权限的页面', group: '业务功能' },
    ]);
    const press = [{ permissions: ['mechanisms.releases.manage'], divisionCode: '2301', organizationDivisionCode: null }];
    expect(pluginConsoleNav(entries, press, '230108').map((n) => n.label)).toEqual(['主动发布计划', '未声明权限的页面']);
    // Another city's grant does not show the pages here.
    expect(pluginConsoleNav(entries, press, '2302').map((n) => n.label)).toEqual(['未声明权限的页面']);
    expect(pluginConsoleNav(entries, [], '2301').map((n) => n.label)).toEqual(['未声明权限的页面']);
  });
});
