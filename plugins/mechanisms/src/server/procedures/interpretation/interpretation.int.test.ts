import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup, type Fixture } from '../../testing/fixtures';

let f: Fixture;
const D = 86_400_000;
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function policy(title: string, organizationId: string, divisionCode = '2301', publish = true) {
  const k = f.platform.kernel.catalogue;
  const draft = await k.createDraft(f.platform.db, { divisionCode, organizationId, itemType: 'kernel.document', title, generatedOn: '2026-11-01', topicCode: '0201', docNo: '哈政规〔2026〕5号' });
  if (publish) await k.publish(f.platform.db, draft.id);
  return draft.id;
}

let press: Awaited<ReturnType<Fixture['platform']['createUser']>>;
let provincePress: Awaited<ReturnType<Fixture['platform']['createUser']>>;
let qqPress: Awaited<ReturnType<Fixture['platform']['createUser']>>;
let policyA = '';

beforeAll(async () => {
  f = await setup();
  // The province runs the plugin too (its expert register serves every city).
  await f.platform.setPlugin('23', 'mechanisms', true);
  press = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '2301' });
  provincePress = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '23' });
  qqPress = await f.platform.createUser({ roles: ['mechanisms.press'], divisionCode: '2302' });
  policyA = await policy('哈尔滨市关于进一步优化营商环境的若干措施', f.orgs.harbinTransport.id);
});
afterAll(async () => { await f?.platform.close(); });

const article = (over: Record<string, unknown> = {}) => ({
  divisionCode: '2301', organizationId: f.orgs.harbinTransport.id, policyItemId: policyA, form: 'article' as const,
  title: '一图读懂：哈尔滨市优化营商环境若干措施', summary: '从五个方面解读新措施', body: '措施明确了企业开办一日办结。\n\n并将涉企收费清单全部公开。', ...over,
});

