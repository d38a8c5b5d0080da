// Public search over published items: token containment on the GIN index, title hits first, then
// newest; facets with counts in one scan of the matching set.
import { Prisma, type Db, type Tx } from '@gongkai/db';
import { findTopic, topicTree } from '../contracts';
import { formatDateOnly } from './dates';
import type { ResolvedItemType } from './item-types';
import type { FilterQuery } from './schemas';
import { filterQueryTokens, PUBLISHED_TOKEN } from './filter-tokens';
import { queryTokens, titleTokens } from './segment';

type Reader = Tx | Db;

export interface SearchHit {
  id: string;
  indexNo: string | null;
  title: string;
  summary: string;
  docNo: string | null;
  generatedOn: string;
  publishedAt: string;
  divisionCode: string;
  divisionName: string;
  organizationId: string;
  organizationName: string;
  topicCode: string;
  topicPath: string;
  itemType: string;
  itemTypeLabel: string;
  disclosureMode: string;
  validity: string;
  url: string;
  titleHit: boolean;
}

export interface SearchPage { total: number; page: number; pageSize: number; tokens: string[]; items: SearchHit[] }

interface Row {
  id: string; index_no: string | null; title: string; summary: string; doc_no: string | null;
  generated_on: Date; published_at: Date; division_code: string; division_name: string;
  organization_id: string; organization_name: string | null; topic_code: string; item_type: string;
  disclosure_mode: string; validity: string;
}

/** The GIN containment that selects published items with all `tokens` and the query's filters. */
export function matchTokens(q: FilterQuery, tokens: readonly string[]): string[] {
  return [...tokens, ...filterQueryTokens(q)];
}

export interface SearchContext {
  typeLabel(type: string): string;
  url(id: string): string;
  /** Optional cache of counts by token set. */
  count?(tokens: readonly string[], compute: () => Promise<number>): Promise<number>;
}

/**
 * How a page query should run. `ordered`: walk the newest-first index and test each row (cheap
 * when matches are common); `bitmap`: collect the matches from the GIN index and sort them (cheap
 * when they are rare). Chosen from exact counts, since array statistics mislead the planner.
 */
type Plan = 'ordered' | 'bitmap' | 'count';

const PLAN_SETTINGS: Record<Plan, string[]> = {
  ordered: ['SET LOCAL enable_bitmapscan = off', 'SET LOCAL enable_seqscan = off'],
  bitmap: ['SET LOCAL enable_indexscan = off', 'SET LOCAL enable_seqscan = off'],
  count: ['SET LOCAL enable_seqscan = off'],
};

/** Runs `query` with planner settings local to one transaction (or as is, inside a caller's transaction). */
async function withPlan<T>(db: Reader, plan: Plan, query: (r: Reader) => Prisma.PrismaPromise<T>): Promise<T> {
  if ('$transaction' in db && typeof db.$transaction === 'function') {
    const sets = PLAN_SETTINGS[plan].map((sql) => db.$executeRawUnsafe(sql));
    const results = await db.$transaction([...sets, query(db)]);
    return results[results.length - 1] as T;
  }
  return query(db);
}

function countOf(db: Reader, tokens: string[]): Promise<number> {
  if (tokens.length === 1 && tokens[0] === PUBLISHED_TOKEN) {
    // Everything published: an index-only count.
    return db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM kernel_catalogue_item WHERE status = 'published'`.then((rows) => rows[0]?.n ?? 0);
  }
  return withPlan(db, 'count', (r) => r.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM kernel_catalogue_item i WHERE i.search_tokens @> ${tokens}::text[]`)
    .then((rows) => rows[0]?.n ?? 0);
}

/** Approximate number of items (planner statistics; counted when the table was never analysed). */
async function itemsEstimate(db: Reader, count: (t: string[]) => Promise<number>): Promise<number> {
  const r = await db.$queryRaw<{ n: number }[]>`SELECT reltuples::int AS n FROM pg_class WHERE relname = 'kernel_catalogue_item'`;
  const n = r[0]?.n ?? -1;
  return n > 0 ? n : count([PUBLISHED_TOKEN]);
}

