import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup, type Fixture } from '../../testing/fixtures';

let f: Fixture;
beforeAll(async () => { f = await setup('2026-11-03T02:00:00Z'); });
afterAll(async () => { await f?.platform.close(); });

const bad = (field: string) => ({ code: 'BAD_REQUEST', message: expect.stringContaining(field) });

async function world() {
  const press = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '2301' });
  const pingfangPress = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '230108' });
  const financePress = await f.platform.createUser({ roles: ['mechanisms.press'], organizationId: f.orgs.harbinFinance.id });
  const qiqiharPress = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '2302' });
  const r = press.caller.mechanisms.releases;
  const li = await r.addSpokesperson({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, name: '李明', title: '副局长、新闻发言人', phone: '0451-86661234', appointedOn: '2026-01-05' });
  const wang = await pingfangPress.caller.mechanisms.releases.addSpokesperson({ divisionCode: '230108', organizationId: f.orgs.pingfang.id, name: '王芳', title: '区政府办公室副主任', phone: '0451-86509999', appointedOn: '2026-03-01' });
  const zhao = await qiqiharPress.caller.mechanisms.releases.addSpokesperson({ divisionCode: '2302', organizationId: f.orgs.qiqiharOffice.id, name: '赵强', title: '市政府新闻发言人', appointedOn: '2026-02-01' });
  const release = await r.plan({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, category: 'decision', title: '冬季道路除雪工作方案', body: '正文', topicCode: '0707', createdOn: '2026-11-02' });
  await r.publish({ releaseId: release.id });
  const planned = await r.plan({ divisionCode: '230108', organizationId: f.orgs.pingfang.id, category: 'meeting', title: '平房区安全生产工作会议', body: '正文', topicCode: '0707', createdOn: '2026-11-02' });
  const qiqiharRelease = await qiqiharPress.caller.mechanisms.releases.plan({ divisionCode: '2302', organizationId: f.orgs.qiqiharOffice.id, category: 'activity', title: '冰雪节', body: '正文', topicCode: '0707', createdOn: '2026-11-02' });

  const conf = (title: string, heldOn: string, extra: Record<string, unknown> = {}) => ({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, title, heldOn, spokespersonIds: [li.id], summary: `${title}摘要`, ...extra });
  const c1 = await r.recordConference({ ...conf('冬季除雪新闻发布会', '2026-10-10'), releaseId: release.id, publish: true });
  const c2 = await financePress.caller.mechanisms.releases.recordConference(conf('财政预算执行情况发布会', '2026-10-20', { organizationId: f.orgs.harbinFinance.id }));
  const c3 = await r.recordConference({ divisionCode: '230108', organizationId: f.orgs.pingfang.id, title: '平房区安全生产发布会', heldOn: '2026-11-02', spokespersonIds: [wang.id, li.id], summary: '通报事故处置情况', releaseId: planned.id, publish: true });
  const c4 = await qiqiharPress.caller.mechanisms.releases.recordConference({ divisionCode: '2302', organizationId: f.orgs.qiqiharOffice.id, title: '齐齐哈尔冰雪节发布会', heldOn: '2026-11-01', spokespersonIds: [zhao.id], summary: '', publish: true });
  return { press, pingfangPress, financePress, qiqiharPress, li, wang, zhao, release, planned, qiqiharRelease, c1, c2, c3, c4, conf };
}
let w: Awaited<ReturnType<typeof world>>;

