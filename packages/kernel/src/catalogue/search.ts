// Public search over published items: token containment on the GIN index, title hits first, then
// newest; facets with counts in one scan of the matching set.
import { Prisma, type Db, type Tx } from '@gongkai/db';
import { findTopic, topicTree } from '../contracts';
import { formatDateOnly } from './dates';
import type { ResolvedItemType } from './item-types';
import type { FilterQuery } from './schemas';
import { queryTokens } from './segment';

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
  disclosure_mode: string; validity: string; title_hit: boolean; total: bigint;
}

/** WHERE clause for published items matching the query's tokens and filters. */
export function matchClause(q: FilterQuery, tokens: string[]): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`i.status = 'published'`];
  if (tokens.length) parts.push(Prisma.sql`i.search_tokens @> ${tokens}::text[]`);
  if (q.divisionCode) parts.push(Prisma.sql`left(i.division_code, ${q.divisionCode.length}) = ${q.divisionCode}`);
  if (q.organizationId) parts.push(Prisma.sql`i.organization_id = ${q.organizationId}`);
  if (q.topicCode) parts.push(Prisma.sql`left(i.topic_code, ${q.topicCode.length}) = ${q.topicCode}`);
  if (q.itemType) parts.push(Prisma.sql`i.item_type = ${q.itemType}`);
  if (q.year !== undefined) parts.push(Prisma.sql`i.index_year = ${q.year}`);
  return Prisma.join(parts, ' AND ');
}

export interface SearchContext { typeLabel(type: string): string; url(id: string): string }

/** One page of hits (`offset`/`limit` rows) with the total. */
export async function searchItems(db: Reader, q: FilterQuery, offset: number, limit: number, sc: SearchContext): Promise<{ total: number; tokens: string[]; items: SearchHit[] }> {
  const tokens = queryTokens(q.q);
  const where = matchClause(q, tokens);
  const titleHit = tokens.length
    ? Prisma.sql`(SELECT bool_and(strpos(lower(i.title), t) > 0) FROM unnest(${tokens}::text[]) AS t)`
    : Prisma.sql`false`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT i.id, i.index_no, i.title, i.summary, i.doc_no, i.generated_on, i.published_at,
           i.division_code, d.name AS division_name, i.organization_id, o.name AS organization_name,
           i.topic_code, i.item_type, i.disclosure_mode, i.validity,
           ${titleHit} AS title_hit, count(*) OVER () AS total
    FROM kernel_catalogue_item i
    JOIN kernel_division d ON d.code = i.division_code
    LEFT JOIN kernel_organization o ON o.id = i.organization_id
    WHERE ${where}
    ORDER BY title_hit DESC, i.published_at DESC, i.id DESC
    LIMIT ${limit} OFFSET ${offset}`;
  let total = rows.length ? Number(rows[0]!.total) : 0;
  if (!rows.length && offset > 0) {
    const c = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM kernel_catalogue_item i WHERE ${where}`;
    total = Number(c[0]?.n ?? 0);
  }
  return { total, tokens, items: rows.map((r) => toHit(r, sc)) };
}

function toHit(r: Row, sc: SearchContext): SearchHit {
  return {
    id: r.id, indexNo: r.index_no, title: r.title, summary: r.summary, docNo: r.doc_no,
    generatedOn: formatDateOnly(r.generated_on), publishedAt: r.published_at.toISOString(),
    divisionCode: r.division_code, divisionName: r.division_name,
    organizationId: r.organization_id, organizationName: r.organization_name ?? '',
    topicCode: r.topic_code, topicPath: findTopic(r.topic_code)?.path ?? r.topic_code,
    itemType: r.item_type, itemTypeLabel: sc.typeLabel(r.item_type),
    disclosureMode: r.disclosure_mode, validity: r.validity, url: sc.url(r.id), titleHit: r.title_hit,
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
  const where = matchClause(q, queryTokens(q.q));
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
