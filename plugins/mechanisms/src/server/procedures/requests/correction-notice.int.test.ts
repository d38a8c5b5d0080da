// The 补正 notice deadline as a first-class deadline (条例第三十条: 7 working days after receipt): the
// sweep reminds before it and alerts once after it, the stage ends when the notice is sent, when
// staff record that none is needed, or when the case moves on, and a new year's schedule moves it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '@gongkai/kernel';
import { applicant, enterSchedule2027, setup, type Fixture } from '../../testing/fixtures';
import { CORRECTION_NOTICE_OVERDUE_EVENT, sweepDeadlines } from '../../jobs/sweep';
import type { Ctx } from '../../services/context';

let f: Fixture;
beforeAll(async () => { f = await setup('2026-09-30T02:00:00Z'); });
afterAll(async () => { await f?.platform.close(); });
const at = (day: string) => f.clock.set(`${day}T02:00:00Z`);
const sweep = () => sweepDeadlines(f.platform.kernel.pluginContext('mechanisms', f.platform.db) as Ctx);
const staff = () => f.users.officer.caller.mechanisms.requests;
const intakeOn = (day: string, over: Record<string, unknown> = {}) => staff().intake({ ...applicant(f.orgs.harbinTransport.id), channel: 'in-person', submittedOn: day, ...over });
const correctionNotices = (requestId: string) => f.platform.db.mechanismsNotice.findMany({ where: { subjectId: requestId, dedupeKey: { contains: ':correction-' } }, orderBy: { createdAt: 'asc' } });
const kernelDeadline = (requestId: string) => f.platform.db.deadline.findFirst({ where: { subjectId: requestId, kind: 'correction-notice' } });
const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;

