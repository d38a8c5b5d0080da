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

export interface SearchPage { total: number; totalIsEstimate: boolean; page: number; pageSize: number; tokens: string[]; items: SearchHit[] }

/** A search total: exact, or (for large result sets) an estimate. */
export interface SearchTotal { total: number; isEstimate: boolean }

interface Row {
  ord: number; title_hit: boolean | null; total: bigint; total_is_estimate: boolean;
  id: string | null; index_no: string | null; title: string; summary: string; doc_no: string | null;
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
  /** Optional cache of totals by token set: a known total skips counting. */
  totals?: { peek(key: string): SearchTotal | undefined; set(key: string, total: SearchTotal): void };
}

/** Totals up to this many matches are counted exactly (each match is read once). */
export const EXACT_TOTAL_UP_TO = 2000;
/**
 * A single token the planner expects in at least this many items takes that estimate as its total
 * (array statistics keep element frequencies down to about 0.1%); several tokens take the count
 * of the GIN index. Both are marked as estimates.
 */
export const BROAD_MATCHES = EXACT_TOTAL_UP_TO;

export interface SearchOptions {
  /** Count the total exactly however large (exports). Default: estimate large totals. */
  exactTotal?: boolean;
}

/**
 * One page of hits (`offset`/`limit` rows) with the total, in one round trip to the database
 * (`kernel_catalogue_search_page`, migrations `catalogue_search_*`; plans and totals are described
 * in README.md). Title hits come first, newest first; then the other matches, newest first. All
 * matching is containment on the one GIN index (title tokens and filters are stored marked).
 */
export async function searchItems(db: Reader, q: FilterQuery, offset: number, limit: number, sc: SearchContext, o: SearchOptions = {}): Promise<{ total: number; totalIsEstimate: boolean; tokens: string[]; items: SearchHit[] }> {
  const tokens = queryTokens(q.q);
  const filters = filterQueryTokens(q).filter((t) => t !== PUBLISHED_TOKEN);
  const key = [...tokens].sort().join('\u0000') + '\u0001' + [...filters].sort().join('\u0000') + (o.exactTotal ? '\u0001exact' : '');
  const known = sc.totals?.peek(key);
  const [exactUpTo, broad] = o.exactTotal ? [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] : [EXACT_TOTAL_UP_TO, BROAD_MATCHES];
  const rows = await db.$queryRaw<Row[]>`
    SELECT s.ord, s.title_hit, s.total, s.total_is_estimate,
           i.id, i.index_no, i.title, i.summary, i.doc_no, i.generated_on, i.published_at,
           i.division_code, d.name AS division_name, i.organization_id, o.name AS organization_name,
           i.topic_code, i.item_type, i.disclosure_mode, i.validity
    FROM kernel_catalogue_search_page(${tokens}::text[], ${titleTokens(tokens)}::text[], ${filters}::text[], ${PUBLISHED_TOKEN}::text,
      ${offset}::int, ${limit}::int, ${exactUpTo}::bigint, ${broad}::bigint, ${known?.total ?? null}::bigint, ${known?.isEstimate ?? null}::boolean) s
    LEFT JOIN kernel_catalogue_item i ON i.id = s.item_id
    LEFT JOIN kernel_division d ON d.code = i.division_code
    LEFT JOIN kernel_organization o ON o.id = i.organization_id
    ORDER BY s.ord`;
  const meta = rows[0]!;
  const total: SearchTotal = { total: Number(meta.total), isEstimate: meta.total_is_estimate };
  if (!known) sc.totals?.set(key, total);
  const items = rows.filter((r): r is Row & { id: string } => r.ord > 0 && r.id !== null).map((r) => toHit(r, r.title_hit === true, sc));
  return { total: total.total, totalIsEstimate: total.isEstimate, tokens, items };
}

function toHit(r: Row & { id: string }, titleHit: boolean, sc: SearchContext): SearchHit {
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

/** Division code lengths that have filter tokens (GB/T 2260 levels), see filter-tokens.ts. */
const TOKEN_LEVELS = new Set([2, 4, 6, 9]);

/**
 * Which rows facets count. A query without words filters on the columns its filter tokens stand
 * for, so that the counts come from an index-only scan of the covering facet index (the whole
 * catalogue in a fraction of a full table scan); a query with words needs the GIN index and rows
 * (`tokens` true: run it without sequential scans, which the planner prefers for common words
 * although testing every row's token array costs several times a bitmap scan of the matches).
 */
function facetWhere(q: FilterQuery, words: string[]): { where: Prisma.Sql; tokens: boolean } {
  if (words.length || (q.divisionCode !== undefined && !TOKEN_LEVELS.has(q.divisionCode.length))) {
    return { where: Prisma.sql`i.search_tokens @> ${matchTokens(q, words)}::text[]`, tokens: true };
  }
  const parts = [Prisma.sql`i.status = 'published'`];
  if (q.divisionCode) parts.push(Prisma.sql`i.division_code LIKE ${`${q.divisionCode}%`}`);
  if (q.organizationId) parts.push(Prisma.sql`i.organization_id = ${q.organizationId}`);
  if (q.topicCode) parts.push(Prisma.sql`i.topic_code LIKE ${`${q.topicCode}%`}`);
  if (q.itemType) parts.push(Prisma.sql`i.item_type = ${q.itemType}`);
  if (q.year !== undefined) parts.push(Prisma.sql`i.index_year = ${q.year}`);
  return { where: Prisma.join(parts, ' AND '), tokens: false };
}

/** Runs `query` with sequential scans off (in a short transaction of its own, or as is inside a caller's). */
async function withoutSeqScan<T>(db: Reader, query: (r: Reader) => Prisma.PrismaPromise<T>): Promise<T> {
  if ('$transaction' in db && typeof db.$transaction === 'function') {
    const [, result] = await db.$transaction([db.$executeRawUnsafe('SET LOCAL enable_seqscan = off'), query(db)]);
    return result as T;
  }
  return query(db);
}

/** Facet counts over everything the query matches (all filters applied), in one pass. */
export async function searchFacets(db: Reader, q: FilterQuery, types: Map<string, ResolvedItemType>): Promise<Facets> {
  const { where, tokens } = facetWhere(q, queryTokens(q.q));
  const count = (r: Reader) => r.$queryRaw<{ facet: string; key: string | null; n: bigint }[]>`
    SELECT CASE WHEN GROUPING(m.p) = 0 THEN 'prefecture' WHEN GROUPING(m.c) = 0 THEN 'county' WHEN GROUPING(m.o) = 0 THEN 'organization'
                WHEN GROUPING(m.t) = 0 THEN 'topic' WHEN GROUPING(m.it) = 0 THEN 'itemType' WHEN GROUPING(m.y) = 0 THEN 'year' ELSE 'total' END AS facet,
           coalesce(m.p, m.c, m.o, m.t, m.it, m.y::text) AS key, count(*) AS n
    FROM (
      SELECT CASE WHEN length(i.division_code) >= 4 THEN left(i.division_code, 4) END AS p,
             CASE WHEN length(i.division_code) >= 6 THEN left(i.division_code, 6) END AS c,
             i.organization_id AS o, left(i.topic_code, 2) AS t, i.item_type AS it, i.index_year AS y
      FROM kernel_catalogue_item i WHERE ${where}
    ) m
    GROUP BY GROUPING SETS ((m.p), (m.c), (m.o), (m.t), (m.it), (m.y), ())`;
  const rows = tokens ? await withoutSeqScan(db, count) : await count(db);
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
