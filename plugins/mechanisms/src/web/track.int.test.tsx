// The public tracking page against the real server: a real platform (PostgreSQL), the plugin's
// real router behind tRPC's fetch adapter, and the page in jsdom. Deadlines come from the statutory
// clock and the kernel calendar: a request received the day before the 2026 National Day holiday,
// and one whose period runs into 2027, a year without an official schedule yet (provisional).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { applicant, setup, type Fixture } from '../server/testing/fixtures';
import { renderWithApp, serveApi } from './testing/live-server';
import TrackPage from './pages/requests/TrackPage';

let f: Fixture;
let holidayNumber = '';
let provisionalNumber = '';

beforeAll(async () => {
  // Today is Monday 21 December 2026.
  f = await setup('2026-12-21T02:00:00Z');
  const platform = f.platform;
  serveApi(platform, () => null);
  const intake = f.users.officer.caller.mechanisms.requests.intake;
  holidayNumber = (await intake({ ...applicant(f.orgs.harbinTransport.id), purpose: '用于申请人的学术研究', channel: 'in-person', submittedOn: '2026-09-30' })).number;
  provisionalNumber = (await intake({ ...applicant(f.orgs.harbinTransport.id), channel: 'in-person', submittedOn: '2026-12-18' })).number;
}, 120_000);
afterAll(async () => { await f?.platform.close(); });

function renderTrack(number: string) {
  return renderWithApp(<TrackPage />, { path: '/requests/track', url: `/requests/track?number=${encodeURIComponent(number)}` });
}

describe('tracking page', () => {
  it('shows the status and the reply deadline of a request received before National Day, with how it was computed', async () => {
    renderTrack(holidayNumber);
    const result = await screen.findByRole('article', { name: `申请编号 ${holidayNumber}` }, { timeout: 20_000 });
    const summary = within(result).getByRole('table', { name: '办理概况' });
    expect(within(summary).getByRole('row', { name: /^办理状态/ })).toHaveTextContent('办理中');
    expect(within(summary).getByRole('row', { name: /^收到申请日期/ })).toHaveTextContent('2026年9月30日');
    // 20 working days from 30 Sep 2026: 1–7 Oct are holidays, Saturday 10 Oct is a working day → 3 Nov.
    expect(within(summary).getByRole('row', { name: /^答复期限/ })).toHaveTextContent('2026年11月3日');
    // The deadline has passed by 21 Dec: the page says so in words.
    expect(within(summary).getByRole('row', { name: /^办理状态/ })).toHaveTextContent('已超过答复期限');

    const deadlines = within(result).getByRole('region', { name: '期限及其计算' });
    const reply = within(deadlines).getByRole('heading', { name: '答复期限' }).closest('li')!;
    expect(reply).toHaveTextContent('截止日期：2026年11月3日');
    expect(reply).not.toHaveTextContent('暂定');
    const how = within(reply).getByLabelText('答复期限的计算过程');
    expect(how).toHaveTextContent('收到申请之日不计入期限，自次日起算');
    expect(how).toHaveTextContent('20个工作日');
    expect(how).toHaveTextContent('2026-10-01至10-07（国庆节）');
    expect(how).toHaveTextContent('2026-10-10（国庆节调休上班）');
    expect(how).toHaveTextContent('截止日期为2026-11-03');

    // The 补正 notice deadline (条例第三十条) is listed while the office has neither sent one nor ruled it out.
    const notice = within(deadlines).getByRole('heading', { name: /^补正告知期限/ }).closest('li')!;
    expect(notice).toHaveTextContent('截止日期：2026年10月15日');
    const noticeHow = within(notice).getByLabelText(/^补正告知期限.*的计算过程$/);
    expect(noticeHow).toHaveTextContent('条例第三十条');
    expect(noticeHow).toHaveTextContent('2026-09-30后第7个工作日：2026-10-15');
    expect(noticeHow).toHaveTextContent('2026-10-01至10-07（国庆节）');
    expect(noticeHow).toHaveTextContent('2026-10-10（国庆节调休上班）');

    const timeline = within(result).getByRole('region', { name: '办理过程' });
    expect(within(timeline).getByRole('listitem')).toHaveTextContent('2026年9月30日');
    // No personal data on the public page.
    expect(result).not.toHaveTextContent('张三');
    expect(result).not.toHaveTextContent('230102199001011234');
    expect(result).not.toHaveTextContent('学术研究');
  });

  it('marks a deadline that runs into a year without an official holiday schedule as provisional', async () => {
    renderTrack(provisionalNumber);
    const result = await screen.findByRole('article', { name: `申请编号 ${provisionalNumber}` }, { timeout: 20_000 });
    const summary = within(result).getByRole('table', { name: '办理概况' });
    const due = within(summary).getByRole('row', { name: /^答复期限/ });
    expect(due).toHaveTextContent('（暂定）');
    const reply = within(result).getByRole('heading', { name: '答复期限' }).closest('li')!;
    expect(reply).toHaveTextContent('（暂定）');
    expect(reply).toHaveTextContent('法定节假日安排尚未公布');
    expect(within(reply).getByLabelText('答复期限的计算过程')).toHaveTextContent('2027年的法定节假日安排尚未公布或录入');
  });

  it('says plainly when a number is not found', async () => {
    renderTrack('2301-2026-999999-ZZZZ');
    expect(await screen.findByRole('alert', {}, { timeout: 20_000 })).toHaveTextContent('未找到该申请');
  });
});
