// Console pages of proactive release and the annual report against the real server (tRPC's fetch
// adapter over the real router and database, no mocks).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Principal } from '@gongkai/kernel';
import { setup, type Fixture } from '../server/testing/fixtures';
import { renderWithApp, serveApi } from './testing/live-server';
import AnnualReportPage from './pages/reports/AnnualReportPage';
import ReleasePlansPage from './pages/releases/ReleasePlansPage';
import PressPage from './pages/releases/PressPage';

let f: Fixture;
let principal: Principal | null = null;

beforeAll(async () => {
  f = await setup('2026-11-02T02:00:00Z');
  const platform = f.platform;
  serveApi(platform, () => principal);
}, 120_000);
afterAll(async () => { await f?.platform.close(); });

function renderAt(path: string, url: string, page: ReactNode) {
  return renderWithApp(page, { path, url, division: true });
}

describe('annual report page', () => {
  it('saves the notes without touching the adjustments, and an adjustment without touching the notes', async () => {
    principal = f.users.head.principal;
    const scope = { divisionCode: '2301', organizationId: f.orgs.harbinFinance.id, year: 2025 };
    await f.users.head.caller.mechanisms.reports.save({ ...scope, adjustments: [{ row: 'new', column: 'natural', delta: 1, reason: '线下受理' }] });
    const user = userEvent.setup();
    renderAt('/console/mechanisms/reports', `/console/mechanisms/reports?d=2301&year=2025&org=${scope.organizationId}`, <AnnualReportPage />);

    const notesForm = await screen.findByRole('form', { name: '报告说明' }, { timeout: 20_000 });
    await user.type(within(notesForm).getByLabelText('说明'), '线下受理1件，已补录。');
    await user.click(within(notesForm).getByRole('button', { name: '保存说明' }));
    expect(await within(notesForm).findByText('已保存说明。')).toBeInTheDocument();
    let saved = await f.platform.db.mechanismsAnnualReport.findFirstOrThrow({ where: { divisionCode: '2301', organizationId: scope.organizationId, year: 2025 } });
    expect(saved.notes).toBe('线下受理1件，已补录。');
    expect(saved.adjustments).toEqual([{ row: 'new', column: 'natural', delta: 1, reason: '线下受理' }]);

    const adjForm = screen.getByRole('form', { name: '增加调整' });
    await user.type(within(adjForm).getByLabelText(/调整数/), '1');
    await user.type(within(adjForm).getByLabelText(/调整原因/), '线下办结');
    await user.selectOptions(within(adjForm).getByLabelText(/^行/), 'handled');
    await user.click(within(adjForm).getByRole('button', { name: '保存调整' }));
    await waitFor(async () => {
      saved = await f.platform.db.mechanismsAnnualReport.findFirstOrThrow({ where: { divisionCode: '2301', organizationId: scope.organizationId, year: 2025 } });
      expect(saved.adjustments).toHaveLength(2);
    });
    expect(saved.notes).toBe('线下受理1件，已补录。');
    // The saved notes come back with the report.
    expect(within(screen.getByRole('form', { name: '报告说明' })).getByLabelText('说明')).toHaveValue('线下受理1件，已补录。');
  });
});

describe('release plans page', () => {
  it('lists planned releases overdue first, then by deadline, with the due date and the reminder state', async () => {
    const press = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '2301' });
    principal = press.principal;
    const c = press.caller.mechanisms.releases;
    const base = { divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, category: 'decision' as const, body: '正文', topicCode: '0707' };
    // Planned in this order; the check job reminds or flags each at once.
    const far = await c.plan({ ...base, title: '冬季供热保障方案', createdOn: '2026-11-02' });
    const soon = await c.plan({ ...base, title: '冰雪旅游季活动安排', createdOn: '2026-10-09' });
    const late = await c.plan({ ...base, title: '秋季防火工作部署', createdOn: '2026-09-24' });
    expect([far.dueDate, soon.dueDate, late.dueDate]).toEqual(['2026-11-30', '2026-11-05', '2026-10-29']);

    renderAt('/console/mechanisms/releases', '/console/mechanisms/releases?d=2301', <ReleasePlansPage />);
    const table = await screen.findByRole('table', { name: /主动发布计划（待发布/ }, { timeout: 20_000 });
    await within(table).findByText('冬季供热保障方案');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['秋季防火工作部署', '冰雪旅游季活动安排', '冬季供热保障方案']);
    expect(rows[0]).toHaveTextContent('2026年10月29日');
    expect(rows[0]).toHaveTextContent('已逾期');
    expect(rows[0]).toHaveTextContent('已发出逾期预警');
    expect(rows[1]).toHaveTextContent('2026年11月5日');
    expect(rows[1]).toHaveTextContent('即将到期');
    expect(rows[1]).toHaveTextContent('已提醒（剩余不超过5个工作日）');
    expect(rows[2]).toHaveTextContent('2026年11月30日');
    expect(rows[2]).toHaveTextContent('未到提醒时间');
    expect(rows[2]).not.toHaveTextContent('已逾期');
  });
});

describe('press page', () => {
  it('lists the press conferences of the subtree with filters in the URL and publishes one to the portal', async () => {
    const press = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '2301' });
    principal = press.principal;
    const c = press.caller.mechanisms.releases;
    const li = await c.addSpokesperson({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, name: '李明', title: '副局长', appointedOn: '2026-01-05' });
    const wang = await c.addSpokesperson({ divisionCode: '230108', organizationId: f.orgs.pingfang.id, name: '王芳', title: '副主任', appointedOn: '2026-01-05' });
    await c.recordConference({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, title: '冬季除雪新闻发布会', heldOn: '2026-10-10', spokespersonIds: [li.id], summary: '', publish: true });
    const county = await c.recordConference({ divisionCode: '230108', organizationId: f.orgs.pingfang.id, title: '平房区安全生产发布会', heldOn: '2026-11-02', spokespersonIds: [wang.id], summary: '' });
    const user = userEvent.setup();
    renderAt('/console/mechanisms/press', '/console/mechanisms/press?d=2301', <PressPage />);

    let table = await screen.findByRole('table', { name: /新闻发布会记录（含下级地区，共 2 场/ }, { timeout: 20_000 });
    let rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['平房区安全生产发布会', '冬季除雪新闻发布会']);
    expect(rows[0]).toHaveTextContent('王芳（副主任）');
    expect(rows[1]).toHaveTextContent('已公开');

    // Filter by spokesperson: only his conference.
    const section = screen.getByRole('region', { name: '新闻发布会' });
    await user.selectOptions(within(section).getByRole('combobox', { name: '新闻发言人' }), li.id);
    table = await screen.findByRole('table', { name: /共 1 场/ });
    expect(within(table).getByRole('rowheader')).toHaveTextContent('冬季除雪新闻发布会');
    await user.selectOptions(within(section).getByRole('combobox', { name: '新闻发言人' }), '');

    // Publish the county's record.
    table = await screen.findByRole('table', { name: /共 2 场/ });
    await user.click(within(table).getByRole('button', { name: '公开：平房区安全生产发布会' }));
    await waitFor(async () => expect((await f.platform.db.mechanismsPressConference.findUniqueOrThrow({ where: { id: county.id } })).publishedAt).not.toBeNull());
    await waitFor(() => expect(within(screen.getByRole('table', { name: /共 2 场/ })).queryByRole('button', { name: /公开：/ })).toBeNull());
    rows = within(screen.getByRole('table', { name: /共 2 场/ })).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('已公开');
  });
});
