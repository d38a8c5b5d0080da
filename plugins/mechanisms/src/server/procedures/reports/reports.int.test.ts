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
});
