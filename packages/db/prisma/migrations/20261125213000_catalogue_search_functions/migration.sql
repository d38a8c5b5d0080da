-- Catalogue search in one round trip (see packages/kernel/src/catalogue/search.ts and its README).
-- A page query chooses its plan from cheap cardinality estimates and forces it with planner
-- settings that the functions' SET clauses restore on exit. Prisma does not manage functions.

-- Searches read the GIN index far more often than items are published: without the pending
-- list, every search skips its linear scan (up to gin_pending_list_limit per query).
ALTER INDEX "kernel_catalogue_item_search_tokens_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('kernel_catalogue_item_search_tokens_idx'::regclass);

-- The planner's estimate of the items holding every token (array statistics; reads no row).
CREATE OR REPLACE FUNCTION kernel_catalogue_estimate(p_tokens text[]) RETURNS bigint
LANGUAGE plpgsql SET jit = off
AS $fn$
DECLARE plan json;
BEGIN
  EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM kernel_catalogue_item WHERE search_tokens @> $1' INTO plan USING p_tokens;
  RETURN (plan::jsonb #>> '{0,Plan,Plan Rows}')::numeric::bigint;
END
$fn$;

-- How many index entries hold every token: the size of the GIN bitmap, read from EXPLAIN ANALYZE
-- so that no table row is visited. Any status, and row versions not yet vacuumed, count too: an
-- estimate from above.
CREATE OR REPLACE FUNCTION kernel_catalogue_index_matches(p_tokens text[]) RETURNS bigint
LANGUAGE plpgsql
SET enable_seqscan = off SET enable_indexscan = off SET enable_indexonlyscan = off SET enable_bitmapscan = on SET jit = off
AS $fn$
DECLARE plan json;
BEGIN
  EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, SUMMARY OFF, FORMAT JSON) SELECT 1 FROM kernel_catalogue_item WHERE search_tokens @> $1 LIMIT 1'
    INTO plan USING p_tokens;
  RETURN coalesce((jsonb_path_query_first(plan::jsonb, 'strict $.** ? (@."Node Type" == "Bitmap Index Scan")."Actual Rows"') #>> '{}')::numeric::bigint,
    (SELECT count(*) FROM kernel_catalogue_item WHERE search_tokens @> p_tokens));
END
$fn$;

-- Exact number of published items holding every token (visits every match).
CREATE OR REPLACE FUNCTION kernel_catalogue_count(p_tokens text[]) RETURNS bigint
LANGUAGE plpgsql
SET enable_seqscan = off SET enable_indexscan = off SET enable_bitmapscan = on SET jit = off
AS $fn$
DECLARE n bigint;
BEGIN
  EXECUTE 'SELECT count(*) FROM kernel_catalogue_item i WHERE i.status = ''published'' AND i.search_tokens @> $1' INTO n USING p_tokens;
  RETURN n;
END
$fn$;

-- One group of a page: ids of published items holding every token of p_match and (when p_exclude
-- is given) not all of p_exclude, newest first, p_offset/p_limit within the group. p_est (the
-- group's estimated size) picks the plan. Common matches: walk the newest-first btree testing
-- each row, at most three times the rows the estimate predicts, then take the older remainder
-- from the GIN index. Rare matches: collect them all from the GIN index and sort.
CREATE OR REPLACE FUNCTION kernel_catalogue_search_group(p_match text[], p_exclude text[], p_est bigint, p_items double precision, p_offset int, p_limit int)
RETURNS text[]
LANGUAGE plpgsql
SET enable_seqscan = off SET enable_bitmapscan = on SET enable_indexscan = on SET enable_sort = on SET jit = off
AS $fn$
DECLARE
  wanted int := p_offset + p_limit;
  walk double precision := wanted * greatest(p_items, p_est) / greatest(p_est, 1);
  walk_max bigint;
  ids text[];
  found int;
  page text[];
  rest text[];
  b_at timestamp;
  b_id text;
  collect constant text := 'SELECT coalesce(array_agg(id ORDER BY published_at DESC, id DESC), ''{}'') FROM (
      SELECT i.id, i.published_at FROM kernel_catalogue_item i
      WHERE i.status = ''published'' AND i.search_tokens @> $1 AND ($2::text[] IS NULL OR NOT i.search_tokens @> $2)
        AND ($5::timestamp IS NULL OR (i.published_at, i.id) < ($5, $6))
      ORDER BY i.published_at DESC, i.id DESC OFFSET $3 LIMIT $4) s';
BEGIN
  IF p_limit <= 0 OR p_est <= 0 THEN RETURN '{}'; END IF;
  IF 3 * walk < p_est THEN
    walk_max := ceil(least(greatest(3 * walk, 100), greatest(p_items, 1)));
    PERFORM set_config('enable_bitmapscan', 'off', true);
    PERFORM set_config('enable_sort', 'off', true);
    EXECUTE 'SELECT coalesce(array_agg(w.id), ''{}'') FROM (
        SELECT w.id FROM (
          SELECT i.id, i.search_tokens FROM kernel_catalogue_item i WHERE i.status = ''published''
          ORDER BY i.published_at DESC, i.id DESC LIMIT $3) w
        WHERE w.search_tokens @> $1 AND ($2::text[] IS NULL OR NOT w.search_tokens @> $2) LIMIT $4) w'
      INTO ids USING p_match, p_exclude, walk_max, wanted;
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
    EXECUTE collect INTO rest USING p_match, p_exclude, greatest(p_offset - found, 0), p_limit - cardinality(page), b_at, b_id;
    RETURN page || rest;
  END IF;
  PERFORM set_config('enable_indexscan', 'off', true);
  EXECUTE collect INTO ids USING p_match, p_exclude, p_offset, p_limit, NULL::timestamp, NULL::text;
  RETURN ids;
END
$fn$;

-- A page of search results over published items.
--   p_words: the query's word tokens (all required); p_title_words: the same words marked as title
--   tokens; p_filters: filter tokens (all required); p_published: the token every published item
--   holds (matched when there is nothing else to match).
-- Items whose title holds every word come first, then the other matches, newest first in each
-- group. Rows in page order (ord 1..), then a row with ord 0 and no item that carries the total:
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
  -- Several tokens are usually correlated (the words of one phrase, a place and its division) and
  -- the planner multiplies their frequencies: count them in the index instead.
  IF cardinality(selective) >= 2 THEN
    m := kernel_catalogue_index_matches(match);
    est_all := m;
  ELSE
    est_all := kernel_catalogue_estimate(match);
  END IF;
  IF title IS NOT NULL THEN
    est_title := least(CASE WHEN cardinality(selective) >= 2 THEN kernel_catalogue_index_matches(title) ELSE kernel_catalogue_estimate(title) END, est_all);
    title_ids := kernel_catalogue_search_group(title, NULL, est_title, items, p_offset, p_limit);
  END IF;
  k := cardinality(title_ids);
  IF k < p_limit THEN
    IF title IS NULL OR p_offset = 0 THEN title_total := k;
    ELSIF k > 0 THEN title_total := p_offset + k;
    ELSE title_total := kernel_catalogue_count(title);
    END IF;
    rest_ids := kernel_catalogue_search_group(match, CASE WHEN title IS NOT NULL THEN p_title_words END,
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
