// The catalogue search page's URL is its state: /search?q=&division=&topic=&type=&year=&org=&page=
// (plus the portal's own ?d=). Invalid values are dropped rather than sent to the server.
import { DIVISION_PARAM } from '@gongkai/ui';
import { queryString } from '../shared/format';

export interface SearchState {
  q: string;
  division: string | null;
  topic: string | null;
  type: string | null;
  year: number | null;
  org: string | null;
  page: number;
}

const DIVISION = /^\d{2}(\d{2}){0,2}(\d{3}){0,2}$/;
const TOPIC = /^\d{2}(\d{2})?$/;
const TYPE = /^[a-z][a-z0-9-]*\.[A-Za-z0-9_.-]{1,80}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseSearch(params: URLSearchParams): SearchState {
  const get = (k: string) => params.get(k)?.trim() ?? '';
  const match = (k: string, re: RegExp) => (re.test(get(k)) ? get(k) : null);
  const year = Number(get('year'));
  const page = Number(get('page'));
  return {
    q: get('q').slice(0, 100),
    division: match('division', DIVISION),
    topic: match('topic', TOPIC),
    type: match('type', TYPE),
    year: Number.isInteger(year) && year >= 1949 && year <= 2200 ? year : null,
    org: match('org', ID),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The search URL for a state (page 1 is implicit). */
export function searchHref(s: Partial<SearchState>, portalDivision: string | null = null): string {
  return `/search${queryString({
    q: s.q, division: s.division, topic: s.topic, type: s.type, year: s.year, org: s.org,
    page: s.page && s.page > 1 ? s.page : null, [DIVISION_PARAM]: portalDivision,
  })}`;
}

/** Filters for catalogue.search / facets. */
export function searchInput(s: SearchState) {
  return {
    q: s.q,
    ...(s.division ? { divisionCode: s.division } : {}),
    ...(s.topic ? { topicCode: s.topic } : {}),
    ...(s.type ? { itemType: s.type } : {}),
    ...(s.year ? { year: s.year } : {}),
    ...(s.org ? { organizationId: s.org } : {}),
  };
}

/** Query string for the feed and export endpoints of the same search. */
export function exportQuery(s: SearchState): string {
  return queryString({ q: s.q, division: s.division, topic: s.topic, type: s.type, year: s.year, organization: s.org });
}
