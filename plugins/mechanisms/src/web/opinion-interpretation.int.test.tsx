// Pages against the real server: the opinion dashboard lists warnings and response tasks by
// deadline; a policy's public page shows its interpretations through the 'portal.item.panels' slot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Principal } from '@gongkai/kernel';
import { setup, type Fixture } from '../server/testing/fixtures';
import { renderWithApp, serveApi } from './testing/live-server';
import OpinionDashboardPage from './pages/opinion/OpinionDashboardPage';
import ItemInterpretationsPanel from './pages/interpretation/ItemInterpretationsPanel';

let f: Fixture;
let principal: Principal | null = null;
let policyId = '';

beforeAll(async () => {
  f = await setup('2026-11-02T02:00:00Z');
  const platform = f.platform;
  serveApi(platform, () => principal);
  const draft = await platform.kernel.catalogue.createDraft(platform.db, { divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, itemType: 'kernel.document', title: '哈尔滨市城市供热管理办法', generatedOn: '2026-11-01', topicCode: '0201' });
  await platform.kernel.catalogue.publish(platform.db, draft.id);
  policyId = draft.id;
}, 120_000);
afterAll(async () => { await f?.platform.close(); });

function renderAt(path: string, element: ReactNode, route = path.split('?')[0]!) {
  return renderWithApp(element, { path: route, url: path, division: true });
}

describe('opinion dashboard', () => {
  it('lists open warnings (unassigned first) and tasks by deadline', async () => {
    const analyst = await f.platform.createUser({ roles: ['mechanisms.analyst'], divisionCode: '2301' });
    const c = analyst.caller.mechanisms.opinion;
    const heating = await c.addItem({ divisionCode: '2301', title: '群力新区多个小区供暖不热，居民投诉', content: '室温只有14度。' });
    const bus = await c.addItem({ divisionCode: '2301', title: '公交线路调整未征求意见引发质疑', content: '市民质疑方案不透明。' });
    const road = await c.addItem({ divisionCode: '2301', title: '学府路路面塌陷无人管', content: '存在安全隐患。' });
    await c.updateTopic({ id: heating.topicId!, organizationIds: [f.orgs.harbinTransport.id] });
    await c.updateTopic({ id: bus.topicId!, organizationIds: [f.orgs.harbinFinance.id] });
    await c.raiseWarning({ topicId: bus.topicId!, level: 'yellow' }); // 48 h
    await c.raiseWarning({ topicId: heating.topicId!, level: 'red' }); // 5 h and 24 h
    await c.raiseWarning({ topicId: road.topicId!, level: 'blue' }); // nobody assigned yet

    principal = analyst.principal;
    renderAt('/console/mechanisms/opinion?d=2301', <OpinionDashboardPage />);
    const warnings = await screen.findByRole('table', { name: /未关闭的预警/ }, { timeout: 20_000 });
    const titles = within(warnings).getAllByRole('rowheader').map((c) => c.textContent);
    expect(titles).toEqual(['学府路路面塌陷无人管', '群力新区多个小区供暖不热，居民投诉', '公交线路调整未征求意见引发质疑']);
    expect(within(warnings).getByText('未指定责任单位')).toBeInTheDocument();
    expect(within(warnings).getByText('一级（红色）')).toBeInTheDocument();

    const tasks = screen.getByRole('table', { name: /待办回应任务/ });
    const rows = within(tasks).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows.map((r) => r[2])).toEqual(['发布权威信息', '举行新闻发布会', '回应关切']);
    // The server's clock: raised at 10:00 on 2 November, nothing has passed yet.
    expect(rows.map((r) => r[0])).toEqual(['剩余 5 小时', '剩余 24 小时', '剩余 48 小时']);
    expect(rows.map((r) => r[1])).toEqual(['哈尔滨市交通运输局', '哈尔滨市交通运输局', '哈尔滨市财政局']);
  });
});

describe('interpretations on a policy page', () => {
  it('shows the published interpretations of the item with links to them', async () => {
    const press = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '2301' });
    const i = await press.caller.mechanisms.interpretation.save({
      divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, policyItemId: policyId, form: 'qa', title: '供热管理办法十问十答',
      qa: [{ question: '供热期从何时开始？', answer: '每年10月20日至次年4月20日。' }],
    });
    await press.caller.mechanisms.interpretation.publish({ id: i.id });

    principal = null;
    renderAt(`/items/${policyId}?d=2301`, <ItemInterpretationsPanel itemId={policyId} itemType="kernel.document" divisionCode="2301" />, '/items/:id');
    const panel = await screen.findByRole('region', { name: '政策解读' }, { timeout: 20_000 });
    const link = within(panel).getByRole('link', { name: '供热管理办法十问十答' });
    expect(link).toHaveAttribute('href', `/interpretations/${i.id}?d=2301`);
    expect(panel).toHaveTextContent('问答解读');
  });
});
