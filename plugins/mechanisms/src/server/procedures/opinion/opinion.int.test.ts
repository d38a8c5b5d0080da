import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setup, type Fixture } from '../../testing/fixtures';

let f: Fixture;
let server: Server;
let base = '';
const feeds: Record<string, { type: string; body: string }> = {};

const H = 3_600_000;
const rss = (items: { guid: string; title: string; description: string; pubDate: string }[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>东北网·民生</title><link>http://127.0.0.1/</link><description>民生新闻</description>
${items.map((i) => `<item><guid>${i.guid}</guid><title>${i.title}</title><link>http://127.0.0.1/news/${i.guid}</link><description><![CDATA[<p>${i.description}</p>]]></description><pubDate>${i.pubDate}</pubDate></item>`).join('\n')}
</channel></rss>`;
const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>哈尔滨论坛</title><id>urn:forum</id><updated>2026-11-02T01:00:00Z</updated>
<entry><id>urn:forum:1</id><title>冰雪大世界开园，游客点赞服务周到</title><updated>2026-11-02T01:00:00Z</updated><author><name>冰城小李</name></author>
<content type="html">&lt;p&gt;今年冰雪大世界提前开园，排队秩序井然，游客纷纷点赞。&lt;/p&gt;</content></entry>
</feed>`;

const heating = (n: number) => ({
  externalId: `hotline-${n}`,
  title: `道里区群力新区${n}号小区供暖不热，居民投诉供热公司推诿`,
  content: `市民反映道里区群力新区${n}号小区室温只有${12 + (n % 4)}度，多次拨打供热公司电话无人处理，居民对供暖问题很不满意。`,
  reposts: 200, comments: 150, likes: 150,
});

async function runJob(name: string, data: Record<string, unknown> = {}) {
  return f.platform.kernel.runJob(`mechanisms.${name}`, data, `test-${name}-${Date.now()}`);
}

beforeAll(async () => {
  // The feeds are served on loopback, which the fetcher refuses unless the server allows it.
  vi.stubEnv('GONGKAI_FEED_ALLOW_PRIVATE', '1');
  f = await setup();
  server = createServer((req, res) => {
    const feed = feeds[req.url ?? ''];
    if (!feed) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': feed.type }).end(feed.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((r) => server?.close(r));
  await f?.platform.close();
});

async function users() {
  const analyst = await f.platform.createUser({ roles: ['mechanisms.analyst'], divisionCode: '2301' });
  const transportResponder = await f.platform.createUser({ roles: ['mechanisms.responder'], organizationId: f.orgs.harbinTransport.id });
  const pingfangResponder = await f.platform.createUser({ roles: ['mechanisms.responder'], organizationId: f.orgs.pingfang.id });
  const system = await f.platform.createUser({ roles: ['mechanisms.ingest-system'], divisionCode: '2301' });
  const { token } = await f.platform.kernel.identity.createApiToken(f.platform.db, system.user.id, '12345热线对接', null);
  const principal = (await f.platform.kernel.identity.apiToken(f.platform.db, token))!;
  return { analyst, transportResponder, pingfangResponder, hotline: f.platform.as(principal) };
}
let u: Awaited<ReturnType<typeof users>>;

describe('opinion monitoring', () => {
  beforeAll(async () => { u = await users(); });

  it('scores a manually entered item and clusters related items into one topic', async () => {
    const c = u.analyst.caller.mechanisms.opinion;
    const a = await c.addItem({ divisionCode: '2301', title: '南岗区学府路道路塌陷无人管', content: '学府路一处路面塌陷已有三天，存在严重安全隐患，市民呼吁尽快修复。', reposts: 3 });
    expect(a.sentimentLabel).toBe('negative');
    expect(a.keywords).toEqual(expect.arrayContaining(['塌陷', '学府路']));
    expect(a.sourceName).toBe('人工录入');
    expect(a.heat).toBeGreaterThan(0);
    const b = await c.addItem({ divisionCode: '2301', title: '学府路路面塌陷仍未修复', content: '南岗区学府路塌陷路段仍在围挡，市民担心安全隐患。' });
    expect(b.topicId).toBe(a.topicId);
    const other = await c.addItem({ divisionCode: '2301', title: '哈尔滨市图书馆延长开放时间获读者好评', content: '市图书馆冬季延长开放时间，读者纷纷点赞。' });
    expect(other.topicId).not.toBe(a.topicId);
    expect(other.sentimentLabel).toBe('positive');
    const topic = await c.topic({ id: a.topicId! });
    expect(topic.itemCount).toBe(2);
    expect(topic.items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    const audit = await f.platform.db.auditRecord.findFirst({ where: { action: 'mechanisms.opinion.addItem', targetId: a.id } });
    expect(audit).toMatchObject({ targetType: 'mechanisms.opinion-item', outcome: 'ok', divisionCode: '2301' });
  });

  it('fetches RSS and Atom feeds served on loopback, once per item, and records feed errors', async () => {
    feeds['/rss.xml'] = { type: 'application/rss+xml; charset=utf-8', body: rss([
      { guid: 'n1', title: '平房区一化工厂发生爆炸 已造成3人受伤', description: '事故现场浓烟滚滚，消防救援人员正在处置。', pubDate: 'Mon, 02 Nov 2026 00:30:00 GMT' },
      { guid: 'n2', title: '平房区化工厂爆炸事故伤者已送医救治', description: '平房区化工厂爆炸事故3名受伤人员已送医。', pubDate: 'Mon, 02 Nov 2026 01:10:00 GMT' },
    ]) };
    feeds['/atom.xml'] = { type: 'application/atom+xml', body: atom };
    feeds['/page.html'] = { type: 'text/html', body: '<html><body>不是订阅</body></html>' };
    const c = u.analyst.caller.mechanisms.opinion;
    const news = await c.saveSource({ divisionCode: '2301', kind: 'feed', name: '东北网', url: `${base}/rss.xml`, weight: 2 });
    const forum = await c.saveSource({ divisionCode: '2301', kind: 'feed', name: '哈尔滨论坛', url: `${base}/atom.xml`, weight: 0.5 });
    const broken = await c.saveSource({ divisionCode: '2301', kind: 'feed', name: '错误地址', url: `${base}/page.html` });

    await c.fetchSource({ sourceId: news.id });
    const list = await c.items({ divisionCode: '2301', q: '化工厂' });
    expect(list.total).toBe(2);
    expect(list.items[0]).toMatchObject({ sourceName: '东北网', sentimentLabel: 'negative', url: `http://127.0.0.1/news/n2` });
    expect(list.items[0]!.topicId).toBe(list.items[1]!.topicId);
    expect(list.items[1]!.publishedAt.toISOString()).toBe('2026-11-02T00:30:00.000Z');

    // The periodic job fetches the sources that are due: the forum and the broken one.
    const r = await runJob('opinion-fetch-feeds') as { sources: number; created: number; failed: number };
    expect(r).toMatchObject({ sources: 2, created: 1, failed: 1 });
    const forumItem = (await c.items({ divisionCode: '2301', q: '冰雪大世界' })).items[0]!;
    expect(forumItem).toMatchObject({ author: '冰城小李', sentimentLabel: 'positive', sourceName: '哈尔滨论坛' });
    expect(forumItem.content).toBe('今年冰雪大世界提前开园，排队秩序井然，游客纷纷点赞。');
    const srcs = await c.sources({ divisionCode: '2301' });
    expect(srcs.find((s) => s.id === broken.id)).toMatchObject({ lastStatus: 'error', lastError: expect.stringContaining('不是有效的 RSS/Atom 订阅') });
    expect(srcs.find((s) => s.id === forum.id)).toMatchObject({ lastStatus: 'ok', lastItemCount: 1 });

    // Nothing is due again until the interval passes; a forced fetch finds only duplicates.
    expect(await runJob('opinion-fetch-feeds')).toMatchObject({ sources: 0 });
    await c.fetchSource({ sourceId: news.id });
    expect((await c.items({ divisionCode: '2301', q: '化工厂' })).total).toBe(2);
  });

  it('refuses feeds on internal addresses unless the server allows them (SSRF)', async () => {
    feeds['/internal.xml'] = { type: 'application/rss+xml', body: rss([{ guid: 'i1', title: '内网测试订阅条目', description: '不应被抓取', pubDate: 'Mon, 02 Nov 2026 00:30:00 GMT' }]) };
    const c = u.analyst.caller.mechanisms.opinion;
    const before = await f.platform.db.mechanismsOpinionSource.count();
    const source = await c.saveSource({ divisionCode: '2301', kind: 'feed', name: '内网订阅', url: `${base}/internal.xml` });
    try {
      vi.stubEnv('GONGKAI_FEED_ALLOW_PRIVATE', '');
      // Known from the URL alone: refused when saved.
      for (const url of [`${base}/x.xml`, 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:10.0.0.1]/rss', 'http://localhost:8080/rss', 'http://100.100.100.200/']) {
        await expect(c.saveSource({ divisionCode: '2301', kind: 'feed', name: '内网', url })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('url') });
      }
      expect(await f.platform.db.mechanismsOpinionSource.count()).toBe(before + 1);
      // A source saved while it was allowed is refused at fetch time, nothing ingested, the error kept.
      await c.fetchSource({ sourceId: source.id });
      const s = (await c.sources({ divisionCode: '2301' })).find((x) => x.id === source.id);
      expect(s).toMatchObject({ lastStatus: 'error', lastError: expect.stringContaining('订阅地址不允许：127.0.0.1 指向内部或保留地址 127.0.0.1（loopback）') });
      expect((await c.items({ divisionCode: '2301', q: '内网测试订阅条目' })).total).toBe(0);
      // An allow-list naming the host lets it through.
      vi.stubEnv('GONGKAI_FEED_ALLOW_HOSTS', '127.0.0.1');
      await c.fetchSource({ sourceId: source.id });
      expect((await c.items({ divisionCode: '2301', q: '内网测试订阅条目' })).total).toBe(1);
    } finally {
      vi.stubEnv('GONGKAI_FEED_ALLOW_HOSTS', '');
      vi.stubEnv('GONGKAI_FEED_ALLOW_PRIVATE', '1');
      await c.saveSource({ divisionCode: '2301', id: source.id, kind: 'feed', name: '内网订阅', url: `${base}/internal.xml`, active: false });
    }
  });

  it('takes items from another system with an API token, raises a red warning with 5 h / 24 h tasks, and tracks answers on time and late', async () => {
    const c = u.analyst.caller.mechanisms.opinion;
    const api = await c.saveSource({ divisionCode: '2301', kind: 'api', name: '12345 政务服务便民热线', weight: 3 });
    const first = await u.hotline.mechanisms.opinion.ingest({ divisionCode: '2301', sourceId: api.id, items: [heating(1), heating(2)].map((i) => ({ ...i, reposts: 2, comments: 2, likes: 1 })) });
    expect(first).toMatchObject({ received: 2, created: 2, duplicates: 0 });
    expect(first.topicIds).toHaveLength(1);
    const topicId = first.topicIds[0]!;
    expect((await c.topic({ id: topicId })).warnings).toHaveLength(0);
    await c.updateTopic({ id: topicId, organizationIds: [f.orgs.harbinTransport.id, f.orgs.pingfang.id] });

    const raisedAt = f.clock.now();
    const second = await u.hotline.mechanisms.opinion.ingest({ divisionCode: '2301', sourceId: api.id, items: [heating(2), ...Array.from({ length: 18 }, (_, i) => heating(i + 3))] });
    expect(second).toMatchObject({ received: 19, created: 18, duplicates: 1, topicIds: [topicId] });
    const topic = await c.topic({ id: topicId });
    expect(topic.itemCount).toBe(20);
    expect(topic.heat).toBeGreaterThanOrEqual(11);
    expect(topic.level).toBe('red');
    expect(topic.warnings).toHaveLength(1);
    const w = topic.warnings[0]!;
    expect(w).toMatchObject({ level: 'red', origin: 'auto', majorEmergency: true, status: 'open' });
    const due = (h: number) => new Date(raisedAt.getTime() + h * H);
    expect(w.tasks.map((t) => [t.organizationName, t.kind, t.dueAt])).toEqual([
      ['哈尔滨市交通运输局', 'authoritative-info', due(5)],
      ['平房区人民政府办公室', 'authoritative-info', due(5)],
      ['哈尔滨市交通运输局', 'press-conference', due(24)],
    ]);
    const event = await f.platform.db.outboxEvent.findFirst({ where: { type: 'mechanisms.opinion.warning-raised' } });
    expect(event?.payload).toMatchObject({ warningId: w.id, level: 'red' });

    // The transport bureau answers in 3 hours; its queue shows only its own tasks by deadline.
    f.clock.advance(3 * H);
    const mine = await u.transportResponder.caller.mechanisms.opinion.tasks({ divisionCode: '2301' });
    expect(mine.items.map((t) => t.kind)).toEqual(['authoritative-info', 'press-conference']);
    const infoTask = mine.items[0]!;
    expect(await u.transportResponder.caller.mechanisms.opinion.answerTask({ taskId: infoTask.id, note: '已在市政府网站发布供暖情况通报', url: 'https://www.harbin.gov.cn/notice/1' })).toMatchObject({ status: 'answered', onTime: true });

    // Six hours in, the sweep flags the county office's task as overdue and tells it.
    f.clock.advance(3 * H);
    const sweep = await runJob('opinion-sweep') as { overdueTasks: number };
    expect(sweep.overdueTasks).toBe(1);
    const pf = (await u.pingfangResponder.caller.mechanisms.opinion.tasks({ divisionCode: '230108' })).items;
    expect(pf).toHaveLength(1);
    expect(pf[0]).toMatchObject({ overdue: true, topicTitle: topic.title, level: 'red' });
    const notice = await f.platform.db.mechanismsNotice.findFirst({ where: { subjectId: pf[0]!.id, kind: 'overdue' } });
    expect(notice?.organizationId).toBe(f.orgs.pingfang.id);
    await expect(u.transportResponder.caller.mechanisms.opinion.answerTask({ taskId: pf[0]!.id, note: '越权回应' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await u.pingfangResponder.caller.mechanisms.opinion.answerTask({ taskId: pf[0]!.id, note: '已发布情况说明' })).toMatchObject({ onTime: false });

    // The press conference within 24 hours settles the warning: responded, but not on time overall.
    f.clock.advance(14 * H);
    await u.transportResponder.caller.mechanisms.opinion.answerTask({ taskId: mine.items[1]!.id, note: '市政府新闻办举行供暖保障新闻发布会' });
    const settled = (await c.topic({ id: topicId })).warnings[0]!;
    expect(settled).toMatchObject({ status: 'responded', onTime: false });
    expect(settled.tasks.map((t) => t.onTime)).toEqual([true, false, true]);

    const period = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-30T00:00:00Z') };
    const [m] = await f.platform.kernel.metrics.compute(f.platform.db, '2301', period, ['mechanisms.opinion-warnings-on-time']);
    expect(m?.value).toBe(0);
  });

  it('lets staff raise a warning by hand, assign organisations later, and lists warnings and tasks by deadline', async () => {
    const c = u.analyst.caller.mechanisms.opinion;
    const item = await c.addItem({ divisionCode: '2301', title: '市民质疑公交线路调整未征求意见', content: '多条公交线路调整，市民质疑调整方案不透明。' });
    const w = await c.raiseWarning({ topicId: item.topicId!, level: 'yellow', note: '关注公交线路调整的讨论' });
    expect(w.majorEmergency).toBe(false);
    const unassigned = await f.platform.db.mechanismsNotice.findFirst({ where: { subjectId: w.id } });
    expect(unassigned?.message).toContain('尚未指定责任单位');
    let dash = await c.dashboard({ divisionCode: '2301' });
    expect(dash.warnings[0]).toMatchObject({ id: w.id, tasks: [] });
    const raisedAt = f.clock.now();
    f.clock.advance(2 * H);
    const assigned = await c.assignWarning({ warningId: w.id, organizationIds: [f.orgs.harbinTransport.id] });
    // 48 hours from when the warning was raised, not from the assignment.
    expect(assigned.created).toMatchObject([{ kind: 'response', dueAt: new Date(raisedAt.getTime() + 48 * H) }]);
    await expect(c.raiseWarning({ topicId: item.topicId!, level: 'blue' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    dash = await c.dashboard({ divisionCode: '2301' });
    const dues = dash.tasks.map((t) => t.dueAt.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(dash.tasks.some((t) => t.warningId === w.id)).toBe(true);
    await u.transportResponder.caller.mechanisms.opinion.answerTask({ taskId: assigned.created[0]!.id, note: '已在政务微博说明线路调整依据' });
    const period = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-30T00:00:00Z') };
    const [m] = await f.platform.kernel.metrics.compute(f.platform.db, '2301', period, ['mechanisms.opinion-warnings-on-time']);
    expect(m?.value).toBe(50);
    await c.closeWarning({ warningId: w.id, note: '讨论已平息' });
    expect((await c.dashboard({ divisionCode: '2301' })).warnings.some((x) => x.id === w.id)).toBe(false);
  });

  it('generates weekly and per-topic monitoring reports as printable HTML', async () => {
    const c = u.analyst.caller.mechanisms.opinion;
    const weekly = await c.weeklyReport({ divisionCode: '2301', weekOf: '2026-11-04' });
    expect(weekly.title).toBe('哈尔滨市舆情监测周报（2026-11-02至2026-11-08）');
    expect(weekly.fileName).toMatch(/\.html$/);
    expect(weekly.html).toMatch(/^<!doctype html>/);
    expect(weekly.html).toContain('供暖不热');
    expect(weekly.html).toContain('一级（红色）');
    expect(weekly.html).toContain('逾期回应');
    const topics = await c.topics({ divisionCode: '2301' });
    const hottest = topics.items[0]!;
    expect(hottest.level).toBe('red');
    const report = await c.topicReport({ id: hottest.id });
    expect(report.html).toContain('哈尔滨市交通运输局');
    expect(report.html).toContain('2026-11-02');
    expect(report.html).not.toContain('<script');
  });

  it('denies callers without the permission and keeps cities apart', async () => {
    const topicId = (await u.analyst.caller.mechanisms.opinion.topics({ divisionCode: '2301' })).items[0]!.id;
    await expect(f.users.nobody.caller.mechanisms.opinion.topics({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(u.transportResponder.caller.mechanisms.opinion.addItem({ divisionCode: '2301', title: '测试' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(u.hotline.mechanisms.opinion.topics({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.platform.anonymous().mechanisms.opinion.ingest({ divisionCode: '2301', sourceId: 'x', items: [heating(1)] })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // 齐齐哈尔 sees nothing of 哈尔滨.
    await expect(f.users.qiqiharHead.caller.mechanisms.opinion.topic({ id: topicId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.users.qiqiharHead.caller.mechanisms.opinion.topics({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.users.qiqiharHead.caller.mechanisms.opinion.topicReport({ id: topicId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await f.users.qiqiharHead.caller.mechanisms.opinion.topics({ divisionCode: '2302' })).total).toBe(0);
    const qqAnalyst = await f.platform.createUser({ roles: ['mechanisms.analyst'], divisionCode: '2302' });
    await expect(qqAnalyst.caller.mechanisms.opinion.updateTopic({ id: topicId, title: '改名' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const harbinSource = (await u.analyst.caller.mechanisms.opinion.sources({ divisionCode: '2301' }))[0]!;
    await expect(qqAnalyst.caller.mechanisms.opinion.addItem({ divisionCode: '2302', sourceId: harbinSource.id, title: '借用来源' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // The responsible organisation's staff see only topics that name their organisation.
    const orgDash = await u.transportResponder.caller.mechanisms.opinion.dashboard({ divisionCode: '2301' });
    expect(orgDash.topics.length).toBeGreaterThan(0);
    expect(orgDash.topics.every((t) => t.organizationIds.includes(f.orgs.harbinTransport.id))).toBe(true);
    expect((await u.analyst.caller.mechanisms.opinion.dashboard({ divisionCode: '2301' })).topics.length).toBeGreaterThan(orgDash.topics.length);
    const pfTopics = await u.pingfangResponder.caller.mechanisms.opinion.tasks({ divisionCode: '230108', status: 'all' });
    expect(pfTopics.items.every((t) => t.organizationId === f.orgs.pingfang.id)).toBe(true);
  });

  it('answers NOT_FOUND where the plugin is disabled', async () => {
    await f.platform.setPlugin('2303', 'mechanisms', false);
    const admin = await f.platform.createUser({ roles: ['mechanisms.analyst'], divisionCode: '23' });
    await expect(admin.caller.mechanisms.opinion.addItem({ divisionCode: '2303', title: '鸡西市某小区停水' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(admin.caller.mechanisms.opinion.dashboard({ divisionCode: '2303' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Disabling a city hides its existing topics too.
    const topicId = (await u.analyst.caller.mechanisms.opinion.topics({ divisionCode: '2301' })).items[0]!.id;
    await f.platform.setPlugin('2301', 'mechanisms', false);
    try {
      await expect(admin.caller.mechanisms.opinion.topic({ id: topicId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await f.platform.setPlugin('2301', 'mechanisms', true);
    }
  });

  it('rejects bad input naming the field and writes nothing', async () => {
    const c = u.analyst.caller.mechanisms.opinion;
    const items = await f.platform.db.mechanismsOpinionItem.count();
    const sourcesBefore = await f.platform.db.mechanismsOpinionSource.count();
    const bad = (field: string) => ({ code: 'BAD_REQUEST', message: expect.stringContaining(field) });
    await expect(c.addItem({ divisionCode: '2301', title: '  ' })).rejects.toMatchObject(bad('title'));
    await expect(c.addItem({ divisionCode: '2301', title: '标题', content: '字'.repeat(10 * 1024 * 1024) })).rejects.toMatchObject(bad('content'));
    await expect(c.addItem({ divisionCode: '2301', title: '标题', publishedAt: new Date(f.clock.now().getTime() + 24 * H) })).rejects.toMatchObject(bad('publishedAt'));
    await expect(c.addItem({ divisionCode: '2301', title: '标题', reposts: -1 })).rejects.toMatchObject(bad('reposts'));
    await expect(c.addItem({ divisionCode: '2301', title: '标题', url: 'javascript:alert(1)' })).rejects.toMatchObject(bad('url'));
    await expect(c.saveSource({ divisionCode: '2301', kind: 'feed', name: '无地址' })).rejects.toMatchObject(bad('url'));
    await expect(c.saveSource({ divisionCode: '2301', kind: 'api', name: '权重过大', weight: 50 })).rejects.toMatchObject(bad('weight'));
    const feed = (await c.sources({ divisionCode: '2301' })).find((s) => s.kind === 'feed')!;
    await expect(u.hotline.mechanisms.opinion.ingest({ divisionCode: '2301', sourceId: feed.id, items: [heating(99)] })).rejects.toMatchObject(bad('sourceId'));
    const api = (await c.sources({ divisionCode: '2301' })).find((s) => s.kind === 'api')!;
    await expect(u.hotline.mechanisms.opinion.ingest({ divisionCode: '2301', sourceId: api.id, items: [heating(100), { ...heating(101), publishedAt: '2099-01-01T00:00:00+08:00' }] }))
      .rejects.toMatchObject(bad('items.1.publishedAt'));
    await expect(u.hotline.mechanisms.opinion.ingest({ divisionCode: '2301', sourceId: api.id, items: [] })).rejects.toMatchObject(bad('items'));
    const topicId = (await c.topics({ divisionCode: '2301' })).items[0]!.id;
    await expect(c.updateTopic({ id: topicId, organizationIds: [f.orgs.qiqiharOffice.id] })).rejects.toMatchObject(bad('organizationIds'));
    await expect(c.raiseWarning({ topicId, level: 'purple' as 'red' })).rejects.toMatchObject(bad('level'));
    await expect(c.weeklyReport({ divisionCode: '2301', weekOf: '2026-02-30' })).rejects.toMatchObject(bad('weekOf'));
    expect(await f.platform.db.mechanismsOpinionItem.count()).toBe(items);
    expect(await f.platform.db.mechanismsOpinionSource.count()).toBe(sourcesBefore);
  });
});
