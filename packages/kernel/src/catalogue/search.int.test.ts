import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseDraft, catalogueTestPlatform, type CatalogueTestPlatform } from './fixtures/setup';

let p: CatalogueTestPlatform;
const ids: Record<string, string> = {};

beforeAll(async () => {
  p = await catalogueTestPlatform();
  const publish = async (key: string, d: { divisionCode: string; organizationId: string; title: string; topicCode?: string; summary?: string; body?: string; at: string; disclosureMode?: '主动公开' | '依申请公开' }) => {
    p.clock.set(d.at);
    const { at: _at, ...input } = d;
    const item = await p.db.$transaction(async (tx) => {
      const draft = await p.kernel.catalogue.createDraft(tx, { ...baseDraft, ...input });
      await p.kernel.catalogue.publish(tx, draft.id);
      return draft;
    });
    ids[key] = item.id;
  };
  await publish('heating', { divisionCode: '231282', organizationId: p.orgs.zhaodong.id, title: '肇东市人民政府关于做好冬季供热保障工作的通知', at: '2026-11-01T02:00:00Z', topicCode: '1002' });
  await publish('budget', { divisionCode: '231282', organizationId: p.orgs.zhaodongFinance.id, title: '2026年部门预算公开', summary: '三公经费预算', at: '2026-03-01T02:00:00Z', topicCode: '0401' });
  await publish('land', { divisionCode: '230882', organizationId: p.orgs.fujin.id, title: '富锦市征地补偿安置方案公告', body: '涉及肇东方向的道路', at: '2026-06-01T02:00:00Z', topicCode: '0501' });
  await publish('land2025', { divisionCode: '230882', organizationId: p.orgs.fujin.id, title: '关于征收土地的预公告', summary: '征地范围和用途', at: '2025-06-01T02:00:00Z', topicCode: '0501' });
  await publish('air', { divisionCode: '230108', organizationId: p.orgs.pingfang.id, title: '平房区PM2.5污染防治工作方案', at: '2026-09-01T02:00:00Z', topicCode: '1003' });
  await publish('onRequest', { divisionCode: '230108', organizationId: p.orgs.pingfang.id, title: '平房区规划调整说明', body: '内部正文', at: '2026-09-02T02:00:00Z', topicCode: '1001', disclosureMode: '依申请公开' });
  const draft = await p.kernel.catalogue.createDraft(p.db, { ...baseDraft, divisionCode: '231282', organizationId: p.orgs.zhaodong.id, title: '肇东市未发布的草稿' });
  ids.draft = draft.id;
  p.clock.set('2026-11-25T02:00:00Z');
});
afterAll(async () => { await p?.close(); });

const search = (q: string, extra: Record<string, unknown> = {}) => p.anonymous().catalogue.search({ q, ...extra });
const idsOf = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);

