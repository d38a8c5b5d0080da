import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup, type Fixture } from '../../testing/fixtures';

let f: Fixture;
type User = Awaited<ReturnType<Fixture['platform']['createUser']>>;
let transport: User; // owner side: sharing administrator of the transport bureau
let qq: User; // another city's organisation
let vehicles = '';
let stops = '';
let secret = '';

const resource = (over: Record<string, unknown> = {}) => ({
  divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, title: '道路运输车辆动态监控数据', description: '全市营运车辆实时位置与运行状态',
  format: 'interface' as const, shareType: 'conditional' as const, conditions: '仅用于行业监管和应急处置', updateCycle: '实时',
  accessNote: '接口地址 https://jt.harbin.gov.cn/api/vehicles，凭共享编号申请账号', ...over,
});

beforeAll(async () => {
  f = await setup();
  transport = await f.platform.createUser({ roles: ['mechanisms.sharing'], organizationId: f.orgs.harbinTransport.id });
  qq = await f.platform.createUser({ roles: ['mechanisms.sharing'], organizationId: f.orgs.qiqiharOffice.id });
});
afterAll(async () => { await f?.platform.close(); });

describe('information sharing between departments', () => {
  it('lets a department list resources of the three share types', async () => {
    const c = transport.caller.mechanisms.sharing;
    vehicles = (await c.saveResource(resource())).id;
    stops = (await c.saveResource(resource({ title: '公交线路和站点数据', shareType: 'unconditional', conditions: null, format: 'dataset', accessNote: '每日更新的 CSV 文件，见共享平台“交通”目录' }))).id;
    secret = (await c.saveResource(resource({ title: '交通执法案件卷宗', shareType: 'none', conditions: '涉及个人隐私，依据《中华人民共和国个人信息保护法》不予共享', format: 'document' }))).id;
    const audit = await f.platform.db.auditRecord.count({ where: { action: 'mechanisms.sharing.saveResource', targetType: 'mechanisms.shared-resource' } });
    expect(audit).toBe(3);
  });

  it('shows the catalogue to other departments without access details, and shares unconditional resources at once', async () => {
    const finance = f.users.financeLiaison.caller.mechanisms.sharing;
    const list = await finance.catalogue({});
    expect(list.items.map((r) => r.title).sort()).toEqual(['交通执法案件卷宗', '公交线路和站点数据', '道路运输车辆动态监控数据']);
    expect(list.items.every((r) => r.accessNote === null && !r.isOwner)).toBe(true);
    expect((await transport.caller.mechanisms.sharing.catalogue({})).items.every((r) => r.isOwner && r.accessNote)).toBe(true);

    const got = await finance.request({ resourceId: stops, requesterOrganizationId: f.orgs.harbinFinance.id, purpose: '测算公交运营补贴' });
    expect(got).toMatchObject({ status: 'approved', decisionNote: '无条件共享资源，自动同意' });
    expect((await finance.resource({ id: stops })).accessNote).toContain('CSV');
    await expect(finance.request({ resourceId: secret, requesterOrganizationId: f.orgs.harbinFinance.id, purpose: '核查' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });

  it('sends conditional requests, from this city and another, to the owner with a reply deadline in working days', async () => {
    const finance = f.users.financeLiaison.caller.mechanisms.sharing;
    const a = await finance.request({ resourceId: vehicles, requesterOrganizationId: f.orgs.harbinFinance.id, purpose: '核定出租车燃油补贴' });
    // 10 working days from Monday 2 November 2026.
    expect(a).toMatchObject({ status: 'pending', replyDue: '2026-11-16', requesterOrganizationName: '哈尔滨市财政局', ownerOrganizationName: '哈尔滨市交通运输局' });
    await expect(finance.request({ resourceId: vehicles, requesterOrganizationId: f.orgs.harbinFinance.id, purpose: '再次申请' })).rejects.toMatchObject({ code: 'CONFLICT' });
    f.clock.advance(86_400_000);
    const b = await qq.caller.mechanisms.sharing.request({ resourceId: vehicles, requesterOrganizationId: f.orgs.qiqiharOffice.id, purpose: '省际客运联合监管' });
    expect(b).toMatchObject({ status: 'pending', divisionCode: '2301', requesterDivisionCode: '2302', replyDue: '2026-11-17' });
    const notice = await f.platform.db.mechanismsNotice.findFirst({ where: { subjectId: b.id, kind: 'requested' } });
    expect(notice).toMatchObject({ organizationId: f.orgs.harbinTransport.id });

    const queue = await transport.caller.mechanisms.sharing.incoming({ divisionCode: '2301' });
    expect(queue.items.map((q) => q.id)).toEqual([a.id, b.id]);
    // The other city sees its own request only, not the owner's queue.
    await expect(qq.caller.mechanisms.sharing.incoming({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await qq.caller.mechanisms.sharing.outgoing({ divisionCode: '2302' })).items.map((q) => q.id)).toEqual([b.id]);
  });

  it('lets the owner approve and refuse, shows access only under an approval in force, and audits each step', async () => {
    const [a, b] = (await transport.caller.mechanisms.sharing.incoming({ divisionCode: '2301' })).items;
    await expect(qq.caller.mechanisms.sharing.decide({ requestId: b!.id, decision: 'approve' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(transport.caller.mechanisms.sharing.decide({ requestId: b!.id, decision: 'refuse' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('note') });
    const approved = await transport.caller.mechanisms.sharing.decide({ requestId: a!.id, decision: 'approve', note: '同意，限补贴核定使用', validUntil: '2026-12-31' });
    expect(approved).toMatchObject({ status: 'approved', validUntil: '2026-12-31', expired: false });
    await transport.caller.mechanisms.sharing.decide({ requestId: b!.id, decision: 'refuse', note: '请通过省交通运输厅统一申请' });
    expect((await f.users.financeLiaison.caller.mechanisms.sharing.resource({ id: vehicles })).accessNote).toContain('接口地址');
    const qqView = await qq.caller.mechanisms.sharing.resource({ id: vehicles });
    expect(qqView.accessNote).toBeNull();
    expect(qqView.requestIds).toEqual([b!.id]);
    const decidedNotice = await f.platform.db.mechanismsNotice.findFirst({ where: { subjectId: b!.id, kind: 'decided' } });
    expect(decidedNotice?.message).toContain('省交通运输厅');

    // After its validity the approval no longer shows the access details.
    f.clock.set('2027-01-05T02:00:00Z');
    expect((await f.users.financeLiaison.caller.mechanisms.sharing.resource({ id: vehicles })).accessNote).toBeNull();
    expect((await f.users.financeLiaison.caller.mechanisms.sharing.outgoing({ divisionCode: '2301', status: 'approved' })).items.find((q) => q.id === a!.id)?.expired).toBe(true);
    f.clock.set('2026-11-03T02:00:00Z');

    const audit = await f.platform.db.auditRecord.findMany({ where: { targetType: 'mechanisms.share-request' }, orderBy: { seq: 'asc' }, select: { action: true, divisionCode: true } });
    expect(audit.map((x) => x.action)).toEqual(['mechanisms.sharing.request', 'mechanisms.sharing.request', 'mechanisms.sharing.request', 'mechanisms.sharing.decide', 'mechanisms.sharing.decide']);
    expect(audit.every((x) => x.divisionCode === '2301')).toBe(true);
  });

  it('lets the requester withdraw a pending request and the owner revoke with a reason, and withdraws a resource with its approvals', async () => {
    const c = qq.caller.mechanisms.sharing;
    const again = await c.request({ resourceId: vehicles, requesterOrganizationId: f.orgs.qiqiharOffice.id, purpose: '经省厅同意后再次申请' });
    await expect(transport.caller.mechanisms.sharing.withdrawRequest({ requestId: again.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await c.withdrawRequest({ requestId: again.id, note: '改由省厅申请' })).toMatchObject({ status: 'withdrawn' });
    const stopsGrant = (await f.users.financeLiaison.caller.mechanisms.sharing.outgoing({ divisionCode: '2301', status: 'approved' })).items.find((q) => q.resourceId === stops)!;
    await expect(transport.caller.mechanisms.sharing.revoke({ requestId: stopsGrant.id })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('note') });
    expect(await transport.caller.mechanisms.sharing.revoke({ requestId: stopsGrant.id, note: '数据口径调整，请重新申请' })).toMatchObject({ status: 'revoked' });
    await transport.caller.mechanisms.sharing.withdrawResource({ id: vehicles, reason: '系统升级，暂停共享' });
    const finance = await f.users.financeLiaison.caller.mechanisms.sharing.outgoing({ divisionCode: '2301', status: 'all' });
    expect(finance.items.find((q) => q.resourceId === vehicles)?.status).toBe('revoked');
    expect((await f.users.financeLiaison.caller.mechanisms.sharing.catalogue({})).items.some((r) => r.id === vehicles)).toBe(false);
    await expect(f.users.financeLiaison.caller.mechanisms.sharing.resource({ id: vehicles })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('denies callers without the permission and answers NOT_FOUND for disabled divisions', async () => {
    await expect(f.users.nobody.caller.mechanisms.sharing.catalogue({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.users.financeLiaison.caller.mechanisms.sharing.decide({ requestId: 'x', decision: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.users.officer.caller.mechanisms.sharing.saveResource(resource())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A department of the other city cannot list resources for Harbin's organisations.
    await expect(qq.caller.mechanisms.sharing.saveResource(resource())).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await f.platform.setPlugin('2303', 'mechanisms', false);
    const jixi = await f.platform.db.organization.create({ data: { divisionCode: '2303', code: 'JXJT', name: '鸡西市交通运输局' } });
    const jx = await f.platform.createUser({ roles: ['mechanisms.sharing'], organizationId: jixi.id });
    await expect(jx.caller.mechanisms.sharing.saveResource(resource({ divisionCode: '2303', organizationId: jixi.id }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(jx.caller.mechanisms.sharing.catalogue({})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(jx.caller.mechanisms.sharing.request({ resourceId: stops, requesterOrganizationId: jixi.id, purpose: '测试' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Disabling Qiqihar hides its requests' side from its staff; disabling Harbin hides its resources.
    await f.platform.setPlugin('2301', 'mechanisms', false);
    try {
      expect((await qq.caller.mechanisms.sharing.catalogue({})).items).toHaveLength(0);
      await expect(qq.caller.mechanisms.sharing.resource({ id: stops })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await f.platform.setPlugin('2301', 'mechanisms', true);
    }
  });

  it('rejects bad input naming the field and writes nothing', async () => {
    const c = transport.caller.mechanisms.sharing;
    const bad = (field: string) => ({ code: 'BAD_REQUEST', message: expect.stringContaining(field) });
    const before = [await f.platform.db.mechanismsSharedResource.count(), await f.platform.db.mechanismsShareRequest.count()];
    await expect(c.saveResource(resource({ conditions: null }))).rejects.toMatchObject(bad('conditions'));
    await expect(c.saveResource(resource({ title: '' }))).rejects.toMatchObject(bad('title'));
    await expect(c.saveResource(resource({ description: '述'.repeat(10 * 1024 * 1024) }))).rejects.toMatchObject(bad('description'));
    await expect(c.saveResource(resource({ format: 'video' }))).rejects.toMatchObject(bad('format'));
    await expect(c.saveResource(resource({ organizationId: f.orgs.harbinFinance.id }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(c.request({ resourceId: stops, requesterOrganizationId: f.orgs.harbinTransport.id, purpose: '自用' })).rejects.toMatchObject(bad('requesterOrganizationId'));
    await expect(f.users.financeLiaison.caller.mechanisms.sharing.request({ resourceId: stops, requesterOrganizationId: 'no-such-org', purpose: '测试' })).rejects.toMatchObject(bad('requesterOrganizationId'));
    await expect(f.users.financeLiaison.caller.mechanisms.sharing.request({ resourceId: stops, requesterOrganizationId: f.orgs.harbinFinance.id, purpose: '  ' })).rejects.toMatchObject(bad('purpose'));
    const pending = await f.users.financeLiaison.caller.mechanisms.sharing.request({ resourceId: (await c.saveResource(resource({ title: '客运站客流数据' }))).id, requesterOrganizationId: f.orgs.harbinFinance.id, purpose: '客运补贴' });
    await expect(c.decide({ requestId: pending.id, decision: 'approve', validUntil: '2026-01-01' })).rejects.toMatchObject(bad('validUntil'));
    await expect(c.decide({ requestId: pending.id, decision: 'approve', validUntil: '2026-13-01' })).rejects.toMatchObject(bad('validUntil'));
    expect((await f.users.financeLiaison.caller.mechanisms.sharing.outgoing({ divisionCode: '2301' })).items.find((q) => q.id === pending.id)?.status).toBe('pending');
    expect([await f.platform.db.mechanismsSharedResource.count(), await f.platform.db.mechanismsShareRequest.count()]).toEqual([before[0]! + 1, before[1]! + 1]);
  });
});