/** Testing a row on the newest-first walk costs about this many times fetching a collected match. */
const ORDERED_ROW_COST = 3;

function planFor(matches: number, items: number, wanted: number): Plan {
  const walked = (wanted * Math.max(items, matches)) / Math.max(matches, 1);
  return ORDERED_ROW_COST * walked < matches ? 'ordered' : 'bitmap';
}

/** Newest first; the inner query pages, the joins come after. */
function pageOf(db: Reader, where: Prisma.Sql, offset: number, limit: number, plan: Plan): Promise<Row[]> {
  return withPlan(db, plan, (r) => r.$queryRaw<Row[]>`
    SELECT i.id, i.index_no, i.title, i.summary, i.doc_no, i.generated_on, i.published_at,
           i.division_code, d.name AS division_name, i.organization_id, o.name AS organization_name,
           i.topic_code, i.item_type, i.disclosure_mode, i.validity
    FROM (
      SELECT i.id, i.published_at FROM kernel_catalogue_item i WHERE i.status = 'published' AND ${where}
      ORDER BY i.published_at DESC, i.id DESC LIMIT ${limit} OFFSET ${offset}
    ) AS s
    JOIN kernel_catalogue_item i ON i.id = s.id
    JOIN kernel_division d ON d.code = i.division_code
    LEFT JOIN kernel_organization o ON o.id = i.organization_id
    ORDER BY s.published_at DESC, s.id DESC`);
}

/**
 * One page of hits (`offset`/`limit` rows) with the total. Items whose title holds every query
 * token come first, newest first; then the other matches, newest first. Counts and both groups
 * are containment tests on the one GIN index (title tokens and filters are stored marked).
 */
export async function searchItems(db: Reader, q: FilterQuery, offset: number, limit: number, sc: SearchContext): Promise<{ total: number; tokens: string[]; items: SearchHit[] }> {
  const tokens = queryTokens(q.q);
  const all = matchTokens(q, tokens);
  const count = (t: string[]) => (sc.count ? sc.count(t, () => countOf(db, t)) : countOf(db, t));
  const match = Prisma.sql`i.search_tokens @> ${all}::text[]`;
  if (!tokens.length) {
    const [total, items] = await Promise.all([count(all), itemsEstimate(db, count)]);
    if (offset >= total) return { total, tokens, items: [] };
    const rows = await pageOf(db, match, offset, limit, planFor(total, items, offset + limit));
    return { total, tokens, items: rows.map((r) => toHit(r, false, sc)) };
  }
  const inTitleTokens = matchTokens(q, titleTokens(tokens));
  const [total, titleTotal, items] = await Promise.all([count(all), count(inTitleTokens), itemsEstimate(db, count)]);
  const hits: SearchHit[] = [];
  if (offset < titleTotal) {
    const inTitle = Prisma.sql`i.search_tokens @> ${inTitleTokens}::text[]`;
    for (const r of await pageOf(db, inTitle, offset, limit, planFor(titleTotal, items, offset + limit))) hits.push(toHit(r, true, sc));
  }
  const need = limit - hits.length;
  const restTotal = total - titleTotal;
  const restOffset = Math.max(0, offset - titleTotal);
  if (need > 0 && restOffset < restTotal) {
    const rest = Prisma.sql`${match} AND NOT (i.search_tokens @> ${titleTokens(tokens)}::text[])`;
    for (const r of await pageOf(db, rest, restOffset, need, planFor(restTotal, items, restOffset + need))) hits.push(toHit(r, false, sc));
  }
  return { total, tokens, items: hits };
}

function toHit(r: Row, titleHit: boolean, sc: SearchContext): SearchHit {
  return {
    id: r.id, indexNo: r.index_no, title: r.title, summary: r.summary, docNo: r.doc_no,
    generatedOn: formatDateOnly(r.generated_on), publishedAt: r.published_at.toISOString(),
    divisionCode: r.division_code, divisionName: r.division_name,
    organizationId: r.organization_id, organizationName: r.organization_name ?? '',
    topicCode: r.topic_code, topicPath: findTopic(r.topic_code)?.path ?? r.topic_code,
    itemType: r.item_type, itemTypeLabel: sc.typeLabel(r.item_type),
    disclosureMode: r.disclosure_mode, validity: r.validity, url: sc.url(r.id), titleHit,
  };
}