describe('expert interpretation', () => {
  it('keeps an expert register; a province’s experts serve its cities, a city’s do not serve another', async () => {
    const city = await press.caller.mechanisms.interpretation.saveExpert({ divisionCode: '2301', name: '王教授', title: '教授', affiliation: '黑龙江大学经济与工商管理学院', fields: ['营商环境', '财政'], phone: '0451-86600000' });
    const prov = await provincePress.caller.mechanisms.interpretation.saveExpert({ divisionCode: '23', name: '李研究员', title: '研究员', affiliation: '黑龙江省社会科学院' });
    const seen = await press.caller.mechanisms.interpretation.experts({ divisionCode: '2301' });
    expect(seen.map((e) => e.name).sort()).toEqual(['李研究员', '王教授']);
    expect((await qqPress.caller.mechanisms.interpretation.experts({ divisionCode: '2302' })).map((e) => e.name)).toEqual(['李研究员']);
    const org = await f.platform.db.organization.create({ data: { divisionCode: '2302', code: 'QQHRFG', name: '齐齐哈尔市发展和改革委员会' } });
    await expect(qqPress.caller.mechanisms.interpretation.save({ ...article(), divisionCode: '2302', organizationId: org.id, expertIds: [city.id] }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('expertIds') });
    expect(prov.id).toBeTruthy();
  });

  it('publishes an interpretation of a published policy to the catalogue and lists it publicly with its experts', async () => {
    const experts = await press.caller.mechanisms.interpretation.experts({ divisionCode: '2301' });
    const draft = await press.caller.mechanisms.interpretation.save(article({ form: 'interview', expertIds: experts.map((e) => e.id) }));
    expect(draft).toMatchObject({ status: 'draft', policyTitle: '哈尔滨市关于进一步优化营商环境的若干措施', catalogueItemId: null });
    expect((await f.platform.anonymous().mechanisms.interpretation.published({ policyItemId: policyA })).total).toBe(0);

    f.clock.advance(2 * D);
    const pub = await press.caller.mechanisms.interpretation.publish({ id: draft.id });
    expect(pub).toMatchObject({ status: 'published', publishedOn: '2026-11-04' });
    const item = await f.platform.kernel.catalogue.get(f.platform.db, pub.catalogueItemId!);
    expect(item).toMatchObject({ status: 'published', itemType: 'mechanisms.interpretation', sourcePlugin: 'mechanisms', topicCode: '0201', divisionCode: '2301' });
    expect(item?.metadata).toMatchObject({ policyItemId: policyA, form: 'interview', experts: expect.arrayContaining(['王教授', '李研究员']) });
    expect(item?.body).toContain('解读对象：《哈尔滨市关于进一步优化营商环境的若干措施》');

    const list = await f.platform.anonymous().mechanisms.interpretation.published({ policyItemId: policyA });
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id: draft.id, formLabel: '访谈解读', organizationName: '哈尔滨市交通运输局' });
    expect(JSON.stringify(list)).not.toContain('0451-86600000');
    const detail = await f.platform.anonymous().mechanisms.interpretation.publicGet({ id: draft.id });
    expect(detail.body).toContain('一日办结');
    await expect(f.platform.anonymous().mechanisms.interpretation.publicGet({ id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Editing a published interpretation updates the catalogue item in place (same 索引号).
    const before = item!.indexNo;
    await press.caller.mechanisms.interpretation.save({ ...article({ form: 'interview', expertIds: experts.map((e) => e.id), title: '访谈：优化营商环境若干措施' }), id: draft.id });
    const after = await f.platform.kernel.catalogue.get(f.platform.db, pub.catalogueItemId!);
    expect(after).toMatchObject({ title: '访谈：优化营商环境若干措施', indexNo: before, status: 'published' });
  });

  it('stores a graphic through the files service and requires its text alternative', async () => {
    await expect(press.caller.mechanisms.interpretation.save(article({ form: 'graphic', image: { fileName: 'tu.png', mime: 'image/png', contentBase64: PNG } })))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('imageAlt') });
    const g = await press.caller.mechanisms.interpretation.save(article({ form: 'graphic', body: '', image: { fileName: 'tu.png', mime: 'image/png', contentBase64: PNG }, imageAlt: '图示：企业开办一日办结的五个环节' }));
    expect(g.imageFileId).toBeTruthy();
    expect(await f.platform.kernel.files.get(g.imageFileId!)).toMatchObject({ mime: 'image/png' });
    await expect(press.caller.mechanisms.interpretation.save(article({ form: 'graphic', body: '', image: { fileName: 'tu.png', mime: 'image/png', contentBase64: Buffer.from('not an image').toString('base64') }, imageAlt: '说明' })))
      .rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('measures coverage of flagged major policies within N working days, and contributes the metric', async () => {
    // policyA (published Mon 2 Nov) was interpreted on Wed 4 Nov: 2 working days, covered.
    const policyB = await policy('哈尔滨市城市供热管理办法', f.orgs.harbinTransport.id);
    const c = press.caller.mechanisms.interpretation;
    await c.flagMajor({ divisionCode: '2301', itemId: policyA, note: '市政府规章' });
    await c.flagMajor({ divisionCode: '2301', itemId: policyB });
    expect((await c.coverage({ divisionCode: '2301', from: '2026-11-01', to: '2026-11-30' })).rows.map((r) => r.status)).toEqual(['covered', 'pending']);

    // Policy B was published Wed 4 Nov; by Tue 10 Nov four working days have passed without one.
    f.clock.advance(6 * D);
    const cov = await c.coverage({ divisionCode: '2301', from: '2026-11-01', to: '2026-11-30' });
    expect(cov).toMatchObject({ coverageDays: 3, covered: 1, missing: 1, pending: 0, rate: 50 });
    expect(cov.rows.find((r) => r.itemId === policyA)).toMatchObject({ workingDays: 2, interpretedOn: '2026-11-04' });
    const period = { from: new Date('2026-11-01T00:00:00+08:00'), to: new Date('2026-11-30T23:59:59+08:00') };
    const [m] = await f.platform.kernel.metrics.compute(f.platform.db, '2301', period, ['mechanisms.interpretation-coverage']);
    expect(m?.value).toBe(50);

    // A longer N in the division's settings makes B late rather than missing once interpreted.
    await f.platform.setPlugin('2301', 'mechanisms', true, { interpretation: { coverageDays: 5 } });
    const qa = await c.save(article({ policyItemId: policyB, form: 'qa', title: '供热管理办法问答', body: '', qa: [{ question: '供热期从何时开始？', answer: '每年10月20日至次年4月20日。' }] }));
    await c.publish({ id: qa.id });
    const after = await c.coverage({ divisionCode: '2301', from: '2026-11-01', to: '2026-11-30' });
    expect(after.rows.find((r) => r.itemId === policyB)).toMatchObject({ status: 'covered', workingDays: 4 });
    await f.platform.setPlugin('2301', 'mechanisms', true);
    expect((await c.coverage({ divisionCode: '2301', from: '2026-11-01', to: '2026-11-30' })).rows.find((r) => r.itemId === policyB)?.status).toBe('late');
  });

  it('withdraws an interpretation from the catalogue and from the public list', async () => {
    const c = press.caller.mechanisms.interpretation;
    const mine = (await c.list({ divisionCode: '2301', status: 'published', policyItemId: policyA })).items[0]!;
    await c.withdraw({ id: mine.id, reason: '内容更新后重新发布' });
    expect((await f.platform.kernel.catalogue.get(f.platform.db, mine.catalogueItemId!))?.status).toBe('withdrawn');
    expect((await f.platform.anonymous().mechanisms.interpretation.published({ policyItemId: policyA })).total).toBe(0);
    await expect(f.platform.anonymous().mechanisms.interpretation.publicGet({ id: mine.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('checks permissions, isolation and enablement', async () => {
    const draft = await press.caller.mechanisms.interpretation.save(article());
    await expect(f.users.nobody.caller.mechanisms.interpretation.list({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.users.officer.caller.mechanisms.interpretation.save(article())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(qqPress.caller.mechanisms.interpretation.get({ id: draft.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(qqPress.caller.mechanisms.interpretation.publish({ id: draft.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(qqPress.caller.mechanisms.interpretation.list({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(qqPress.caller.mechanisms.interpretation.flagMajor({ divisionCode: '2302', itemId: policyA })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('itemId') });
    await expect(qqPress.caller.mechanisms.interpretation.flagMajor({ divisionCode: '2301', itemId: policyA })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // A disabled division: NOT_FOUND for its staff and its interpretations vanish from the public list.
    await press.caller.mechanisms.interpretation.publish({ id: draft.id });
    expect((await f.platform.anonymous().mechanisms.interpretation.published({})).items.some((i) => i.id === draft.id)).toBe(true);
    await f.platform.setPlugin('2301', 'mechanisms', false);
    try {
      await expect(press.caller.mechanisms.interpretation.list({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(f.platform.anonymous().mechanisms.interpretation.published({ divisionCode: '2301' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect((await f.platform.anonymous().mechanisms.interpretation.published({})).items.some((i) => i.id === draft.id)).toBe(false);
      await expect(f.platform.anonymous().mechanisms.interpretation.publicGet({ id: draft.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await f.platform.setPlugin('2301', 'mechanisms', true);
    }
  });

  it('rejects bad input naming the field and writes nothing', async () => {
    const c = press.caller.mechanisms.interpretation;
    const before = await f.platform.db.mechanismsInterpretation.count();
    const bad = (field: string) => ({ code: 'BAD_REQUEST', message: expect.stringContaining(field) });
    const unpublished = await policy('尚未发布的草稿', f.orgs.harbinTransport.id, '2301', false);
    await expect(c.save(article({ policyItemId: unpublished }))).rejects.toMatchObject(bad('policyItemId'));
    await expect(c.save(article({ policyItemId: 'no-such-item' }))).rejects.toMatchObject(bad('policyItemId'));
    await expect(c.save(article({ organizationId: f.orgs.qiqiharOffice.id }))).rejects.toMatchObject(bad('organizationId'));
    await expect(c.save(article({ form: 'qa', qa: [] }))).rejects.toMatchObject(bad('qa'));
    await expect(c.save(article({ title: '题'.repeat(301) }))).rejects.toMatchObject(bad('title'));
    await expect(c.save(article({ body: '文'.repeat(10 * 1024 * 1024) }))).rejects.toMatchObject(bad('body'));
    await expect(c.save(article({ form: 'interview', expertIds: [] }))).rejects.toMatchObject(bad('expertIds'));
    await expect(c.coverage({ divisionCode: '2301', from: '2026-11-30', to: '2026-11-01' })).rejects.toMatchObject(bad('to'));
    await expect(c.saveExpert({ divisionCode: '2301', name: '' })).rejects.toMatchObject(bad('name'));
    await expect(f.platform.anonymous().mechanisms.interpretation.published({ pageSize: 1000 })).rejects.toMatchObject(bad('pageSize'));
    expect(await f.platform.db.mechanismsInterpretation.count()).toBe(before);
  });
});