describe('press conferences', () => {
  beforeAll(async () => { w = await world(); });

  it('lists a division subtree newest first, with date range, spokesperson and publication filters, in pages', async () => {
    const list = w.press.caller.mechanisms.releases.conferences;
    const ids = (r: { items: { id: string }[] }) => r.items.map((x) => x.id);
    const all = await list({ divisionCode: '2301' });
    expect(ids(all)).toEqual([w.c3.id, w.c2.id, w.c1.id]);
    expect(all.total).toBe(3);
    expect(all.items[0]).toMatchObject({
      title: '平房区安全生产发布会', heldOn: '2026-11-02', divisionCode: '230108', organizationName: '平房区人民政府办公室', published: true,
      spokespersons: [{ id: w.wang.id, name: '王芳', title: '区政府办公室副主任' }, { id: w.li.id, name: '李明', title: '副局长、新闻发言人' }],
      release: { id: w.planned.id, title: '平房区安全生产工作会议', status: 'planned' },
    });
    expect(all.items[1]).toMatchObject({ organizationName: '哈尔滨市财政局', published: false, publishedAt: null, release: null });

    expect(ids(await list({ divisionCode: '2301', from: '2026-10-15', to: '2026-10-31' }))).toEqual([w.c2.id]);
    expect(ids(await list({ divisionCode: '2301', from: '2026-10-20' }))).toEqual([w.c3.id, w.c2.id]);
    expect(ids(await list({ divisionCode: '2301', to: '2026-10-10' }))).toEqual([w.c1.id]);
    expect(ids(await list({ divisionCode: '2301', spokespersonId: w.wang.id }))).toEqual([w.c3.id]);
    expect(ids(await list({ divisionCode: '2301', spokespersonId: w.li.id }))).toEqual([w.c3.id, w.c2.id, w.c1.id]);
    expect(ids(await list({ divisionCode: '230108' }))).toEqual([w.c3.id]);
    expect(ids(await list({ divisionCode: '2301', published: false }))).toEqual([w.c2.id]);

    const page1 = await list({ divisionCode: '2301', limit: 2 });
    expect(page1).toMatchObject({ total: 3, nextCursor: 2 });
    expect(ids(page1)).toEqual([w.c3.id, w.c2.id]);
    const page2 = await list({ divisionCode: '2301', limit: 2, cursor: 2 });
    expect(page2).toMatchObject({ total: 3, nextCursor: null });
    expect(ids(page2)).toEqual([w.c1.id]);
  });

  it('keeps divisions and organisations apart and requires press.manage', async () => {
    const ids = (r: { items: { id: string }[] }) => r.items.map((x) => x.id);
    // Another city, and a county asking for its city, get NOT_FOUND; each sees its own subtree.
    await expect(w.qiqiharPress.caller.mechanisms.releases.conferences({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(ids(await w.qiqiharPress.caller.mechanisms.releases.conferences({ divisionCode: '2302' }))).toEqual([w.c4.id]);
    await expect(w.pingfangPress.caller.mechanisms.releases.conferences({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(ids(await w.pingfangPress.caller.mechanisms.releases.conferences({ divisionCode: '230108' }))).toEqual([w.c3.id]);
    // A grant at one organisation sees that organisation's conferences only.
    expect(ids(await w.financePress.caller.mechanisms.releases.conferences({ divisionCode: '2301' }))).toEqual([w.c2.id]);
    // Without the permission: refused.
    await expect(f.users.officer.caller.mechanisms.releases.conferences({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.users.citizen.caller.mechanisms.releases.conferences({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.platform.anonymous().mechanisms.releases.conferences({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(w.qiqiharPress.caller.mechanisms.releases.publishConference({ conferenceId: w.c2.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.users.officer.caller.mechanisms.releases.publishConference({ conferenceId: w.c2.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Bad input names the field.
    const list = w.press.caller.mechanisms.releases.conferences;
    await expect(list({ divisionCode: '2301', from: '2026-11-01', to: '2026-10-01' })).rejects.toMatchObject(bad('to'));
    await expect(list({ divisionCode: '2301', from: '2026-02-30' })).rejects.toMatchObject(bad('from'));
    await expect(list({ divisionCode: '2301', spokespersonId: 'x y' })).rejects.toMatchObject(bad('spokespersonId'));
    await expect(list({ divisionCode: '2301', limit: 1000 })).rejects.toMatchObject(bad('limit'));
    // A release of another division cannot be linked.
    await expect(w.press.caller.mechanisms.releases.recordConference({ ...w.conf('错误关联', '2026-11-02'), releaseId: w.qiqiharRelease.id })).rejects.toMatchObject(bad('releaseId'));
    expect((await list({ divisionCode: '2301' })).total).toBe(3);
    // Disabled division: NOT_FOUND for staff and public alike.
    await f.platform.setPlugin('2301', 'mechanisms', false);
    await expect(list({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.platform.anonymous().mechanisms.releases.publishedConferences({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await f.platform.setPlugin('2301', 'mechanisms', true);
  });

  it('shows only published conferences to the public, with the spokespersons\' names and titles and no contact details', async () => {
    const pub = f.platform.anonymous().mechanisms.releases.publishedConferences;
    let open = await pub({ divisionCode: '2301' });
    expect(open.items.map((x) => x.id)).toEqual([w.c3.id, w.c1.id]);
    expect(open.items[1]).toEqual({
      id: w.c1.id, title: '冬季除雪新闻发布会', heldOn: '2026-10-10', divisionCode: '2301', organizationName: '哈尔滨市交通运输局', summary: '冬季除雪新闻发布会摘要',
      spokespersons: [{ name: '李明', title: '副局长、新闻发言人' }], release: { title: '冬季道路除雪工作方案', url: expect.stringMatching(/^http/) },
    });
    // A linked release not yet published is not linked.
    expect(open.items[0]!.release).toBeNull();
    expect(JSON.stringify(open)).not.toMatch(/0451|phone|spokespersonIds|organizationId/);

    await w.press.caller.mechanisms.releases.publishConference({ conferenceId: w.c2.id });
    await expect(w.press.caller.mechanisms.releases.publishConference({ conferenceId: w.c2.id })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    open = await pub({ divisionCode: '2301' });
    expect(open).toMatchObject({ total: 3 });
    expect((await pub({ divisionCode: '2301', from: '2026-10-15', to: '2026-10-31' })).items.map((x) => x.title)).toEqual(['财政预算执行情况发布会']);
    expect((await pub({ divisionCode: '2301', limit: 1, cursor: 1 })).items.map((x) => x.id)).toEqual([w.c2.id]);
    expect((await pub({ divisionCode: '2302' })).items.map((x) => x.id)).toEqual([w.c4.id]);
    await expect(pub({ divisionCode: '2301', from: '2026-11-01', to: '2026-10-01' })).rejects.toMatchObject(bad('to'));
    const audit = await f.platform.db.auditRecord.findFirst({ where: { action: 'mechanisms.releases.publishConference', targetId: w.c2.id } });
    expect(audit).toMatchObject({ targetType: 'mechanisms.press-conference', outcome: 'ok', divisionCode: '2301' });
  });
});
