import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicant, enterSchedule2027, setup, type Fixture } from '../../testing/fixtures';
import { sweepDeadlines } from '../../jobs/sweep';
import { syncClock } from '../../services/clock-sync';
import type { Ctx } from '../../services/context';

let f: Fixture;
beforeAll(async () => { f = await setup('2026-11-02T02:00:00Z'); });
afterAll(async () => { await f?.platform.close(); });
const at = (day: string) => f.clock.set(`${day}T02:00:00Z`);
const sweep = () => sweepDeadlines(f.platform.kernel.pluginContext('mechanisms', f.platform.db) as Ctx);
/** Rows in every table of the database (audit log, outbox and login attempts included). */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await f.platform.db.$queryRaw<{ t: string }[]>`SELECT table_name::text AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`;
  const out: Record<string, number> = {};
  for (const { t } of tables) out[t] = Number((await f.platform.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${t}"`))[0]!.n);
  return out;
}

describe('a request from application to published partial disclosure', () => {
  it('coordinates with a second department and another city, extends once, replies 部分公开 and publishes', async () => {
    at('2026-11-02');
    const { id, number, dueDate } = await f.users.citizen.caller.mechanisms.requests.submit(applicant(f.orgs.harbinTransport.id));
    expect(dueDate).toBe('2026-11-30');
    const officer = f.users.officer.caller.mechanisms.requests;
    // A coordination sub-task to the finance bureau (counted in the period) …
    const coord = await officer.sendSubtask({ id, kind: 'coordination', targetOrganizationId: f.orgs.harbinFinance.id, question: '请提供道路维修资金安排', sentOn: '2026-11-02' });
    expect(coord.dueDate).toBe('2026-11-16');
    expect(coord.requestDueDate).toBe('2026-11-30');
    // … and a consultation of another organ in another city (excluded from the period).
    at('2026-11-03');
    const organ = await officer.sendSubtask({ id, kind: 'organ', targetOrganizationId: f.orgs.qiqiharOffice.id, question: '信息涉及贵单位，是否同意公开', sentOn: '2026-11-03' });
    expect(organ.paused).toBe(true);
    // The finance liaison (organisation grant) sees and answers its own sub-task only.
    at('2026-11-05');
    const q = await f.users.financeLiaison.caller.mechanisms.requests.subtaskQueue({ divisionCode: '2301' });
    expect(q.items.map((x) => x.id)).toEqual([coord.id]);
    await expect(f.users.financeLiaison.caller.mechanisms.requests.answerSubtask({ subtaskId: organ.id, answer: 'x', answeredOn: '2026-11-05' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await f.users.financeLiaison.caller.mechanisms.requests.answerSubtask({ subtaskId: coord.id, answer: '资金安排见附件，其中供应商报价涉及商业秘密', answeredOn: '2026-11-05' });
    // Qiqihar answers on 6 Nov: the 3 working days 4, 5 and 6 Nov are excluded → due moves by 3.
    at('2026-11-06');
    const answered = await f.users.qiqiharHead.caller.mechanisms.requests.answerSubtask({ subtaskId: organ.id, answer: '同意公开', answeredOn: '2026-11-06' });
    expect(answered.requestDueDate).toBe('2026-12-03');
    // The head of the OGI office approves one extension of 10 working days.
    at('2026-11-20');
    const ext = await f.users.head.caller.mechanisms.requests.extend({ id, days: 10, reason: '需要协调多个部门', approvedOn: '2026-11-20' });
    expect(ext.dueDate).toBe('2026-12-17');
    await expect(f.users.head.caller.mechanisms.requests.extend({ id, days: 5, reason: '再次延长', approvedOn: '2026-11-20' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    await expect(f.users.officer.caller.mechanisms.requests.extend({ id, days: 5, reason: 'x', approvedOn: '2026-11-20' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Reply: 部分公开 needs a reason.
    at('2026-12-01');
    await expect(officer.reply({ id, outcomeCode: 'partial', repliedOn: '2026-12-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('reason') });
    const rep = await officer.reply({ id, outcomeCode: 'partial', reason: '供应商报价属于第三方商业秘密', disclosedContent: '2026年道路维修计划（删除供应商报价）', repliedOn: '2026-12-01' });
    const letter = await f.users.citizen.caller.mechanisms.requests.myLetter({ letterId: rep.letterId });
    expect(letter.html).toContain('政府信息部分公开告知书');
    expect(letter.html).toContain('供应商报价属于第三方商业秘密');
    expect(letter.html).toContain('行政复议');
    const pub = await officer.publishDisclosed({ id, title: '2026年哈尔滨市道路维修计划', body: '道路维修计划正文', topicCode: '0707' });
    expect(pub.indexNo).toBeTruthy();
    const item = await f.platform.db.catalogueItem.findUnique({ where: { id: pub.id } });
    expect(item).toMatchObject({ itemType: 'mechanisms.disclosed', disclosureMode: '依申请公开', status: 'published' });
    // The citizen sees the reply on the public tracking page.
    const t = await f.platform.anonymous().mechanisms.requests.track({ number });
    expect(t.outcome).toMatchObject({ code: 'partial', label: '部分公开', closedOn: '2026-12-01' });
    expect(t.timeline.map((x) => x.label)).toEqual(expect.arrayContaining(['收到申请', '发出协办或征求意见', '延长答复期限', '作出答复', '答复内容已主动公开']));
    const row = await f.platform.db.mechanismsRequest.findUnique({ where: { id } });
    expect(row).toMatchObject({ onTime: true, outcomeCode: 'partial', status: 'closed' });
    const deadlines = await f.platform.db.deadline.findMany({ where: { subjectId: id } });
    expect(deadlines.every((d) => d.status !== 'open')).toBe(true);
  });

  it('previews the reply letter as a mutation that writes nothing, not even an audit record', async () => {
    at('2026-11-02');
    const officer = f.users.officer.caller.mechanisms.requests;
    const r = await officer.intake({ ...applicant(f.orgs.harbinTransport.id), channel: 'in-person', submittedOn: '2026-11-02' });
    const before = await rowCounts();
    const request = await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } });
    const preview = await officer.previewReply({ id: r.id, outcomeCode: 'withhold.third-party', reason: '涉及第三方商业秘密', repliedOn: '2026-11-02' });
    expect(preview.title).toBe('政府信息不予公开告知书');
    expect(preview.html).toContain('涉及第三方商业秘密');
    // Bad input and callers without the permission are refused, as for the reply itself.
    await expect(officer.previewReply({ id: r.id, outcomeCode: 'partial', repliedOn: '2026-11-02', letterBody: '{{#未闭合}}' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('letterBody') });
    await expect(f.users.nobody.caller.mechanisms.requests.previewReply({ id: r.id, outcomeCode: 'disclose', repliedOn: '2026-11-02' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.users.qiqiharHead.caller.mechanisms.requests.previewReply({ id: r.id, outcomeCode: 'disclose', repliedOn: '2026-11-02' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await rowCounts()).toEqual(before);
    expect(await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } })).toEqual(request);
    expect(await f.platform.db.auditRecord.count({ where: { action: 'mechanisms.requests.previewReply' } })).toBe(0);
  });

  it('restarts the period from the receipt of the 补正', async () => {
    at('2026-11-02');
    const r = await f.users.officer.caller.mechanisms.requests.intake({ ...applicant(f.orgs.harbinTransport.id), channel: 'in-person', submittedOn: '2026-11-02' });
    at('2026-11-03');
    const c = await f.users.officer.caller.mechanisms.requests.requestCorrection({ id: r.id, items: '请明确所需信息的年份', noticeOn: '2026-11-03' });
    expect(c.late).toBe(false);
    await expect(f.users.officer.caller.mechanisms.requests.requestCorrection({ id: r.id, items: '再次补正', noticeOn: '2026-11-03' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    const waiting = await f.platform.anonymous().mechanisms.requests.track({ number: r.number });
    expect(waiting).toMatchObject({ status: 'awaiting-correction', dueDate: null });
    at('2026-11-10');
    const got = await f.users.officer.caller.mechanisms.requests.correctionReceived({ id: r.id, receivedOn: '2026-11-10' });
    expect(got).toEqual({ startDate: '2026-11-10', dueDate: '2026-12-08' });
  });

  it('closes an unpaid fee notice as 其他处理 after the payment deadline', async () => {
    at('2026-11-02');
    const r = await f.users.officer.caller.mechanisms.requests.intake({ ...applicant(f.orgs.harbinTransport.id), idDocNumber: '230102199001019999', channel: 'in-person', submittedOn: '2026-11-02' });
    await expect(f.users.officer.caller.mechanisms.requests.feeNotice({ id: r.id, method: 'by-volume', units: 30, noticeOn: '2026-11-02' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('units') });
    const fee = await f.users.officer.caller.mechanisms.requests.feeNotice({ id: r.id, method: 'by-volume', units: 101, noticeOn: '2026-11-02' });
    expect(fee).toMatchObject({ amount: 720, payBy: '2026-11-30' });
    await expect(f.users.officer.caller.mechanisms.requests.feeNotice({ id: r.id, method: 'by-item', units: 40, noticeOn: '2026-11-02' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    at('2026-12-01');
    const res = await sweep();
    expect(res.feesClosed).toBeGreaterThanOrEqual(1);
    const row = await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } });
    expect(row).toMatchObject({ status: 'closed', outcomeCode: 'other.unpaid', outcomeReason: '申请人未在2026-11-30前缴纳信息处理费720元，视为放弃申请', paused: false, onTime: true });
    expect(row?.closedOn?.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(await f.platform.db.mechanismsFee.findMany({ where: { requestId: r.id } })).toEqual([expect.objectContaining({ status: 'expired' })]);
    const deadlines = await f.platform.db.deadline.findMany({ where: { subjectId: r.id } });
    expect(deadlines.map((d) => [d.kind, d.status]).sort()).toEqual([['correction-notice', 'met'], ['reply', 'met']]);
    expect(await f.platform.db.mechanismsRequestEvent.findFirst({ where: { requestId: r.id, kind: 'replied' } })).toMatchObject({ actorName: '系统', public: true, note: expect.stringContaining('其他处理') });
    const closedEvents = await f.platform.db.outboxEvent.findMany({ where: { type: 'mechanisms.request.closed' } });
    expect(closedEvents.map((e) => e.payload)).toContainEqual(expect.objectContaining({ requestId: r.id, outcomeCode: 'other.unpaid', onTime: true }));
    expect((await sweep()).feesClosed).toBe(0);
  });

  it('reminds before the due date and flags the request overdue after it, once', async () => {
    at('2026-11-02');
    const r = await f.users.officer.caller.mechanisms.requests.intake({ ...applicant(f.orgs.harbinTransport.id), channel: 'in-person', submittedOn: '2026-11-02' });
    at('2026-11-27'); // due 30 Nov: one working day left
    await sweep();
    // (The 补正 notice deadline, 11 Nov, passed unanswered too: its own alert is tested elsewhere.)
    const reply = { subjectId: r.id, NOT: { dedupeKey: { contains: ':correction-' } } };
    const n1 = await f.platform.db.mechanismsNotice.findMany({ where: reply });
    expect(n1.map((n) => n.kind)).toEqual(['reminder']);
    expect(n1[0]!.message).toContain('1个工作日');
    await sweep();
    expect(await f.platform.db.mechanismsNotice.count({ where: reply })).toBe(1);
    at('2026-12-01');
    await sweep();
    await sweep();
    const row = await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } });
    expect(row?.overdue).toBe(true);
    expect(await f.platform.db.mechanismsNotice.count({ where: { ...reply, kind: 'overdue' } })).toBe(1);
    const list = await f.users.officer.caller.mechanisms.requests.notices({ divisionCode: '2301' });
    expect(list.some((n) => n.subjectId === r.id && n.kind === 'overdue')).toBe(true);
    const q = await f.users.officer.caller.mechanisms.requests.queue({ divisionCode: '2301', overdueOnly: true });
    expect(q.items.map((x) => x.id)).toContain(r.id);
  });

  it('alerts on a passed reply deadline even when a staff action recomputed the clock before the sweep ran', async () => {
    at('2026-11-02');
    const r = await f.users.officer.caller.mechanisms.requests.intake({ ...applicant(f.orgs.harbinTransport.id), idDocNumber: '230102199001017777', channel: 'in-person', submittedOn: '2026-11-02' });
    await f.users.officer.caller.mechanisms.requests.confirmNoCorrection({ id: r.id, checkedOn: '2026-11-02' });
    // Due 30 Nov. On 1 Dec, before any sweep, a sub-task recomputes the clock: it must not flag the
    // request overdue by itself (that would skip the sweep's alert).
    at('2026-12-01');
    await f.users.officer.caller.mechanisms.requests.sendSubtask({ id: r.id, kind: 'coordination', targetOrganizationId: f.orgs.harbinFinance.id, question: '请提供资金安排', sentOn: '2026-12-01' });
    await sweep();
    await sweep();
    expect(await f.platform.db.mechanismsNotice.count({ where: { subjectId: r.id, kind: 'overdue' } })).toBe(1);
    expect(await f.platform.db.mechanismsRequestEvent.count({ where: { requestId: r.id, kind: 'overdue' } })).toBe(1);
    expect((await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } }))?.overdue).toBe(true);
  });

  it('marks a deadline in 2027 provisional and recomputes it when the 2027 schedule is entered', async () => {
    at('2026-12-20');
    const r = await f.users.officer.caller.mechanisms.requests.intake({ ...applicant(f.orgs.harbinTransport.id), channel: 'in-person', submittedOn: '2026-12-18' });
    const before = await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } });
    expect(before?.provisional).toBe(true);
    // Mon–Fri fallback: 20 working days after Fri 18 Dec 2026, with 1 Jan 2027 assumed a working day.
    expect(r.dueDate).toBe('2027-01-15');
    await enterSchedule2027(f.platform);
    const after = await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } });
    expect(after?.provisional).toBe(false);
    expect(after?.dueDate?.toISOString().slice(0, 10)).toBe('2027-01-18');
    const t = await f.platform.anonymous().mechanisms.requests.track({ number: r.number });
    expect(t.clock.map((s) => s.detail).join('')).toContain('元旦');
  });

  it('moves paused clocks in the sweep exactly as the single re-computation does, and leaves current ones alone', async () => {
    at('2026-11-02');
    const officer = f.users.officer.caller.mechanisms.requests;
    const ids: string[] = [];
    for (const idDocNumber of ['230102199001015551', '230102199001015552']) {
      const r = await officer.intake({ ...applicant(f.orgs.harbinTransport.id), idDocNumber, channel: 'in-person', submittedOn: '2026-11-02' });
      await officer.sendSubtask({ id: r.id, kind: 'third-party', thirdPartyName: '某某建设有限公司', question: '申请公开的信息涉及贵单位，是否同意公开', sentOn: '2026-11-02' });
      ids.push(r.id);
    }
    const row = (id: string) => f.platform.db.mechanismsRequest.findUniqueOrThrow({ where: { id } });
    const reply = (id: string) => f.platform.db.deadline.findFirstOrThrow({ where: { subjectId: id, kind: 'reply' } });
    // Friday 6 Nov: 3, 4, 5 and 6 Nov are excluded so far, so the reply is due 4 working days after 30 Nov.
    at('2026-11-06');
    const res = await sweep();
    expect(res.resynced).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      const r = await row(id);
      expect(r).toMatchObject({ paused: true, excludedDays: 4, overdue: false });
      expect(r.dueDate?.toISOString().slice(0, 10)).toBe('2026-12-04');
      expect(await reply(id)).toMatchObject({ pausedDays: 4, dueDate: r.dueDate, status: 'open' });
    }
    // The request's own re-computation (as after any change to its case) stores the very same clock.
    const [bulkRow, bulkDeadline] = [await row(ids[0]!), await reply(ids[0]!)];
    await f.platform.db.$transaction(async (tx) => { await syncClock(f.platform.kernel.pluginContext('mechanisms', tx) as Ctx, ids[0]!); });
    expect({ ...(await row(ids[0]!)), updatedAt: null }).toEqual({ ...bulkRow, updatedAt: null });
    expect({ ...(await reply(ids[0]!)), updatedAt: null }).toEqual({ ...bulkDeadline, updatedAt: null });
    // A later sweep the same day finds the clocks current and rewrites nothing.
    const untouched = await row(ids[1]!);
    await sweep();
    expect((await row(ids[1]!)).updatedAt).toEqual(untouched.updatedAt);
    // Over the weekend nothing is excluded; on Monday one more working day is.
    at('2026-11-09');
    await sweep();
    expect(await row(ids[1]!)).toMatchObject({ excludedDays: 5 });
    expect((await reply(ids[1]!)).pausedDays).toBe(5);
  });
});
