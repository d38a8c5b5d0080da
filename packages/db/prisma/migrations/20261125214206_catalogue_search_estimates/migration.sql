-- Catalogue search estimates (follows catalogue_search_functions).

-- Finer array statistics: element frequencies down to about 0.1% instead of a few per cent, so
-- that plan choices see most query words (ANALYZE samples 300,000 rows).
ALTER TABLE "kernel_catalogue_item" ALTER COLUMN "search_tokens" SET STATISTICS 1000;

-- An estimate from above of the items holding every token: the smallest single-token estimate.
-- The tokens of one query are often correlated (the words of a phrase, a place and its division)
-- and the planner, multiplying their frequencies, would guess far too low; a plan chosen from an
-- estimate too high only walks a bounded number of rows before collecting the rest.
CREATE OR REPLACE FUNCTION kernel_catalogue_estimate_upper(p_tokens text[]) RETURNS bigint
LANGUAGE sql
AS $fn$ SELECT coalesce(min(kernel_catalogue_estimate(ARRAY[t])), 0) FROM unnest(p_tokens) AS t $fn$;

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
