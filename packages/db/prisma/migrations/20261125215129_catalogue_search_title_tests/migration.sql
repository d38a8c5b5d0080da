-- Catalogue search: cheap title tests (follows catalogue_search_estimates).
-- Testing a row's whole token array costs a decompression and a linear scan of some 170 tokens;
-- whether its title holds the words is a substring test. An item is a title hit when its
-- normalised title (NFKC, lower case, as segment.ts normalises) contains every word AND its
-- tokens hold the words as title tokens (the second is implied by the first in all but odd cases
-- such as case folding that differs between JavaScript and the database; then the item is simply
-- not ranked first). The same definition is used by every plan, so pages never overlap or skip.

DROP FUNCTION IF EXISTS kernel_catalogue_search_group(text[], text[], bigint, double precision, int, int);

-- SQL that is true when the title expression `src` holds every word of the parameter `param`.
CREATE OR REPLACE FUNCTION kernel_catalogue_title_has_words(p_src text, p_param text, p_words int) RETURNS text
LANGUAGE sql IMMUTABLE
AS $fn$
  SELECT coalesce(string_agg(format('strpos(%s, %s[%s]) > 0', p_src, p_param, n), ' AND '), 'true')
  FROM generate_series(1, p_words) AS n
$fn$;

-- One group of a page: ids of published items holding every token of p_match, newest first,
-- p_offset/p_limit within the group. p_mode 1: only title hits for p_words (p_title: the words as
-- title tokens); -1: no title hits; 0: no title condition. p_est (the group's estimated size) picks
-- the plan. Common matches: walk the newest-first btree testing each row, at most three times the
-- rows the estimate predicts, then collect the older remainder from the GIN index. Rare matches:
-- collect them all from the GIN index and sort.
CREATE OR REPLACE FUNCTION kernel_catalogue_search_group(p_match text[], p_words text[], p_title text[], p_mode int,
  p_est bigint, p_items double precision, p_offset int, p_limit int)
RETURNS text[]
LANGUAGE plpgsql
SET enable_seqscan = off SET enable_bitmapscan = on SET enable_indexscan = on SET enable_sort = on SET jit = off
AS $fn$
DECLARE
  wanted int := p_offset + p_limit;
  walk double precision := wanted * greatest(p_items, p_est) / greatest(p_est, 1);
  walk_max bigint;
  n_words int := coalesce(cardinality(p_words), 0);
  norm constant text := 'lower(normalize(%s.title, NFKC))';
  test text;
  ids text[];
  found int;
  page text[];
  rest text[];
  b_at timestamp;
  b_id text;
  collect text;
BEGIN
  IF p_limit <= 0 OR p_est <= 0 THEN RETURN '{}'; END IF;
  -- Row tests, cheapest first (CASE keeps the order).
  collect := CASE p_mode
    WHEN 1 THEN format('AND %s', kernel_catalogue_title_has_words(format(norm, 'i'), '$7', n_words))
    WHEN -1 THEN format('AND NOT (i.search_tokens @> $8 AND %s)', kernel_catalogue_title_has_words(format(norm, 'i'), '$7', n_words))
    ELSE '' END;
  collect := 'SELECT coalesce(array_agg(id ORDER BY published_at DESC, id DESC), ''{}'') FROM (
      SELECT i.id, i.published_at FROM kernel_catalogue_item i
      WHERE i.status = ''published'' AND i.search_tokens @> $1 ' || collect || '
        AND ($5::timestamp IS NULL OR (i.published_at, i.id) < ($5, $6))
      ORDER BY i.published_at DESC, i.id DESC OFFSET $3 LIMIT $4) s';
  IF 3 * walk < p_est THEN
    walk_max := ceil(least(greatest(3 * walk, 100), greatest(p_items, 1)));
    test := CASE p_mode
      WHEN 1 THEN format('CASE WHEN %s THEN w.search_tokens @> $1 ELSE false END', kernel_catalogue_title_has_words('w.nt', '$5', n_words))
      WHEN -1 THEN format('CASE WHEN w.search_tokens @> $1 THEN NOT (%s AND w.search_tokens @> $6) ELSE false END',
        kernel_catalogue_title_has_words(format(norm, 'w'), '$5', n_words))
      ELSE 'w.search_tokens @> $1' END;
    PERFORM set_config('enable_bitmapscan', 'off', true);
    PERFORM set_config('enable_sort', 'off', true);
    EXECUTE format('SELECT coalesce(array_agg(w.id), ''{}'') FROM (
        SELECT w.id FROM (
          SELECT i.id, i.search_tokens, i.title, %s AS nt FROM kernel_catalogue_item i WHERE i.status = ''published''
          ORDER BY i.published_at DESC, i.id DESC LIMIT $3) w
        WHERE %s LIMIT $4) w', CASE WHEN p_mode = 1 THEN format(norm, 'i') ELSE 'NULL::text' END, test)
      INTO ids USING p_match, NULL::text, walk_max, wanted, p_words, p_title;
    found := cardinality(ids);
    page := coalesce(ids[p_offset + 1 : wanted], '{}');
    IF found >= wanted THEN RETURN page; END IF;
    -- Too few among the walked rows: continue below the last of them.
    EXECUTE 'SELECT i.published_at, i.id FROM kernel_catalogue_item i WHERE i.status = ''published''
        ORDER BY i.published_at DESC, i.id DESC OFFSET $1 LIMIT 1' INTO b_at, b_id USING walk_max - 1;
    IF b_id IS NULL THEN RETURN page; END IF;
    PERFORM set_config('enable_bitmapscan', 'on', true);
    PERFORM set_config('enable_sort', 'on', true);
    PERFORM set_config('enable_indexscan', 'off', true);
    EXECUTE collect INTO rest USING p_match, NULL::text, greatest(p_offset - found, 0), p_limit - cardinality(page), b_at, b_id, p_words, p_title;
    RETURN page || rest;
  END IF;
  PERFORM set_config('enable_indexscan', 'off', true);
  EXECUTE collect INTO ids USING p_match, NULL::text, p_offset, p_limit, NULL::timestamp, NULL::text, p_words, p_title;
  RETURN ids;
