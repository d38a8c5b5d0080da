// The search functions (migration catalogue_search_functions) against a plain reference query:
// every plan (walk, walk with remainder, collect) and every total (exact, index count, planner
// estimate) on a few hundred seeded items, some withdrawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalogueForBench } from './bench-seed';
import { filterQueryTokens, PUBLISHED_TOKEN } from './filter-tokens';
import { baseDraft, catalogueTestPlatform, type CatalogueTestPlatform } from './fixtures/setup';
import { queryTokens, titleTokens } from './segment';

let p: CatalogueTestPlatform;
let items = 0;

beforeAll(async () => {
  p = await catalogueTestPlatform();
  await seedCatalogueForBench(p.db, 600, { chunkSize: 300 });
  const some = await p.db.catalogueItem.findMany({ where: { status: 'published' }, orderBy: { publishedAt: 'desc' }, take: 40, select: { id: true } });
  for (const [i, { id }] of some.entries()) if (i % 2 === 0) await p.db.$transaction((tx) => p.kernel.catalogue.withdraw(tx, id, '已失效'));
  await p.db.$executeRawUnsafe('ANALYZE kernel_catalogue_item');
  items = await p.db.catalogueItem.count();
}, 120_000);
afterAll(async () => { await p?.close(); });

/** Every published match, title hits first, newest first: what a page must be a slice of. */
async function reference(match: string[], title: string[] | null): Promise<string[]> {
  const rows = await p.db.$queryRaw<{ id: string }[]>`
    SELECT id FROM kernel_catalogue_item WHERE status = 'published' AND search_tokens @> ${match}::text[]
    ORDER BY CASE WHEN ${title}::text[] IS NOT NULL AND search_tokens @> ${title}::text[] THEN 0 ELSE 1 END, published_at DESC, id DESC`;
  return rows.map((r) => r.id);
}

/** One group: mode 1 title hits of `words`, -1 the other matches, 0 every match. */
async function group(match: string[], words: string[], mode: 1 | -1 | 0, est: number, offset: number, limit: number): Promise<string[]> {
  const rows = await p.db.$queryRaw<{ ids: string[] }[]>`
    SELECT kernel_catalogue_search_group(${match}::text[], ${words}::text[], ${titleTokens(words)}::text[], ${mode}::int,
      ${est}::bigint, ${items}::float8, ${offset}::int, ${limit}::int) AS ids`;
  return rows[0]!.ids;
}

interface PageRow { ord: number; item_id: string | null; title_hit: boolean | null; total: bigint; total_is_estimate: boolean }
async function page(q: string, filters: string[], offset: number, limit: number, exactUpTo = 1e9, broad = 1e9) {
  const words = queryTokens(q);
  const rows = await p.db.$queryRaw<PageRow[]>`
    SELECT * FROM kernel_catalogue_search_page(${words}::text[], ${titleTokens(words)}::text[], ${filters}::text[], ${PUBLISHED_TOKEN}::text,
      ${offset}::int, ${limit}::int, ${exactUpTo}::bigint, ${broad}::bigint, NULL::bigint, NULL::boolean) ORDER BY ord`;
  return {
    ids: rows.filter((r) => r.ord > 0).map((r) => r.item_id!),
    titleHits: rows.filter((r) => r.title_hit).length,
    total: Number(rows[0]!.total),
    estimate: rows[0]!.total_is_estimate,
  };
}

