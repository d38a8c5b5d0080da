import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicant, setup, type Fixture } from '../../testing/fixtures';

let f: Fixture;
beforeAll(async () => { f = await setup('2026-11-02T02:00:00Z'); });
afterAll(async () => { await f?.platform.close(); });

describe('annual report', () => {
  it('counts a partly disclosed request, rolls up organisations, checks 勾稽关系 before publishing', async () => {
    const officer = f.users.officer.caller.mechanisms.requests;
    const a = await f.users.citizen.caller.mechanisms.requests.submit(applicant(f.orgs.harbinTransport.id));
    const b = await officer.intake({ ...applicant(f.orgs.harbinFinance.id), applicantType: 'research', applicantName: '某研究院', idDocType: 'credit-code', idDocNumber: '12230000MB1234567Y', channel: 'in-person', submittedOn: '2026-11-02' });
    await officer.intake({ ...applicant(f.orgs.pingfang.id, '230108'), channel: 'in-person', submittedOn: '2026-11-02' });
    await officer.reply({ id: a.id, outcomeCode: 'partial', reason: '部分涉及商业秘密', repliedOn: '2026-11-02' });
    await officer.reply({ id: b.id, outcomeCode: 'unavailable.not-held', reason: '经检索本机关未制作', repliedOn: '2026-11-02' });
    await f.users.head.caller.mechanisms.requests.fileReview({ id: a.id, kind: 'reconsideration', filedOn: '2026-11-02' });

    const reports = f.users.head.caller.mechanisms.reports;
    const org = await reports.compute({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, year: 2026 });
    expect(org.matrix.partial).toMatchObject({ natural: 1, total: 1 });
    expect(org.reviews.reconsideration).toMatchObject({ pending: 1, total: 1 });
    expect(org.issues).toEqual([]);
    const city = await reports.compute({ divisionCode: '2301', year: 2026 });
    expect(city.matrix.new).toMatchObject({ natural: 2, research: 1, total: 3 });
    expect(city.matrix['unavailable.not-held'].research).toBe(1);
    expect(city.matrix['carried-forward'].total).toBe(1);
    expect(city.organizations).toBe(3);

    // An adjustment for an offline case that only adds a new application breaks the balance.
    const saved = await reports.save({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, year: 2026, adjustments: [{ row: 'new', column: 'natural', delta: 1, reason: '线下登记遗漏' }] });
    expect(saved.issues.map((i) => i.rule)).toContain('balance');
    await expect(reports.publish({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, year: 2026 })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringContaining('勾稽关系') });
    // Balanced: the offline case was also answered (予以公开).
    await reports.save({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, year: 2026, adjustments: [
      { row: 'new', column: 'natural', delta: 1, reason: '线下登记遗漏' }, { row: 'disclose', column: 'natural', delta: 1, reason: '线下登记遗漏' }, { row: 'handled', column: 'natural', delta: 1, reason: '线下登记遗漏' },
    ] });
    const pub = await reports.publish({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, year: 2026 });
    expect(pub.indexNo).toBeTruthy();
    // The roll-up includes the adjusted organisation report.
    const city2 = await reports.compute({ divisionCode: '2301', year: 2026 });
    expect(city2.matrix.new.total).toBe(4);
    expect(city2.issues).toEqual([]);
    await expect(reports.publish({ divisionCode: '2301', year: 2026 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('publisherOrganizationId') });
    await reports.publish({ divisionCode: '2301', year: 2026, publisherOrganizationId: f.orgs.harbinTransport.id });
    const open = await f.platform.anonymous().mechanisms.reports.published({ divisionCode: '2301', year: 2026 });
    expect(open).toHaveLength(2);
    expect(open.find((r) => r.organizationId === null)?.matrix.new?.total).toBe(4);
    // The metrics contributed to the kernel see the same cases.
    const values = await f.platform.kernel.metrics.compute(f.platform.db, '2301', { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-12-31T00:00:00Z') },
      ['mechanisms.requests-on-time-rate', 'mechanisms.requests-average-working-days', 'mechanisms.requests-outcome-partial']);
    expect(Object.fromEntries(values.map((v) => [v.id, v.value]))).toEqual({ 'mechanisms.requests-on-time-rate': 100, 'mechanisms.requests-average-working-days': 0, 'mechanisms.requests-outcome-partial': 1 });
    // Isolation: Qiqihar cannot compute Harbin's report.
    await expect(f.users.qiqiharHead.caller.mechanisms.reports.compute({ divisionCode: '2301', year: 2026 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.users.citizen.caller.mechanisms.reports.compute({ divisionCode: '2301', year: 2026 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('saves notes and adjustments independently and returns both', async () => {
    const reports = f.users.head.caller.mechanisms.reports;
    const scope = { divisionCode: '2301', organizationId: f.orgs.harbinFinance.id, year: 2025 };
    const offline = [{ row: 'new' as const, column: 'natural' as const, delta: 2, reason: '线下受理' }, { row: 'disclose' as const, column: 'natural' as const, delta: 2, reason: '线下受理' }, { row: 'handled' as const, column: 'natural' as const, delta: 2, reason: '线下受理' }];

    await reports.save({ ...scope, notes: '本年度申请量较上年有所下降。' });
    expect(await reports.compute(scope)).toMatchObject({ notes: '本年度申请量较上年有所下降。', adjustments: [], status: 'draft' });

    // Saving adjustments keeps the notes …
    const a = await reports.save({ ...scope, adjustments: offline });
    expect(a).toMatchObject({ notes: '本年度申请量较上年有所下降。', adjustments: offline, issues: [] });
    let r = await reports.compute(scope);
    expect(r).toMatchObject({ notes: '本年度申请量较上年有所下降。', adjustments: offline });
    expect(r.matrix.new.natural).toBe(2);

    // … and saving notes keeps the adjustments and the adjusted table.
    await reports.save({ ...scope, notes: '线下受理的申请已补录。' });
    r = await reports.compute(scope);
    expect(r).toMatchObject({ notes: '线下受理的申请已补录。', adjustments: offline });
    expect(r.matrix.handled.total).toBe(2);

    // Clearing one leaves the other.
    await reports.save({ ...scope, notes: null });
    expect(await reports.compute(scope)).toMatchObject({ notes: '', adjustments: offline });
    await reports.save({ ...scope, notes: '说明恢复。' });
    await reports.save({ ...scope, adjustments: [] });
    r = await reports.compute(scope);
    expect(r).toMatchObject({ notes: '说明恢复。', adjustments: [] });
    expect(r.matrix.new.total).toBe(0);

    // The division roll-up has notes of its own but no adjustments.
    await reports.save({ divisionCode: '2301', year: 2025, notes: '全市汇总说明。' });
    expect(await reports.compute({ divisionCode: '2301', year: 2025 })).toMatchObject({ notes: '全市汇总说明。', adjustments: [] });
    expect((await reports.compute(scope)).notes).toBe('说明恢复。');
    await expect(reports.save({ divisionCode: '2301', year: 2025, adjustments: offline })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('adjustments') });
    await expect(reports.save({ ...scope, notes: '长'.repeat(20_001) })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('notes') });
    expect((await reports.compute(scope)).notes).toBe('说明恢复。');

    // Published with its notes before the tables.
    await reports.save({ ...scope, adjustments: offline });
    const pub = await reports.publish(scope);
    const item = await f.platform.db.catalogueItem.findUniqueOrThrow({ where: { id: pub.id } });
    expect(item.body.startsWith('说明恢复。\n\n三、收到和处理政府信息公开申请情况')).toBe(true);
    await expect(reports.save({ ...scope, notes: '发布后修改' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    // Without reports.manage nothing is saved.
    await expect(f.users.officer.caller.mechanisms.reports.save({ divisionCode: '2301', year: 2025, notes: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await reports.compute({ divisionCode: '2301', year: 2025 })).notes).toBe('全市汇总说明。');
  });
});