END
$fn$;

-- Exact number of published title hits (as defined above) holding every token of p_match.
CREATE OR REPLACE FUNCTION kernel_catalogue_count_title_hits(p_match text[], p_words text[]) RETURNS bigint
LANGUAGE plpgsql
SET enable_seqscan = off SET enable_indexscan = off SET enable_bitmapscan = on SET jit = off
AS $fn$
DECLARE n bigint;
BEGIN
  EXECUTE 'SELECT count(*) FROM kernel_catalogue_item i WHERE i.status = ''published'' AND i.search_tokens @> $1 AND '
      || kernel_catalogue_title_has_words('lower(normalize(i.title, NFKC))', '$2', coalesce(cardinality(p_words), 0))
    INTO n USING p_match, p_words;
  RETURN n;
END
$fn$;

-- A page of search results over published items.
--   p_words: the query's word tokens (all required); p_title_words: the same words marked as title
--   tokens; p_filters: filter tokens (all required); p_published: the token every published item
--   holds (matched when there is nothing else to match).
-- Title hits (see kernel_catalogue_search_group) come first, then the other matches, newest first
-- in each group. Rows in page order (ord 1..), then a row with ord 0 and no item that carries the total:
-- p_known_total when given; exact when the page shows it or the index holds at most
-- p_exact_up_to matches; otherwise an estimate (the planner's for a single token matching at least
-- p_broad items, else the index count).
CREATE OR REPLACE FUNCTION kernel_catalogue_search_page(p_words text[], p_title_words text[], p_filters text[], p_published text,
  p_offset int, p_limit int, p_exact_up_to bigint, p_broad bigint, p_known_total bigint, p_known_is_estimate boolean)
RETURNS TABLE (ord int, item_id text, title_hit boolean, total bigint, total_is_estimate boolean)
LANGUAGE plpgsql ROWS 21
AS $fn$
DECLARE
  selective text[] := p_words || p_filters;
  match text[] := CASE WHEN cardinality(p_words || p_filters) > 0 THEN p_words || p_filters ELSE ARRAY[p_published] END;
  title text[] := CASE WHEN cardinality(p_words) > 0 THEN p_title_words || p_filters END;
  items double precision;
  est_all bigint;
  est_title bigint := 0;
  m bigint;
  title_ids text[] := '{}';
  rest_ids text[] := '{}';
  title_total bigint;
  k int;
BEGIN
  SELECT greatest(c.reltuples, 1) INTO items FROM pg_class c WHERE c.oid = 'kernel_catalogue_item'::regclass;
  -- Several tokens: count them in the index (the count is the total's estimate too); the title
  -- group is bounded by that count and by its rarest token.
  IF cardinality(selective) >= 2 THEN
    m := kernel_catalogue_index_matches(match);
    est_all := m;
  ELSE
    est_all := kernel_catalogue_estimate(match);
  END IF;
  IF title IS NOT NULL THEN
    est_title := least(kernel_catalogue_estimate_upper(title), est_all);
    title_ids := kernel_catalogue_search_group(title, p_words, p_title_words, 1, est_title, items, p_offset, p_limit);
  END IF;
  k := cardinality(title_ids);
  IF k < p_limit THEN
    IF title IS NULL OR p_offset = 0 THEN title_total := k;
    ELSIF k > 0 THEN title_total := p_offset + k;
    ELSE title_total := kernel_catalogue_count_title_hits(title, p_words);
    END IF;
    rest_ids := kernel_catalogue_search_group(match, p_words, p_title_words, CASE WHEN title IS NOT NULL THEN -1 ELSE 0 END,
      greatest(est_all - est_title, 1), items, greatest(p_offset - title_total, 0)::int, p_limit - k);
  END IF;
  IF p_known_total IS NOT NULL THEN
    total := p_known_total; total_is_estimate := coalesce(p_known_is_estimate, false);
  ELSIF p_offset = 0 AND k + cardinality(rest_ids) < p_limit THEN
    total := k + cardinality(rest_ids); total_is_estimate := false;
  ELSIF cardinality(selective) <= 1 AND est_all >= p_broad THEN
    total := est_all; total_is_estimate := true;
  ELSE
    m := coalesce(m, kernel_catalogue_index_matches(match));
    IF m <= p_exact_up_to THEN total := kernel_catalogue_count(match); total_is_estimate := false;
    ELSE total := m; total_is_estimate := true;
    END IF;
  END IF;
  RETURN QUERY SELECT u.n::int, u.id, u.n <= k, total, total_is_estimate FROM unnest(title_ids || rest_ids) WITH ORDINALITY AS u(id, n);
  RETURN QUERY SELECT 0, NULL::text, NULL::boolean, total, total_is_estimate;
END
$fn$;
