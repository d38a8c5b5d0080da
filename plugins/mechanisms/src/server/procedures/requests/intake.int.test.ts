import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicant, setup, type Fixture } from '../../testing/fixtures';

let f: Fixture;
beforeAll(async () => { f = await setup(); });
afterAll(async () => { await f?.platform.close(); });

describe('intake', () => {
  it('lets a citizen apply online and track the request publicly by number, without personal data', async () => {
    const r = await f.users.citizen.caller.mechanisms.requests.submit(applicant(f.orgs.harbinTransport.id));
    expect(r.number).toMatch(/^2301-2026-\d{6}-[0-9A-Z]{4}$/);
    expect(r.receivedOn).toBe('2026-11-02');
    // 20 working days after Mon 2 Nov 2026: 3–6, 9–13, 16–20, 23–27, 30 Nov → 30 Nov.
    expect(r.dueDate).toBe('2026-11-30');
    const t = await f.platform.anonymous().mechanisms.requests.track({ number: r.number });
    expect(t).toMatchObject({ status: 'processing', dueDate: '2026-11-30', organizationName: '哈尔滨市交通运输局', outcome: null });
    expect(t.clock.map((s) => s.label)).toContain('答复截止日');
    expect(JSON.stringify(t)).not.toContain('张三');
    expect(JSON.stringify(t)).not.toContain('230102199001011234');
    const audit = await f.platform.db.auditRecord.findFirst({ where: { action: 'mechanisms.requests.submit' } });
    expect(audit).toMatchObject({ targetType: 'mechanisms.request', targetId: r.id, outcome: 'ok', pluginId: 'mechanisms' });
    const deadline = await f.platform.db.deadline.findFirst({ where: { subjectId: r.id, kind: 'reply' } });
    expect(deadline?.dueDate.toISOString().slice(0, 10)).toBe('2026-11-30');
  });

  it('registers a registered-mail application with the signing date as the receipt date', async () => {
    const r = await f.users.officer.caller.mechanisms.requests.intake({
      ...applicant(f.orgs.harbinTransport.id), channel: 'registered-mail', submittedOn: '2026-10-20', signedOn: '2026-10-23',
      applicantType: 'business', idDocType: 'credit-code', idDocNumber: '91230100MA1234567X', applicantName: '某某建设有限公司',
    });
    expect(r.receivedOn).toBe('2026-10-23');
    const view = await f.users.officer.caller.mechanisms.requests.get({ id: r.id });
    expect(view.receiptRule).toContain('签收之日');
    expect(view.timeline[0]).toMatchObject({ kind: 'received', on: '2026-10-23' });
  });

  it('stores the optional purpose and shows it to staff, never on the public tracking view', async () => {
    const purpose = '用于撰写城市道路养护资金使用情况的研究报告';
    const online = await f.users.citizen.caller.mechanisms.requests.submit({ ...applicant(f.orgs.harbinTransport.id), purpose: `  ${purpose}  ` });
    expect((await f.platform.db.mechanismsRequest.findUnique({ where: { id: online.id } }))?.purpose).toBe(purpose);
    const staff = f.users.officer.caller.mechanisms.requests;
    expect((await staff.get({ id: online.id })).purpose).toBe(purpose);
    // The tracking procedure is also the REST endpoint GET /mechanisms/requests/{number}: its output
    // schema has no purpose and its result never carries the text.
    const t = await f.platform.anonymous().mechanisms.requests.track({ number: online.number });
    expect(t).not.toHaveProperty('purpose');
    expect(JSON.stringify(t)).not.toContain('研究报告');
    // Not mandatory (2019 Regulations, Art. 29): staff intake without one, or with blanks, stores none.
    const without = await staff.intake({ ...applicant(f.orgs.harbinTransport.id), channel: 'in-person', submittedOn: '2026-11-02' });
    const blank = await staff.intake({ ...applicant(f.orgs.harbinTransport.id), purpose: '   ', channel: 'in-person', submittedOn: '2026-11-02' });
    const stated = await staff.intake({ ...applicant(f.orgs.harbinTransport.id), purpose: '办理房屋征收补偿', channel: 'oral', submittedOn: '2026-11-02', assistanceNote: '申请人口述，工作人员代填' });
    const rows = await f.platform.db.mechanismsRequest.findMany({ where: { id: { in: [without.id, blank.id, stated.id] } }, select: { id: true, purpose: true } });
    expect(Object.fromEntries(rows.map((x) => [x.id, x.purpose]))).toEqual({ [without.id]: null, [blank.id]: null, [stated.id]: '办理房屋征收补偿' });
    // At most 1000 characters; longer is refused naming the field, and nothing is written.
    const before = await f.platform.db.mechanismsRequest.count();
    await expect(f.users.citizen.caller.mechanisms.requests.submit({ ...applicant(f.orgs.harbinTransport.id), purpose: '研'.repeat(1001) }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('purpose') });
    expect(await f.platform.db.mechanismsRequest.count()).toBe(before);
  });

  it('rejects bad input with a message naming the field and writes nothing', async () => {
    const before = await f.platform.db.mechanismsRequest.count();
    const c = f.users.officer.caller.mechanisms.requests;
    await expect(c.intake({ ...applicant(f.orgs.harbinTransport.id), description: '   ', channel: 'in-person', submittedOn: '2026-11-02' }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('description') });
    await expect(c.intake({ ...applicant(f.orgs.harbinTransport.id), channel: 'in-person', submittedOn: '2026-12-01' }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('submittedOn') });
    await expect(c.intake({ ...applicant(f.orgs.qiqiharOffice.id), channel: 'in-person', submittedOn: '2026-11-02' }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('organizationId') });
    await expect(c.intake({ ...applicant(f.orgs.harbinTransport.id), description: '信'.repeat(10 * 1024 * 1024), channel: 'in-person', submittedOn: '2026-11-02' }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('description') });
    await expect(c.intake({ ...applicant(f.orgs.harbinTransport.id), contactPhone: null, channel: 'in-person', submittedOn: '2026-11-02' }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('contactPhone') });
    expect(await f.platform.db.mechanismsRequest.count()).toBe(before);
  });

  it('answers NOT_FOUND where the plugin is disabled, and denies staff without the permission', async () => {
    await f.platform.setPlugin('2303', 'mechanisms', false);
    const org = await f.platform.db.organization.create({ data: { divisionCode: '2303', code: 'JXZF', name: '鸡西市人民政府办公室' } });
    const admin = await f.platform.createUser({ roles: ['mechanisms.head'], divisionCode: '23' });
    await expect(admin.caller.mechanisms.requests.intake({ ...applicant(org.id, '2303'), channel: 'in-person', submittedOn: '2026-11-02' }))
      .rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.users.citizen.caller.mechanisms.requests.submit(applicant(org.id, '2303'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.users.nobody.caller.mechanisms.requests.intake({ ...applicant(f.orgs.harbinTransport.id), channel: 'in-person', submittedOn: '2026-11-02' }))
      .rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.platform.anonymous().mechanisms.requests.submit(applicant(f.orgs.harbinTransport.id))).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('keeps each city to its own cases', async () => {
    const r = await f.users.citizen.caller.mechanisms.requests.submit(applicant(f.orgs.harbinTransport.id));
    await expect(f.users.qiqiharHead.caller.mechanisms.requests.get({ id: r.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.users.qiqiharHead.caller.mechanisms.requests.queue({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const q = await f.users.qiqiharHead.caller.mechanisms.requests.queue({ divisionCode: '2302' });
    expect(q.items.find((x) => x.id === r.id)).toBeUndefined();
    const mine = await f.users.officer.caller.mechanisms.requests.queue({ divisionCode: '2301' });
    expect(mine.items.some((x) => x.id === r.id)).toBe(true);
  });
});
