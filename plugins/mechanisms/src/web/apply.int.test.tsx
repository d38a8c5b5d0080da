// The online application form against the real server: a signed-in citizen picks the receiving
// organisation, fills in the form and gets the public number; bad input is caught by the same zod
// contract as the server's and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Principal } from '@gongkai/kernel';
import { setup, type Fixture } from '../server/testing/fixtures';
import { renderWithApp, serveApi } from './testing/live-server';
import ApplyPage from './pages/requests/ApplyPage';
import { CaseSummary } from './pages/requests/case/CaseSummary';

let f: Fixture;
let principal: Principal | null = null;

beforeAll(async () => {
  f = await setup('2026-11-02T02:00:00Z');
  const platform = f.platform;
  serveApi(platform, () => principal);
}, 120_000);
afterAll(async () => { await f?.platform.close(); });

function renderApply() {
  return renderWithApp(<ApplyPage />, { path: '/requests/apply', url: '/requests/apply?d=2301', division: true });
}

describe('online application', () => {
  it('asks an anonymous visitor to sign in with a public account', async () => {
    principal = null;
    renderApply();
    expect(await screen.findByText('请先登录', {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交申请' })).not.toBeInTheDocument();
  });

  it('checks the form with the server contract, then submits and shows the public number', async () => {
    principal = f.users.citizen.principal;
    const user = userEvent.setup();
    renderApply();
    const submit = await screen.findByRole('button', { name: '提交申请' }, { timeout: 20_000 });
    const before = await f.platform.db.mechanismsRequest.count();

    await user.click(submit);
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('受理机关：请选择受理机关');
    expect(summary).toHaveTextContent('请填写所需政府信息的名称、文号或描述');
    expect(summary).toHaveTextContent('请至少填写一种联系方式');
    expect(within(summary).getByRole('link', { name: /请填写申请人姓名或名称/ })).toBeInTheDocument();
    expect(await f.platform.db.mechanismsRequest.count()).toBe(before);

    const org = screen.getByRole('combobox', { name: /^受理机关/ });
    await screen.findByRole('option', { name: '哈尔滨市交通运输局' }, { timeout: 20_000 });
    await user.selectOptions(org, '哈尔滨市交通运输局');
    await user.type(screen.getByRole('textbox', { name: /^申请人姓名/ }), '李四');
    await user.type(screen.getByRole('textbox', { name: /^证件号码/ }), '230102199202021234');
    await user.type(screen.getByRole('textbox', { name: /^联系电话/ }), '13900000000');
    await user.type(screen.getByRole('textbox', { name: /^所需政府信息/ }), '2026年哈尔滨市公交线网优化方案');
    // The purpose is optional: the form says so, and what is written is kept for staff.
    const purpose = screen.getByRole('textbox', { name: '所需信息的用途（选填）' });
    expect(purpose).not.toBeRequired();
    expect(purpose).toHaveAccessibleDescription(expect.stringContaining('不要求说明用途'));
    await user.type(purpose, '了解住所附近公交线路调整');
    await user.click(submit);

    const done = await screen.findByRole('heading', { name: '申请已提交' }, { timeout: 20_000 });
    expect(done).toHaveFocus();
    const number = screen.getByTestId('request-number').textContent ?? '';
    expect(number).toMatch(/^2301-2026-\d{6}-[0-9A-Z]{4}$/);
    expect(screen.getByRole('row', { name: /^答复期限/ })).toHaveTextContent('2026年11月30日前');
    expect(screen.getByRole('link', { name: '查看办理进度' })).toHaveAttribute('href', `/requests/track?number=${number}&d=2301`);
    const row = await f.platform.db.mechanismsRequest.findUnique({ where: { number } });
    expect(row).toMatchObject({ applicantName: '李四', channel: 'online', applicantUserId: f.users.citizen.user.id, organizationId: f.orgs.harbinTransport.id, purpose: '了解住所附近公交线路调整' });

    // Staff see it on the case page's summary.
    const view = await f.users.officer.caller.mechanisms.requests.get({ id: row!.id });
    render(<CaseSummary c={view} />);
    const table = screen.getByRole('table', { name: '申请信息' });
    expect(within(table).getByRole('row', { name: /^用途/ })).toHaveTextContent('了解住所附近公交线路调整');
  });
});