describe('public catalogue search', () => {
  it('finds 肇东市 items by 肇东, title hits first, newest next', async () => {
    const r = await search('肇东');
    expect(r.tokens).toEqual(['肇东']);
    // heating and budget are from 肇东市 (division name indexed); land mentions 肇东 only in its body.
    // Only heating has 肇东 in its title; the others follow newest first (land June, budget March).
    expect(idsOf(r)).toEqual([ids.heating, ids.land, ids.budget]);
    expect(r.items[0]).toMatchObject({ titleHit: true, divisionName: '肇东市', organizationName: '肇东市人民政府办公室', indexNo: '11231282000000001A/2026-00001', generatedOn: '2026-11-20', topicPath: '城乡建设、环境保护\\城乡建设（含住房）', itemTypeLabel: '一般文件', url: `https://gk.example.gov.cn/items/${ids.heating}` });
    expect(r.items[1]!.titleHit).toBe(false);
    expect(r.total).toBe(3);
    expect(idsOf(await search('肇东市'))).toEqual([ids.heating, ids.budget]);
  });

  it('matches one-character and two-character queries through unigram and bigram tokens', async () => {
    expect(idsOf(await search('征'))).toEqual([ids.land, ids.land2025]);
    expect(idsOf(await search('征地'))).toEqual([ids.land, ids.land2025]);
    expect(idsOf(await search('暖'))).toEqual([]);
    expect(idsOf(await search('锦'))).toEqual([ids.land, ids.land2025]);
  });

  it('requires every word of a longer query', async () => {
    expect(idsOf(await search('征地补偿安置'))).toEqual([ids.land]);
    expect(idsOf(await search('冬季供热'))).toEqual([ids.heating]);
    expect(idsOf(await search('冬季征地'))).toEqual([]);
    expect(idsOf(await search('pm2.5'))).toEqual([ids.air]);
    expect(idsOf(await search('三公经费'))).toEqual([ids.budget]);
    expect(idsOf(await search('2026 预算'))).toEqual([ids.budget]);
  });

  it('filters by division subtree, organisation, topic, item type and year, and pages', async () => {
    expect((await search('', { divisionCode: '2301' })).items.map((i) => i.divisionCode)).toEqual(['230108', '230108']);
    expect(idsOf(await search('', { organizationId: p.orgs.zhaodongFinance.id }))).toEqual([ids.budget]);
    expect(idsOf(await search('', { topicCode: '05' }))).toEqual([ids.land, ids.land2025]);
    expect(idsOf(await search('', { topicCode: '0401' }))).toEqual([ids.budget]);
    expect(idsOf(await search('', { year: 2025 }))).toEqual([ids.land2025]);
    expect((await search('', { itemType: 'test-notices.notice' })).total).toBe(0);
    const all = await search('');
    expect(all.total).toBe(6);
    expect(idsOf(all)[0]).toBe(ids.heating);
    const page2 = await search('', { page: 2, pageSize: 4 });
    expect(page2).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(idsOf(page2)).toEqual(idsOf(all).slice(4));
    expect(await search('', { page: 9, pageSize: 4 })).toMatchObject({ total: 6, items: [] });
    await expect(search('', { pageSize: 101 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('pageSize') });
  });

  it('counts facets over the matching set', async () => {
    const f = await p.anonymous().catalogue.facets({ q: '' });
    expect(f.total).toBe(6);
    expect(f.divisions).toEqual(expect.arrayContaining([
      { code: '2301', name: '哈尔滨市', level: 'prefecture', parentCode: '23', count: 2 },
      { code: '2308', name: '佳木斯市', level: 'prefecture', parentCode: '23', count: 2 },
      { code: '2312', name: '绥化市', level: 'prefecture', parentCode: '23', count: 2 },
      { code: '231282', name: '肇东市', level: 'county', parentCode: '2312', count: 2 },
      { code: '230882', name: '富锦市', level: 'county', parentCode: '2308', count: 2 },
      { code: '230108', name: '平房区', level: 'county', parentCode: '2301', count: 2 },
    ]));
    expect(f.divisions).toHaveLength(6);
    expect(f.organizations.find((o) => o.id === p.orgs.fujin.id)).toMatchObject({ name: '富锦市自然资源局', count: 2 });
    expect(f.topics).toEqual([
      { code: '10', name: '城乡建设、环境保护', count: 3 },
      { code: '05', name: '国土资源、能源', count: 2 },
      { code: '04', name: '财政、金融、审计', count: 1 },
    ]);
    expect(f.itemTypes).toEqual([{ type: 'kernel.document', label: '一般文件', count: 6 }]);
    expect(f.years).toEqual([{ year: 2026, count: 5 }, { year: 2025, count: 1 }]);
    const narrowed = await p.anonymous().catalogue.facets({ q: '征地', divisionCode: '230882' });
    expect(narrowed.total).toBe(2);
    expect(narrowed.years).toEqual([{ year: 2026, count: 1 }, { year: 2025, count: 1 }]);
  });

  it('shows only published items: drafts are invisible, withdrawal hides an item', async () => {
    expect(idsOf(await search('未发布'))).toEqual([]);
    await expect(p.anonymous().catalogue.item({ id: ids.draft! })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const item = await p.anonymous().catalogue.item({ id: ids.air! });
    expect(item).toMatchObject({ title: '平房区PM2.5污染防治工作方案', body: '', withdrawn: false, metadataFields: [] });
    await p.db.$transaction((tx) => p.kernel.catalogue.withdraw(tx, ids.air!, '已失效'));
    expect(idsOf(await search('pm2.5'))).toEqual([]);
    expect((await search('')).total).toBe(5);
    await expect(p.anonymous().catalogue.item({ id: ids.air! })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(p.anonymous().catalogue.item({ id: '../etc/passwd' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('gives only the metadata of items disclosed on request', async () => {
    const item = await p.anonymous().catalogue.item({ id: ids.onRequest! });
    expect(item).toMatchObject({ disclosureMode: '依申请公开', body: null, attachments: [] });
  });

  it('serves the topic tree', async () => {
    const { topics } = await p.anonymous().catalogue.topics();
    expect(topics.find((t) => t.code === '02')).toMatchObject({ name: '综合政务', leaf: false });
    expect(topics.find((t) => t.code === '22')).toMatchObject({ name: '其他', leaf: true, children: [] });
  });

  it('rebuilds lost or outdated tokens with reindex', async () => {
    await p.db.$executeRaw`UPDATE kernel_catalogue_item SET search_tokens = '{}' WHERE id = ${ids.heating!}`;
    expect(idsOf(await search('供热'))).toEqual([]);
    expect(await p.kernel.catalogue.reindex(p.db, 2)).toBe(7);
    expect(idsOf(await search('供热'))).toEqual([ids.heating]);
    expect((await search('', { divisionCode: '231282' })).total).toBe(2);
  });
});