describe('search plans', () => {
  it('gives the same groups whether it walks the newest items, walks and collects the rest, or collects', async () => {
    for (const words of [['市'], ['供热'], ['肇东'], ['营商', '环境'], ['2020'], ['不存在的词']]) {
      const all = await reference(words, null);
      const inTitle = await reference(titleTokens(words), null);
      const notInTitle = all.filter((id) => !inTitle.includes(id));
      for (const [offset, limit] of [[0, 20], [0, 3], [7, 5], [40, 30], [all.length - 2, 10]] as const) {
        if (offset < 0) continue;
        // est = items: walks (at least 100 rows, then the remainder); est = 1: collects from the index.
        for (const est of [items, Math.max(1, Math.round(items / 4)), 1]) {
          expect(await group(words, words, 0, est, offset, limit), `${words} ${offset}/${limit} est ${est}`).toEqual(all.slice(offset, offset + limit));
          expect(await group(titleTokens(words), words, 1, est, offset, limit)).toEqual(inTitle.slice(offset, offset + limit));
          expect(await group(words, words, -1, est, offset, limit)).toEqual(notInTitle.slice(offset, offset + limit));
        }
      }
    }
  });

  it('pages through title hits then the other matches, with filters, and never shows withdrawn items', async () => {
    const withdrawn = new Set((await p.db.catalogueItem.findMany({ where: { status: 'withdrawn' }, select: { id: true } })).map((r) => r.id));
    expect(withdrawn.size).toBe(20);
    const division = await p.db.catalogueItem.findFirstOrThrow({ where: { status: 'published' }, select: { divisionCode: true } });
    for (const [q, filters] of [['市', []], ['政府', []], ['预算', []], ['', []], ['', [`#d:${division.divisionCode.slice(0, 4)}`]], ['公开', [`#d:${division.divisionCode.slice(0, 4)}`]]] as const) {
      const words = queryTokens(q);
      const expected = await reference([...words, ...filters, PUBLISHED_TOKEN], words.length ? [...titleTokens(words), ...filters] : null);
      const titled = words.length ? (await reference([...titleTokens(words), ...filters, PUBLISHED_TOKEN], null)).length : 0;
      const seen: string[] = [];
      for (let offset = 0; offset < expected.length + 20; offset += 20) {
        const r = await page(q, [...filters], offset, 20);
        expect(r.total, `${q} ${filters}`).toBe(expected.length);
        expect(r.estimate).toBe(false);
        expect(r.titleHits).toBe(Math.max(0, Math.min(20, titled - offset)));
        seen.push(...r.ids);
      }
      expect(seen, `${q} ${filters}`).toEqual(expected);
      expect(seen.some((id) => withdrawn.has(id))).toBe(false);
    }
  });

  it('estimates large totals: the planner for one broad token, the index count for several', async () => {
    const exact = (await reference(['市', PUBLISHED_TOKEN], null)).length;
    expect(exact).toBeGreaterThan(100);
    const small = await page('市', [], 0, 20, 10, 50);
    expect(small.estimate).toBe(true);
    expect(Math.abs(small.total - exact) / exact).toBeLessThan(0.1);
    // Two tokens: the GIN index count, which also holds withdrawn and not yet vacuumed rows.
    const two = await page('人民 政府', [], 0, 20, 10, 50);
    const twoExact = (await reference([...queryTokens('人民 政府'), PUBLISHED_TOKEN], null)).length;
    expect(two.estimate).toBe(true);
    expect(two.total).toBeGreaterThanOrEqual(twoExact);
    expect(two.total).toBeLessThanOrEqual(twoExact + 60);
    // Few matches: exact, whatever the limits.
    const rare = await page('肇东', [], 0, 20, 10, 50);
    expect(rare.total).toBe((await reference(['肇东', PUBLISHED_TOKEN], null)).length);
    // A page with fewer rows than asked for shows the exact total.
    const none = await page('不存在的词', [], 0, 20, 0, 0);
    expect(none).toMatchObject({ total: 0, estimate: false, ids: [] });
  });

  it('counts facets of queries without words from the columns exactly as the filter tokens would', async () => {
    const some = await p.db.catalogueItem.findFirstOrThrow({ where: { status: 'published' }, orderBy: { publishedAt: 'asc' } });
    const filters = [{}, { divisionCode: '23' }, { divisionCode: some.divisionCode.slice(0, 4) }, { divisionCode: some.divisionCode }, { divisionCode: '23012' },
      { topicCode: some.topicCode.slice(0, 2) }, { topicCode: some.topicCode }, { year: some.indexYear! }, { organizationId: some.organizationId },
      { itemType: 'kernel.document', year: some.indexYear!, divisionCode: some.divisionCode.slice(0, 4) }];
    for (const f of filters) {
      const tokens = filterQueryTokens(f);
      const rows = await p.db.$queryRaw<{ division_code: string; organization_id: string; topic_code: string; item_type: string; index_year: number | null }[]>`
        SELECT division_code, organization_id, topic_code, item_type, index_year FROM kernel_catalogue_item WHERE search_tokens @> ${tokens}::text[]`;
      const tally = (keys: (string | null)[]) => {
        const m = new Map<string, number>();
        for (const k of keys) if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
        return Object.fromEntries([...m].sort());
      };
      const facets = await p.anonymous().catalogue.facets(f);
      const got = (xs: { key: string; count: number }[]) => Object.fromEntries(xs.map((x) => [x.key, x.count]).sort());
      expect(facets.total, JSON.stringify(f)).toBe(rows.length);
      expect(got(facets.divisions.filter((d) => d.level === 'prefecture').map((d) => ({ key: d.code, count: d.count })))).toEqual(tally(rows.map((r) => (r.division_code.length >= 4 ? r.division_code.slice(0, 4) : null))));
      expect(got(facets.divisions.filter((d) => d.level === 'county').map((d) => ({ key: d.code, count: d.count })))).toEqual(tally(rows.map((r) => (r.division_code.length >= 6 ? r.division_code.slice(0, 6) : null))));
      const orgs: Record<string, number> = tally(rows.map((r) => r.organization_id));
      expect(facets.organizations).toHaveLength(Math.min(100, Object.keys(orgs).length)); // the largest 100
      for (const o of facets.organizations) expect(o.count).toBe(orgs[o.id]);
      expect(got(facets.topics.map((t) => ({ key: t.code, count: t.count })))).toEqual(tally(rows.map((r) => r.topic_code.slice(0, 2))));
      expect(got(facets.itemTypes.map((t) => ({ key: t.type, count: t.count })))).toEqual(tally(rows.map((r) => r.item_type)));
      expect(got(facets.years.map((y) => ({ key: String(y.year), count: y.count })))).toEqual(tally(rows.map((r) => (r.index_year === null ? null : String(r.index_year)))));
    }
    // With words the facets count the token matches.
    const withWords = await p.anonymous().catalogue.facets({ q: '预算', year: some.indexYear! });
    expect(withWords.total).toBe((await reference(['预算', `#y:${some.indexYear}`, PUBLISHED_TOKEN], null)).length);
  });

  it('reports totalIsEstimate through the service and forgets cached totals on publish', async () => {
    const r = await p.anonymous().catalogue.search({ q: '市' });
    expect(r.totalIsEstimate).toBe(false); // 600 items: below the exact-count limit
    expect(r.total).toBe((await reference(['市', PUBLISHED_TOKEN], null)).length);
    p.clock.set('2027-01-05T02:00:00Z'); // after every seeded item
    const draft = await p.kernel.catalogue.createDraft(p.db, { ...baseDraft, divisionCode: '231282', organizationId: p.orgs.zhaodong.id, title: '肇东市供热价格调整的通知' });
    await p.db.$transaction((tx) => p.kernel.catalogue.publish(tx, draft.id));
    const after = await p.anonymous().catalogue.search({ q: '市' });
    expect(after.total).toBe(r.total + 1); // publishing clears the cached total
    expect(after.items[0]!.id).toBe(draft.id);
  });

  it('ranks a title written in full-width forms as a title hit (NFKC, as the segmenter normalises)', async () => {
    p.clock.set('2027-01-06T02:00:00Z');
    const draft = await p.kernel.catalogue.createDraft(p.db, { ...baseDraft, divisionCode: '231282', organizationId: p.orgs.zhaodong.id, title: '关于ＰＭ２．５监测的通知', body: '肇东' });
    await p.db.$transaction((tx) => p.kernel.catalogue.publish(tx, draft.id));
    const r = await p.anonymous().catalogue.search({ q: 'pm2.5' });
    expect(r.items[0]).toMatchObject({ id: draft.id, titleHit: true });
    const other = await p.anonymous().catalogue.search({ q: '肇东' });
    expect(other.items.find((i) => i.id === draft.id)).toMatchObject({ titleHit: false });
  });
});
