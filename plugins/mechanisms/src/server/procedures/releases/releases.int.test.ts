import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup, type Fixture } from '../../testing/fixtures';
import { sweepDeadlines } from '../../jobs/sweep';
import type { Ctx } from '../../services/context';

let f: Fixture;
beforeAll(async () => { f = await setup('2026-11-02T02:00:00Z'); });
afterAll(async () => { await f?.platform.close(); });
const at = (day: string) => f.clock.set(`${day}T02:00:00Z`);

describe('proactive release', () => {
  it('tracks the Art. 26 deadline, publishes to the catalogue and delivers to the website channel', async () => {
    const press = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '2301' });
    const c = press.caller.mechanisms.releases;
    const base = { divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, category: 'decision' as const, title: '关于冬季道路除雪工作的部署', body: '正文', topicCode: '0707' };
    const late = await c.plan({ ...base, createdOn: '2026-09-24' });
    expect(late.dueDate).toBe('2026-10-29'); // Mid-Autumn and National Day skipped, Sat 10 Oct counted
    // Already late when planned: the check job flagged it at once.
    expect(late.overdue).toBe(true);
    expect(await f.platform.db.mechanismsRelease.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ overdue: true });
    const ok = await c.plan({ ...base, title: '11月经济运行情况', category: 'economic-data', createdOn: '2026-11-02' });
    await expect(c.plan({ ...base, createdOn: '2026-11-03' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('createdOn') });
    await expect(c.plan({ ...base, topicCode: '07', createdOn: '2026-11-02' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('topicCode') });
    at('2026-11-03');
    const res = await sweepDeadlines(f.platform.kernel.pluginContext('mechanisms', f.platform.db) as Ctx);
    expect(res.releasesOverdue).toBe(0); // Not flagged twice.
    expect(await f.platform.db.mechanismsNotice.count({ where: { subjectId: late.id, kind: 'overdue' } })).toBe(1);
    const pub = await c.publish({ releaseId: ok.id });
    expect(pub).toMatchObject({ onTime: true, channels: ['mechanisms.website'] });
    const deliveries = await f.platform.db.mechanismsReleaseDelivery.findMany({ where: { releaseId: ok.id } });
    expect(deliveries).toMatchObject([{ channelId: 'mechanisms.website', status: 'delivered', externalRef: pub.url }]);
    const list = await f.platform.anonymous().mechanisms.releases.published({ divisionCode: '2301' });
    expect(list.map((r) => r.title)).toEqual(['11月经济运行情况']);
    const queue = await c.queue({ divisionCode: '2301' });
    expect(queue[0]).toMatchObject({ id: late.id, overdue: true });
    await expect(f.users.officer.caller.mechanisms.releases.publish({ releaseId: late.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const qPress = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '2302' });
    await expect(qPress.caller.mechanisms.releases.publish({ releaseId: late.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await f.platform.setPlugin('2301', 'mechanisms', false);
    await expect(press.caller.mechanisms.releases.publish({ releaseId: late.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.platform.anonymous().mechanisms.releases.published({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await f.platform.setPlugin('2301', 'mechanisms', true);
  });

  it('keeps a spokesperson register and press-conference records', async () => {
    at('2026-11-03');
    const press = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '2301' });
    const s = await press.caller.mechanisms.releases.addSpokesperson({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, name: '李明', title: '副局长、新闻发言人', appointedOn: '2026-01-05' });
    const reg = await f.platform.anonymous().mechanisms.releases.spokespersons({ divisionCode: '2301' });
    expect(reg).toMatchObject([{ name: '李明', organizationName: '哈尔滨市交通运输局' }]);
    await press.caller.mechanisms.releases.recordConference({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, title: '冬季除雪新闻发布会', heldOn: '2026-11-03', spokespersonIds: [s.id], summary: '介绍除雪安排' });
    await expect(press.caller.mechanisms.releases.recordConference({ divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, title: 'x', heldOn: '2026-11-03', spokespersonIds: ['nope'], summary: '' }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('spokespersonIds') });
  });

  it('reminds before the Art. 26 deadline at each configured threshold, once, then flags it overdue once', async () => {
    const press = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '2301' });
    const c = press.caller.mechanisms.releases;
    const sweep = () => sweepDeadlines(f.platform.kernel.pluginContext('mechanisms', f.platform.db) as Ctx);
    const notices = (id: string) => f.platform.db.mechanismsNotice.findMany({ where: { subjectType: 'release', subjectId: id }, orderBy: { createdAt: 'asc' } });
    const base = { divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, category: 'meeting' as const, body: '正文', topicCode: '0707' };
    at('2026-11-03');
    const a = await c.plan({ ...base, title: '市政府常务会议研究冬季供热保障', createdOn: '2026-11-03' });
    expect(a.dueDate).toBe('2026-12-01');
    expect(await notices(a.id)).toEqual([]);

    // Default thresholds [5, 1]: nothing at six working days left, a reminder at five.
    at('2026-11-23');
    expect((await sweep()).releaseReminders).toBe(0);
    at('2026-11-24');
    expect((await sweep()).releaseReminders).toBe(1);
    expect(await sweep()).toMatchObject({ releaseReminders: 0, releasesOverdue: 0 });
    at('2026-11-27');
    expect((await sweep()).releaseReminders).toBe(0);
    let q = (await c.queue({ divisionCode: '2301' })).find((r) => r.id === a.id);
    expect(q).toMatchObject({ dueDate: '2026-12-01', remindedWithin: 5, overdue: false });
    at('2026-11-30');
    expect((await sweep()).releaseReminders).toBe(1);
    expect((await sweep()).releaseReminders).toBe(0);
    at('2026-12-01');
    expect(await sweep()).toMatchObject({ releaseReminders: 0, releasesOverdue: 0 });
    at('2026-12-02');
    expect((await sweep()).releasesOverdue).toBe(1);
    expect((await sweep()).releasesOverdue).toBe(0);
    expect((await notices(a.id)).map((n) => [n.kind, n.message])).toEqual([
      ['reminder', '主动公开信息“市政府常务会议研究冬季供热保障”距发布期限不超过5个工作日（2026-12-01），请及时发布'],
      ['reminder', '主动公开信息“市政府常务会议研究冬季供热保障”距发布期限不超过1个工作日（2026-12-01），请及时发布'],
      ['overdue', '主动公开信息“市政府常务会议研究冬季供热保障”已超过发布期限（2026-12-01）'],
    ]);
    const events = await f.platform.db.outboxEvent.findMany({ where: { type: 'mechanisms.releases.overdue' } });
    expect(events.filter((e) => (e.payload as { releaseIds: string[] }).releaseIds.includes(a.id))).toHaveLength(1);
    q = (await c.queue({ divisionCode: '2301' })).find((r) => r.id === a.id);
    expect(q).toMatchObject({ overdue: true, remindedWithin: 1 });
    // Staff with notices.read see them in their notices.
    const head = await f.users.head.caller.mechanisms.requests.notices({ divisionCode: '2301', unreadOnly: false, limit: 200 });
    expect(head.filter((n) => n.subjectId === a.id).map((n) => n.kind).sort()).toEqual(['overdue', 'reminder', 'reminder']);
  });

  it('reminds or flags a release at once when it is planned late (check-release job), with the division\'s own thresholds', async () => {
    await f.platform.setPlugin('2302', 'mechanisms', true, { releases: { reminderDays: [3] } });
    const press = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '2302' });
    const c = press.caller.mechanisms.releases;
    const base = { divisionCode: '2302', organizationId: f.orgs.qiqiharOffice.id, category: 'activity' as const, body: '正文', topicCode: '0707' };
    const notices = (id: string) => f.platform.db.mechanismsNotice.findMany({ where: { subjectType: 'release', subjectId: id } });
    at('2026-11-24');
    const soon = await c.plan({ ...base, title: '齐齐哈尔市冬季旅游推介活动', createdOn: '2026-10-29' });
    expect(soon.dueDate).toBe('2026-11-26');
    expect((await notices(soon.id)).map((n) => [n.kind, n.message])).toEqual([['reminder', '主动公开信息“齐齐哈尔市冬季旅游推介活动”距发布期限不超过3个工作日（2026-11-26），请及时发布']]);
    const later = await c.plan({ ...base, title: '齐齐哈尔市11月经济运行数据', category: 'economic-data', createdOn: '2026-11-20' });
    expect(later.dueDate).toBe('2026-12-18');
    expect(await notices(later.id)).toEqual([]);
    const late = await c.plan({ ...base, title: '齐齐哈尔市秋季防火工作部署', category: 'decision', createdOn: '2026-10-20' });
    expect(late.overdue).toBe(true);
    expect((await notices(late.id)).map((n) => n.kind)).toEqual(['overdue']);
    expect(await f.platform.db.mechanismsRelease.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ overdue: true });
    // The periodic sweep raises nothing twice.
    const r = await sweepDeadlines(f.platform.kernel.pluginContext('mechanisms', f.platform.db) as Ctx);
    expect(await notices(soon.id)).toHaveLength(1);
    expect(await notices(late.id)).toHaveLength(1);
    expect(r.releasesOverdue).toBe(0);
    // Published releases get no more reminders; the list is in deadline order, overdue first.
    const queue = await c.queue({ divisionCode: '2302' });
    expect(queue.map((x) => x.id)).toEqual([late.id, soon.id, later.id]);
    expect(queue.map((x) => [x.overdue, x.remindedWithin])).toEqual([[true, null], [false, 3], [false, null]]);
    await c.publish({ releaseId: soon.id });
    at('2026-12-14'); // Four working days left: 2302 reminds at three only.
    await sweepDeadlines(f.platform.kernel.pluginContext('mechanisms', f.platform.db) as Ctx);
    expect(await notices(later.id)).toEqual([]);
    at('2026-12-15');
    await sweepDeadlines(f.platform.kernel.pluginContext('mechanisms', f.platform.db) as Ctx);
    expect(await notices(soon.id)).toHaveLength(1);
    expect((await notices(later.id)).map((n) => n.kind)).toEqual(['reminder']);
  });
});