export interface Facets {
  total: number;
  divisions: { code: string; name: string; level: 'prefecture' | 'county'; parentCode: string | null; count: number }[];
  organizations: { id: string; name: string; divisionCode: string; count: number }[];
  topics: { code: string; name: string; count: number }[];
  itemTypes: { type: string; label: string; count: number }[];
  years: { year: number; count: number }[];
}

/** Organisations listed at most in the organisation facet (the largest first). */
const ORG_FACET_LIMIT = 100;

/** Facet counts over everything the query matches (all filters applied). */
export async function searchFacets(db: Reader, q: FilterQuery, types: Map<string, ResolvedItemType>): Promise<Facets> {
  const where = Prisma.sql`i.search_tokens @> ${matchTokens(q, queryTokens(q.q))}::text[]`;
  const rows = await db.$queryRaw<{ facet: string; key: string | null; n: bigint }[]>`
    WITH m AS MATERIALIZED (
      SELECT i.division_code, i.organization_id, i.topic_code, i.item_type, i.index_year
      FROM kernel_catalogue_item i WHERE ${where}
    )
    SELECT 'total' AS facet, NULL AS key, count(*) AS n FROM m
    UNION ALL SELECT 'prefecture', left(division_code, 4), count(*) FROM m WHERE length(division_code) >= 4 GROUP BY 2
    UNION ALL SELECT 'county', left(division_code, 6), count(*) FROM m WHERE length(division_code) >= 6 GROUP BY 2
    UNION ALL SELECT 'organization', organization_id, count(*) FROM m GROUP BY 2
    UNION ALL SELECT 'topic', left(topic_code, 2), count(*) FROM m GROUP BY 2
    UNION ALL SELECT 'itemType', item_type, count(*) FROM m GROUP BY 2
    UNION ALL SELECT 'year', index_year::text, count(*) FROM m WHERE index_year IS NOT NULL GROUP BY 2`;
  const of = (facet: string) => rows.filter((r) => r.facet === facet && r.key !== null)
    .map((r) => ({ key: r.key!, count: Number(r.n) }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

  const divisionKeys = [...of('prefecture'), ...of('county')].map((r) => r.key);
  const orgRows = of('organization').slice(0, ORG_FACET_LIMIT);
  const [divisions, orgs] = await Promise.all([
    divisionKeys.length ? db.division.findMany({ where: { code: { in: divisionKeys } }, select: { code: true, name: true, parentCode: true } }) : [],
    orgRows.length ? db.organization.findMany({ where: { id: { in: orgRows.map((r) => r.key) } }, select: { id: true, name: true, divisionCode: true } }) : [],
  ]);
  const divisionByCode = new Map(divisions.map((d) => [d.code, d]));
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const division = (level: 'prefecture' | 'county') => of(level).map((r) => {
    const d = divisionByCode.get(r.key);
    return { code: r.key, name: d?.name ?? r.key, level, parentCode: d?.parentCode ?? null, count: r.count };
  });
  return {
    total: Number(rows.find((r) => r.facet === 'total')?.n ?? 0),
    divisions: [...division('prefecture'), ...division('county')],
    organizations: orgRows.map((r) => ({ id: r.key, name: orgById.get(r.key)?.name ?? '', divisionCode: orgById.get(r.key)?.divisionCode ?? '', count: r.count })),
    topics: of('topic').map((r) => ({ code: r.key, name: topicTree.find((t) => t.code === r.key)?.name ?? r.key, count: r.count })),
    itemTypes: of('itemType').map((r) => ({ type: r.key, label: types.get(r.key)?.label ?? r.key, count: r.count })),
    years: of('year').map((r) => ({ year: Number(r.key), count: r.count })).sort((a, b) => b.year - a.year),
  };
}
