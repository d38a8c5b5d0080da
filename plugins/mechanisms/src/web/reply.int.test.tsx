// The reply panel against the real server: a long 部分公开 reply (more text than a URL can carry) is
// previewed through the previewReply mutation, which writes nothing (no audit record, no letter);
// changing the reply asks for a new preview; the reply itself is then issued and audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applicant, setup, type Fixture } from '../server/testing/fixtures';
import { renderWithApp, serveApi } from './testing/live-server';
import { ReplyPanel } from './pages/requests/case/ReplyPanel';
import type { Case } from './pages/requests/case/types';

let f: Fixture;
let c: Case;
const calls: { path: string; method: string; urlLength: number }[] = [];

beforeAll(async () => {
  f = await setup('2026-11-10T02:00:00Z');
  const platform = f.platform;
  const principal = f.users.officer.principal;
  serveApi(platform, () => principal, (url, init) => { calls.push({ path: url.pathname, method: init?.method ?? 'GET', urlLength: url.href.length }); });
  const officer = f.users.officer.caller.mechanisms.requests;
  const r = await officer.intake({ ...applicant(f.orgs.harbinTransport.id), channel: 'in-person', submittedOn: '2026-11-02' });
  c = await officer.get({ id: r.id });
}, 120_000);
afterAll(async () => { await f?.platform.close(); });

function renderPanel() {
  return renderWithApp(<ReplyPanel c={c} today="2026-11-10" />);
}

describe('reply panel', () => {
  it('previews a reply too long for a URL without writing anything, then issues it', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: /^办理结果/ }), '部分公开');
    await user.type(screen.getByRole('textbox', { name: /^理由/ }), '供应商报价属于第三方商业秘密');
    // 15,000 characters of disclosed content: about 135,000 characters once URL-encoded.
    const disclosed = `2026年道路维修计划（删除供应商报价）：${'第一标段路面修补。'.repeat(1660)}`.slice(0, 15_000);
    await user.click(screen.getByRole('textbox', { name: /^公开内容及获取方式/ }));
    await user.paste(disclosed);
    const issue = screen.getByRole('button', { name: '作出答复并出具告知书' });
    expect(issue).toBeDisabled();

    const audit = await f.platform.db.auditRecord.count();
    const letters = await f.platform.db.mechanismsLetter.count();
    const before = await f.platform.db.mechanismsRequest.findUnique({ where: { id: c.id } });
    await user.click(screen.getByRole('button', { name: '预览告知书' }));
    expect(await screen.findByRole('heading', { name: '政府信息部分公开告知书' }, { timeout: 20_000 })).toBeInTheDocument();
    expect(issue).toBeEnabled();
    // Sent in the request body, not the URL.
    const sent = calls.filter((x) => x.path.endsWith('requests.previewReply'));
    expect(sent).toEqual([expect.objectContaining({ method: 'POST' })]);
    expect(sent[0]!.urlLength).toBeLessThan(200);
    // Nothing written: no audit record, no letter, the request untouched.
    expect(await f.platform.db.auditRecord.count()).toBe(audit);
    expect(await f.platform.db.mechanismsLetter.count()).toBe(letters);
    expect(await f.platform.db.mechanismsRequest.findUnique({ where: { id: c.id } })).toEqual(before);

    // A changed reply must be previewed again before it can be issued.
    await user.type(screen.getByRole('textbox', { name: /^理由/ }), '，已作区分处理');
    expect(screen.getByRole('status')).toHaveTextContent('答复内容已修改，请重新预览告知书后再提交');
    expect(issue).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '预览告知书' }));
    await screen.findByRole('heading', { name: '政府信息部分公开告知书' }, { timeout: 20_000 });
    expect(issue).toBeEnabled();

    await user.click(issue);
    expect(await screen.findByText('已作出答复并出具告知书', {}, { timeout: 20_000 })).toBeInTheDocument();
    const row = await f.platform.db.mechanismsRequest.findUnique({ where: { id: c.id } });
    expect(row).toMatchObject({ status: 'closed', outcomeCode: 'partial', outcomeReason: '供应商报价属于第三方商业秘密，已作区分处理' });
    const letter = await f.platform.db.mechanismsLetter.findFirst({ where: { requestId: c.id, kind: 'reply' } });
    expect(letter?.html).toContain('第一标段路面修补');
    // Only the reply is in the audit log; the two previews left no record.
    expect(await f.platform.db.auditRecord.count({ where: { action: 'mechanisms.requests.reply', targetId: c.id } })).toBe(1);
    expect(await f.platform.db.auditRecord.count({ where: { action: 'mechanisms.requests.previewReply' } })).toBe(0);
  });
});