describe('补正 notice deadline', () => {
  it('reminds 5, 3 and 1 working days before it and alerts exactly once after it (received the day before National Day)', async () => {
    at('2026-09-30');
    const r = await intakeOn('2026-09-30');
    const row = await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } });
    expect(day(row?.correctionNoticeDue)).toBe('2026-10-15');
    expect(row).toMatchObject({ correctionNoticeState: 'open', correctionNoticeOverdue: false });
    expect(await kernelDeadline(r.id)).toMatchObject({ status: 'open', dueDate: new Date('2026-10-15T00:00:00Z') });

    // Every day from receipt to a week after the deadline, the sweep runs twice.
    const firedOn: Record<string, string[]> = {};
    let seen = 0;
    for (let d = '2026-09-30'; d <= '2026-10-22'; d = addCalendarDays(d, 1)) {
      at(d);
      await sweep();
      await sweep();
      const all = await correctionNotices(r.id);
      if (all.length > seen) firedOn[d] = all.slice(seen).map((n) => `${n.kind}:${n.message}`);
      seen = all.length;
    }
    expect(Object.keys(firedOn)).toEqual(['2026-10-09', '2026-10-12', '2026-10-14', '2026-10-16']);
    expect(firedOn['2026-10-09']).toEqual([`reminder:申请${r.number}距补正告知期限还有5个工作日（2026-10-15）：申请内容不明确的须在此前一次性告知补正，明确的请登记“无需补正”`]);
    expect(firedOn['2026-10-12']![0]).toContain('还有3个工作日');
    expect(firedOn['2026-10-14']![0]).toContain('还有1个工作日');
    expect(firedOn['2026-10-16']).toEqual([`overdue:申请${r.number}已超过补正告知期限（2026-10-15），既未告知补正，也未登记无需补正`]);

    const flagged = await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } });
    expect(flagged).toMatchObject({ correctionNoticeOverdue: true, correctionNoticeState: 'open' });
    // The reminders' dedupe keys (the sweep's record of what was raised) name the due date and threshold.
    const reminders = (await correctionNotices(r.id)).filter((n) => n.kind === 'reminder');
    expect(reminders.map((n) => n.dedupeKey.split(':').slice(-2).join(':'))).toEqual(['2026-10-15:5', '2026-10-15:3', '2026-10-15:1']);
    expect(await f.platform.db.mechanismsRequestEvent.count({ where: { requestId: r.id, kind: 'correction-notice-overdue' } })).toBe(1);
    const events = await f.platform.db.outboxEvent.findMany({ where: { type: CORRECTION_NOTICE_OVERDUE_EVENT } });
    expect(events.filter((e) => (e.payload as { requestIds: string[] }).requestIds.includes(r.id))).toHaveLength(1);

    // Staff see it: in the case view, in the queue (overdue first, and in "overdue only") and in the notices.
    const view = await staff().get({ id: r.id });
    expect(view.correctionNotice).toMatchObject({ state: 'open', dueDate: '2026-10-15', overdue: true });
    expect(view.correctionNoticeSteps.map((s) => s.label)).toEqual(['适用规则', '收到申请', '告知期限', '补正告知截止日', '办理情况', '工作日计算']);
    expect(view.correctionNoticeSteps.at(-1)?.detail).toContain('国庆节');
    expect(view.timeline.map((e) => e.label)).toContain('超过补正告知期限');
    const overdueOnly = await staff().queue({ divisionCode: '2301', overdueOnly: true });
    expect(overdueOnly.items.map((x) => x.id)).toEqual([r.id]);
    expect(overdueOnly.items[0]!.correctionNotice).toMatchObject({ state: 'open', overdue: true });
    expect((await staff().notices({ divisionCode: '2301' })).filter((n) => n.subjectId === r.id).map((n) => n.kind)).toEqual(['overdue', 'reminder', 'reminder', 'reminder']);
    // The applicant's tracking page lists it with how it was computed.
    const tracked = await f.platform.anonymous().mechanisms.requests.track({ number: r.number });
    const notice = tracked.deadlines.find((x) => x.label.startsWith('补正告知期限'));
    expect(notice).toMatchObject({ dueDate: '2026-10-15' });
    expect(notice?.explanation).toContain('2026-09-30后第7个工作日：2026-10-15');

    // A late notice ends the stage: the flag clears, the kernel deadline is closed as missed, no more alerts.
    at('2026-10-22');
    const sent = await staff().requestCorrection({ id: r.id, items: '请写明所需信息的年份和路段', noticeOn: '2026-10-22' });
    expect(sent.late).toBe(true);
    expect(await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } })).toMatchObject({ correctionNoticeState: 'sent', correctionNoticeOverdue: false });
    expect(await kernelDeadline(r.id)).toMatchObject({ status: 'cancelled' });
    at('2026-10-23');
    await sweep();
    expect(await correctionNotices(r.id)).toHaveLength(4);
    const waiting = await f.platform.anonymous().mechanisms.requests.track({ number: r.number });
    expect(waiting.deadlines.map((x) => x.label)).toEqual(['答复期限', '补正期限']);
    expect((await staff().queue({ divisionCode: '2301', overdueOnly: true })).items.map((x) => x.id)).not.toContain(r.id);
  });

  it('stops once staff record that no 补正 is needed', async () => {
    at('2026-11-02');
    const r = await intakeOn('2026-11-02');
    expect(day((await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } }))?.correctionNoticeDue)).toBe('2026-11-11');
    // Refused: a future date, staff without the permission, another city's staff.
    await expect(staff().confirmNoCorrection({ id: r.id, checkedOn: '2026-11-03' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('checkedOn') });
    await expect(staff().confirmNoCorrection({ id: r.id, checkedOn: '2026-11-02', note: '意'.repeat(501) })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('note') });
    await expect(f.users.nobody.caller.mechanisms.requests.confirmNoCorrection({ id: r.id, checkedOn: '2026-11-02' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.users.qiqiharHead.caller.mechanisms.requests.confirmNoCorrection({ id: r.id, checkedOn: '2026-11-02' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const done = await staff().confirmNoCorrection({ id: r.id, checkedOn: '2026-11-02', note: '申请内容明确' });
    expect(done).toEqual({ state: 'not-needed', correctionNoticeDue: '2026-11-11', late: false });
    expect(await kernelDeadline(r.id)).toMatchObject({ status: 'met' });
    const audit = await f.platform.db.auditRecord.findFirst({ where: { action: 'mechanisms.requests.confirmNoCorrection', targetId: r.id } });
    expect(audit).toMatchObject({ outcome: 'ok', targetType: 'mechanisms.request' });
    await expect(staff().confirmNoCorrection({ id: r.id, checkedOn: '2026-11-02' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    for (const d of ['2026-11-05', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-16']) { at(d); await sweep(); }
    expect(await correctionNotices(r.id)).toEqual([]);
    const t = await f.platform.anonymous().mechanisms.requests.track({ number: r.number });
    expect(t.deadlines.map((x) => x.label)).toEqual(['答复期限']);
    expect(t.timeline.map((x) => x.label)).toContain('经审查申请内容明确，无需补正');
    // A 补正 notice can still be sent if it turns out to be needed after all.
    at('2026-11-05');
    await staff().requestCorrection({ id: r.id, items: '请补充文号', noticeOn: '2026-11-05' });
    expect(await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } })).toMatchObject({ correctionNoticeState: 'sent' });
  });

  it('ends when the case moves on: a fee notice, or the reply', async () => {
    at('2026-11-02');
    const feeCase = await intakeOn('2026-11-02', { idDocNumber: '230102199001015555' });
    await staff().feeNotice({ id: feeCase.id, method: 'by-volume', units: 101, noticeOn: '2026-11-02' });
    const replied = await intakeOn('2026-11-02');
    await staff().reply({ id: replied.id, outcomeCode: 'disclose', disclosedContent: '见附件', repliedOn: '2026-11-02', onTheSpot: true });
    for (const id of [feeCase.id, replied.id]) {
      expect(await f.platform.db.mechanismsRequest.findUnique({ where: { id } })).toMatchObject({ correctionNoticeState: 'ended', correctionNoticeOverdue: false });
      expect(await kernelDeadline(id)).toMatchObject({ status: 'met' });
    }
    const view = await staff().get({ id: replied.id });
    expect(view.correctionNoticeSteps.find((s) => s.label === '办理情况')?.detail).toBe('2026-11-02已办结，不再告知补正');
    at('2026-11-20');
    await sweep();
    expect(await correctionNotices(feeCase.id)).toEqual([]);
    expect(await correctionNotices(replied.id)).toEqual([]);
  });

  it('is computed by the sweep for open requests from before it was tracked', async () => {
    at('2026-11-02');
    const r = await intakeOn('2026-11-02');
    await f.platform.db.$executeRaw`UPDATE mechanisms_request SET correction_notice_state = NULL, correction_notice_due = NULL WHERE id = ${r.id}`;
    const res = await sweep();
    expect(res.resynced).toBeGreaterThanOrEqual(1);
    const row = await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } });
    expect(row).toMatchObject({ correctionNoticeState: 'open' });
    expect(day(row?.correctionNoticeDue)).toBe('2026-11-11');
  });

  it('is kept by the batch re-computation of paused clocks, whose overdue flag only the sweep raises, once', async () => {
    at('2026-11-02');
    const r = await intakeOn('2026-11-02', { idDocNumber: '230102199001015556' });
    await staff().sendSubtask({ id: r.id, kind: 'third-party', thirdPartyName: '某某建设有限公司', question: '申请公开的信息涉及贵单位，是否同意公开', sentOn: '2026-11-02' });
    const row = () => f.platform.db.mechanismsRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(await row()).toMatchObject({ paused: true, correctionNoticeState: 'open' });
    // The day after the 补正 notice deadline: the paused clock is recomputed in a batch, then flagged.
    at('2026-11-12');
    const res = await sweep();
    expect(res.resynced).toBeGreaterThanOrEqual(1);
    expect(res.correctionOverdue).toBeGreaterThanOrEqual(1);
    const flagged = await row();
    expect(flagged).toMatchObject({ paused: true, correctionNoticeState: 'open', correctionNoticeOverdue: true });
    expect(day(flagged.correctionNoticeDue)).toBe('2026-11-11');
    expect(await kernelDeadline(r.id)).toMatchObject({ status: 'open', dueDate: new Date('2026-11-11T00:00:00Z') });
    // Next working day the batch rewrites the paused clock and keeps the flag; no second alert.
    at('2026-11-13');
    await sweep();
    const kept = await row();
    expect(kept.excludedDays).toBeGreaterThan(flagged.excludedDays);
    expect(kept).toMatchObject({ correctionNoticeState: 'open', correctionNoticeOverdue: true });
    expect(await f.platform.db.mechanismsRequestEvent.count({ where: { requestId: r.id, kind: 'correction-notice-overdue' } })).toBe(1);
    const events = await f.platform.db.outboxEvent.findMany({ where: { type: CORRECTION_NOTICE_OVERDUE_EVENT } });
    expect(events.filter((e) => (e.payload as { requestIds: string[] }).requestIds.includes(r.id))).toHaveLength(1);
    // Staff record that no 补正 is needed: the stage ends late, the flag clears, the kernel deadline is cancelled.
    await staff().confirmNoCorrection({ id: r.id, checkedOn: '2026-11-13' });
    expect(await row()).toMatchObject({ correctionNoticeState: 'not-needed', correctionNoticeOverdue: false });
    expect(await kernelDeadline(r.id)).toMatchObject({ status: 'cancelled' });
    at('2026-11-16');
    await sweep();
    expect(await row()).toMatchObject({ correctionNoticeState: 'not-needed', correctionNoticeOverdue: false, excludedDays: kept.excludedDays + 1 });
  });

  it('contributes the on-time rate of 补正 notices to the kernel metrics', async () => {
    at('2026-12-14');
    // Both received on 1 December (due 10 December): one notice on the 2nd, one on the 14th.
    const early = await intakeOn('2026-12-01');
    await staff().requestCorrection({ id: early.id, items: '请写明年份', noticeOn: '2026-12-02' });
    const late = await intakeOn('2026-12-01');
    await staff().requestCorrection({ id: late.id, items: '请写明路段', noticeOn: '2026-12-14' });
    const december = { from: new Date('2026-11-30T16:00:00Z'), to: new Date('2026-12-31T15:59:59Z') };
    const rate = async (divisionCode: string) => (await f.platform.kernel.metrics.compute(f.platform.db, divisionCode, december, ['mechanisms.correction-notices-on-time-rate']))[0]?.value;
    expect(await rate('2301')).toBe(50);
    expect(await rate('2302')).toBeNull();
  });

  it('moves with the calendar when the official schedule of the next year is entered', async () => {
    at('2026-12-28');
    const r = await intakeOn('2026-12-28');
    // Mon–Fri fallback for 2027: 29, 30, 31 Dec, 1 (assumed a working day), 4, 5, 6 Jan.
    const before = await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } });
    expect(day(before?.correctionNoticeDue)).toBe('2027-01-06');
    expect(before?.correctionNoticeProvisional).toBe(true);
    expect((await staff().get({ id: r.id })).correctionNotice).toMatchObject({ provisional: true });
    await enterSchedule2027(f.platform);
    const after = await f.platform.db.mechanismsRequest.findUnique({ where: { id: r.id } });
    expect(day(after?.correctionNoticeDue)).toBe('2027-01-07');
    expect(after?.correctionNoticeProvisional).toBe(false);
    expect(JSON.stringify(after?.correctionNoticeSteps)).toContain('元旦');
    expect(await kernelDeadline(r.id)).toMatchObject({ status: 'open', dueDate: new Date('2027-01-07T00:00:00Z'), provisional: false });
  });
});
