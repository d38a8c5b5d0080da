// The staff case page against the real server: the 补正 notice deadline of a request received the
// day before the 2026 National Day holiday, with how it was computed, marked due soon two working
// days before it; recording that no 补正 is needed ends that stage on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applicant, setup, type Fixture } from '../server/testing/fixtures';
import { renderWithApp, serveApi } from './testing/live-server';
import CasePage from './pages/requests/CasePage';

let f: Fixture;
let id = '';

beforeAll(async () => {
  // Today is Tuesday 13 October 2026; the 补正 notice is due on Thursday 15 October.
  f = await setup('2026-10-13T02:00:00Z');
  const platform = f.platform;
  const principal = f.users.officer.principal;
  serveApi(platform, () => principal);
  id = (await f.users.officer.caller.mechanisms.requests.intake({ ...applicant(f.orgs.harbinTransport.id), channel: 'in-person', submittedOn: '2026-09-30' })).id;
}, 120_000);
afterAll(async () => { await f?.platform.close(); });

describe('case page: 补正 notice deadline', () => {
  it('shows the deadline with its computation, then ends the stage when no 补正 is needed', async () => {
    const user = userEvent.setup();
    renderWithApp(<CasePage />, { path: '/console/mechanisms/requests/:id', url: `/console/mechanisms/requests/${id}` });
    const section = (await screen.findByRole('heading', { name: '补正告知期限' }, { timeout: 20_000 })).closest('section')!;
    expect(section).toHaveTextContent('截止日：2026年10月15日');
    expect(section).toHaveTextContent('待审查：尚未告知补正，也未确认无需补正');
    // Two working days left (the horizon is three): due soon, in words. The header says so too,
    // although the reply deadline (3 November) is far away.
    expect(await within(section).findByText('即将到期', {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toHaveTextContent('即将到期');
    const how = within(section).getByLabelText('补正告知期限的计算过程');
    expect(how).toHaveTextContent('2026-09-30后第7个工作日：2026-10-15');
    expect(how).toHaveTextContent('2026-10-01至10-07（国庆节）');
    expect(how).toHaveTextContent('2026-10-10（国庆节调休上班）');

    await user.type(screen.getByRole('textbox', { name: '审查意见' }), '申请内容明确');
    await user.click(screen.getByRole('button', { name: '登记无需补正' }));
    expect(await screen.findByText('已登记申请内容明确、无需补正（如发现仍需补正，可以告知补正）。', {}, { timeout: 20_000 })).toBeInTheDocument();
    const after = (await screen.findByRole('heading', { name: '补正告知期限' })).closest('section')!;
    await within(after).findByText(/^经审查无需补正/, {}, { timeout: 20_000 });
    expect(after).not.toHaveTextContent('即将到期');
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).not.toHaveTextContent('即将到期');
    expect(screen.queryByRole('button', { name: '登记无需补正' })).not.toBeInTheDocument();
    expect(await f.platform.db.mechanismsRequest.findUnique({ where: { id } })).toMatchObject({ correctionNoticeState: 'not-needed' });
  });
});
