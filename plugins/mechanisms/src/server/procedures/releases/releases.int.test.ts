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
    const ok = await c.plan({ ...base, title: '11月经济运行情况', category: 'economic-data', createdOn: '2026-11-02' });
    await expect(c.plan({ ...base, createdOn: '2026-11-03' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('createdOn') });
    await expect(c.plan({ ...base, topicCode: '07', createdOn: '2026-11-02' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('topicCode') });
    at('2026-11-03');
    const res = await sweepDeadlines(f.platform.kernel.pluginContext('mechanisms', f.platform.db) as Ctx);
    expect(res.releasesOverdue).toBe(1);
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
});
