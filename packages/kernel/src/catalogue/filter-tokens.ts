// Status and filter values stored as marked tokens next to the words, so that a whole public
// query (words, published, division subtree, organisation, topic, type, year) is one containment
// test on the GIN index, and counting needs no table rows. `#` never survives segmentation.
export const FILTER_MARK = '#';

export interface FilterState {
  status: string;
  divisionCode: string;
  organizationId: string;
  topicCode: string;
  itemType: string;
  indexYear: number | null;
}

export interface FilterValues {
  divisionCode?: string;
  organizationId?: string;
  topicCode?: string;
  itemType?: string;
  year?: number;
}

export const PUBLISHED_TOKEN = `${FILTER_MARK}s:published`;
const division = (code: string) => `${FILTER_MARK}d:${code}`;
const org = (id: string) => `${FILTER_MARK}o:${id}`;
const topic = (code: string) => `${FILTER_MARK}t:${code}`;
const type = (t: string) => `${FILTER_MARK}i:${t}`;
const year = (y: number) => `${FILTER_MARK}y:${y}`;

/** Division levels of GB/T 2260 codes: 2, 4, 6 and 9 digits. */
const LEVELS = [2, 4, 6, 9];

/** The filter tokens of an item in its current state. */
export function filterTokens(s: FilterState): string[] {
  const out = [
    ...LEVELS.filter((n) => n <= s.divisionCode.length).map((n) => division(s.divisionCode.slice(0, n))),
    org(s.organizationId), topic(s.topicCode.slice(0, 2)), topic(s.topicCode), type(s.itemType),
  ];
  if (s.status === 'published') out.push(PUBLISHED_TOKEN);
  if (s.indexYear !== null) out.push(year(s.indexYear));
  return [...new Set(out)];
}

/** Replaces the filter tokens of a stored token list (words stay as they are). */
export function withFilterTokens(tokens: readonly string[], s: FilterState): string[] {
  return [...new Set([...tokens.filter((t) => !t.startsWith(FILTER_MARK)), ...filterTokens(s)])].sort();
}

/** Tokens a public query requires besides its words: published, plus one per filter. */
export function filterQueryTokens(f: FilterValues): string[] {
  const out = [PUBLISHED_TOKEN];
  if (f.divisionCode) out.push(division(f.divisionCode));
  if (f.organizationId) out.push(org(f.organizationId));
  if (f.topicCode) out.push(topic(f.topicCode));
  if (f.itemType) out.push(type(f.itemType));
  if (f.year !== undefined) out.push(year(f.year));
  return out;
}
