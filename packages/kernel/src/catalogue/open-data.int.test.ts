import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSearch } from './export';
import { renderAtomFeed } from './feed';
import { baseDraft, catalogueTestPlatform, type CatalogueTestPlatform } from './fixtures/setup';

let p: CatalogueTestPlatform;
const ids: string[] = [];

beforeAll(async () => {
  p = await catalogueTestPlatform();
  const items = [
    { divisionCode: '231282', organizationId: p.orgs.zhaodong.id, title: '肇东市关于"冬季供热"的通知, 第一号', summary: '第一行\n第二行', docNo: '肇政发〔2026〕1号', topicCode: '1002', at: '2026-10-01T02:00:00Z' },
    { divisionCode: '231282', organizationId: p.orgs.zhaodongFinance.id, title: '=HYPERLINK("http://evil")预算', summary: '', topicCode: '0401', at: '2026-10-02T02:00:00Z' },
    { divisionCode: '230882', organizationId: p.orgs.fujin.id, title: '富锦市征地补偿安置方案公告 <b>&</b>', summary: '征地 & 补偿', topicCode: '0501', at: '2026-10-03T17:00:00Z' },
  ];
  for (const { at, ...d } of items) {
    p.clock.set(at);
    ids.push(await p.db.$transaction(async (tx) => {
      const draft = await p.kernel.catalogue.createDraft(tx, { ...baseDraft, ...d });
      return (await p.kernel.catalogue.publish(tx, draft.id)).id;
    }));
  }
  p.clock.set('2026-11-25T02:00:00Z');
});
afterAll(async () => { await p?.close(); });

describe('open-data export', () => {
  it('writes CSV with a BOM, a Chinese header and RFC 4180 quoting', async () => {
    const r = await exportSearch(p.kernel, { q: '', divisionCode: '231282' }, 'csv');
    expect(r).toMatchObject({ contentType: 'text/csv; charset=utf-8', fileName: 'catalogue-20261125.csv', total: 2, rows: 2 });
    expect(r.body.startsWith('\uFEFF索引号,名称,内容概述,发布机构,所属地区,行政区划代码,发文字号,生成日期,发布日期,主题分类,信息类型,公开方式,有效性,链接\r\n')).toBe(true);
    const lines = r.body.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two rows, trailing empty string
    expect(lines[2]).toContain('"肇东市关于""冬季供热""的通知, 第一号","第一行\n第二行",肇东市人民政府办公室,肇东市,231282,肇政发〔2026〕1号,2026-11-20,2026-10-01,城乡建设、环境保护\\城乡建设（含住房）,一般文件,主动公开,有效,https://gk.example.gov.cn/items/');
    // Formula-looking cells are neutralised.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")预算"`);
    expect(lines[3]).toBe('');
  });

  it('writes JSON with the same fields, the source and the licence', async () => {
    const r = await exportSearch(p.kernel, { q: '征地' }, 'json');
    expect(r.contentType).toBe('application/json; charset=utf-8');
    const doc = JSON.parse(r.body) as { source: string; licence: string; total: number; truncated: boolean; fields: { key: string; label: string }[]; items: Record<string, string>[]; query: unknown };
    expect(doc).toMatchObject({ source: 'https://gk.example.gov.cn/', total: 1, truncated: false, query: { q: '征地' } });
    expect(doc.licence).toContain('政府信息公开条例');
    expect(doc.fields.map((f) => f.label)).toContain('索引号');
    expect(Object.keys(doc.items[0]!)).toEqual(doc.fields.map((f) => f.key));
    // Published 2026-10-03 17:00 UTC = 2026-10-04 in Beijing.
    expect(doc.items[0]).toMatchObject({ title: '富锦市征地补偿安置方案公告 <b>&</b>', publishedOn: '2026-10-04', indexNo: '11230882000000001C/2026-00001', divisionName: '富锦市' });
  });

  it('rejects a malformed query naming the field', async () => {
    await expect(exportSearch(p.kernel, { q: '', divisionCode: '23-01' }, 'csv')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('divisionCode') });
  });
});

describe('Atom feeds', () => {
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml) as { feed: { title: string; id: string; updated: string; entry?: { title: { '#text': string; '@_type': string }; id: string; link: { '@_href': string }; updated: string; published: string; summary: string }[] } };

  it('renders a well-formed RFC 4287 feed for the whole province, newest first', async () => {
    const xml = await renderAtomFeed(p.kernel);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns="http://www.w3.org/2005/Atom"');
    const feed = parse(xml).feed;
    expect(feed.title).toBe('黑龙江省政府信息公开目录');
    expect(feed.entry!.map((e) => e.id)).toEqual([...ids].reverse().map((id) => `https://gk.example.gov.cn/items/${id}`));
    expect(feed.entry![0]!.link['@_href']).toBe(`https://gk.example.gov.cn/items/${ids[2]}`);
    // Plain text is escaped inside the type="html" title, so readers show it literally.
    expect(feed.entry![0]!.title).toEqual({ '#text': '富锦市征地补偿安置方案公告 &lt;b&gt;&amp;&lt;/b&gt;', '@_type': 'html' });
    expect(xml).not.toContain('<b>');
    expect(feed.updated).toBe('2026-10-03T17:00:00.000Z');
  });

  it('renders per-division and per-topic feeds', async () => {
    const div = parse(await renderAtomFeed(p.kernel, { divisionCode: '231282' })).feed;
    expect(div.title).toBe('肇东市政府信息公开目录');
    expect(div.id).toBe('https://gk.example.gov.cn/feeds/catalogue.atom?division=231282');
    expect(div.entry).toHaveLength(2);
    const topic = parse(await renderAtomFeed(p.kernel, { topicCode: '05' })).feed;
    expect(topic.title).toBe('黑龙江省政府信息公开目录 · 国土资源、能源');
    expect(topic.entry!.map((e) => e.id)).toEqual([`https://gk.example.gov.cn/items/${ids[2]}`]);
    const empty = await renderAtomFeed(p.kernel, { divisionCode: '2327' });
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(parse(empty).feed.entry).toBeUndefined();
    await expect(renderAtomFeed(p.kernel, { divisionCode: '239999' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(renderAtomFeed(p.kernel, { topicCode: '99' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('topicCode') });
  });
});
