// The console menu of this plugin is permission-aware: each entry names the permission of its page's
// main query, and for every built-in role the entries the console shows (the kernel's
// navEntryVisible over the role's real grants) are exactly those whose page the server lets the
// role use (probed against the real router and database).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navEntryVisible } from '@gongkai/kernel/web';
import { permissions, roles } from '../server/permissions';
import { setup, type Fixture } from '../server/testing/fixtures';
import webPlugin from './index';

let f: Fixture;
beforeAll(async () => { f = await setup('2026-11-02T02:00:00Z'); }, 120_000);
afterAll(async () => { await f?.platform.close(); });

type Api = Fixture['users']['head']['caller']['mechanisms'];
const d = { divisionCode: '2301' };
/** The main query of each console page (the intake page's is its mutation: refused before input checks). */
const probes: Record<string, (api: Api) => Promise<unknown>> = {
  '/console/mechanisms/requests': (api) => api.requests.queue(d),
  '/console/mechanisms/requests/new': (api) => api.requests.intake(d as never),
  '/console/mechanisms/subtasks': (api) => api.requests.subtaskQueue(d),
  '/console/mechanisms/notices': (api) => api.requests.notices(d),
  '/console/mechanisms/templates': (api) => api.requests.templates(d),
  '/console/mechanisms/reports': (api) => api.reports.compute({ ...d, year: 2025 }),
  '/console/mechanisms/releases': (api) => api.releases.queue(d),
  '/console/mechanisms/press': (api) => api.releases.conferences(d),
  '/console/mechanisms/opinion': (api) => api.opinion.dashboard(d),
  '/console/mechanisms/opinion/tasks': (api) => api.opinion.tasks(d),
  '/console/mechanisms/opinion/sources': (api) => api.opinion.sources(d),
  '/console/mechanisms/interpretations': (api) => api.interpretation.list(d),
  '/console/mechanisms/experts': (api) => api.interpretation.experts(d),
  '/console/mechanisms/sharing': (api) => api.sharing.catalogue({}), // the catalogue spans all divisions
};
const consoleNav = webPlugin.nav.filter((n) => n.area === 'console');

async function usable(api: Api, to: string): Promise<boolean> {
  try { await probes[to]!(api); return true; } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return false;
    if (code === 'BAD_REQUEST' && to === '/console/mechanisms/requests/new') return true; // past the permission check
    throw err;
  }
}

describe('console navigation', () => {
  it('names a declared permission of this plugin on every console entry, and a probe for its page', () => {
    for (const n of consoleNav) {
      const list = typeof n.permission === 'string' ? [n.permission] : n.permission ?? [];
      expect(list.length, n.label).toBeGreaterThan(0);
      for (const p of list) expect(Object.keys(permissions).map((k) => `mechanisms.${k}`), n.label).toContain(p);
      expect(probes[n.to], n.to).toBeDefined();
    }
    expect(webPlugin.nav.filter((n) => n.area === 'portal').every((n) => n.permission === undefined)).toBe(true);
  });

  it.each(Object.keys(roles))('shows role %s exactly the pages it can use', async (role) => {
    const user = await f.platform.createUser({ roles: [`mechanisms.${role}`], divisionCode: '2301' });
    const shown = consoleNav.filter((n) => navEntryVisible(n.permission, user.principal.grants, '2301')).map((n) => n.to);
    const allowed: string[] = [];
    for (const n of consoleNav) if (await usable(user.caller.mechanisms, n.to)) allowed.push(n.to);
    expect(shown).toEqual(allowed);
  });

  it('gives the request officer and the press office the menus of their work', async () => {
    const labels = async (role: string) => {
      const user = await f.platform.createUser({ roles: [`mechanisms.${role}`], divisionCode: '2301' });
      return consoleNav.filter((n) => navEntryVisible(n.permission, user.principal.grants, '2301')).map((n) => n.label);
    };
    expect(await labels('officer')).toEqual(['申请办理', '登记申请', '协办和征求意见', '提醒和逾期预警', '告知书模板', '年度报告']);
    expect(await labels('press')).toEqual(['提醒和逾期预警', '主动发布计划', '新闻发布', '政策解读', '专家库']);
    expect(await labels('ingest-system')).toEqual([]);
    // Nothing of Harbin's menu in another city's console.
    const officer = await f.platform.createUser({ roles: ['mechanisms.officer'], divisionCode: '2301' });
    expect(consoleNav.filter((n) => navEntryVisible(n.permission, officer.principal.grants, '2302'))).toEqual([]);
  });
});
