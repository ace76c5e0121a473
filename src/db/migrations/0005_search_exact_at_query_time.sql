-- Search: exact (with diacritics) matches are now found at query time, on the few candidates being ranked
-- (src/server/search/search.service.ts), instead of a second stored vector: that vector cost more than
-- the folded one to build (the parser is slow on non-ASCII words) and doubled the row. The next
-- migration drops the column.
CREATE OR REPLACE FUNCTION search_index_put(
  p_type text, p_id integer, p_title text, p_symbol text, p_symbol_key text, p_kind text, p_status text,
  p_issuer text, p_agency_id integer, p_on_date date, p_done_on date, p_boost real,
  p_a text, p_b text, p_c text, p_name text
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_index AS s (type, record_id, title, symbol, symbol_key, kind, status, issuer, agency_id,
    on_date, done_on, boost, name_fold, tsv)
  VALUES (p_type, p_id, left(coalesce(p_title, ''), 500), p_symbol,
    coalesce(p_symbol_key, search_symbol_key(p_symbol)), p_kind, p_status, p_issuer, p_agency_id,
    p_on_date, p_done_on, p_boost, btrim(search_words(p_name)), search_vector(p_a, p_b, p_c))
  ON CONFLICT (type, record_id) DO UPDATE SET
    title = excluded.title, symbol = excluded.symbol, symbol_key = excluded.symbol_key,
    kind = excluded.kind, status = excluded.status, issuer = excluded.issuer,
    agency_id = excluded.agency_id, on_date = excluded.on_date, done_on = excluded.done_on,
    boost = excluded.boost, name_fold = excluded.name_fold, tsv = excluded.tsv;
END;
$$;
--> statement-breakpoint
-- The text a search result is checked against for exact words: lower case, NFC, one tone placement.
CREATE OR REPLACE FUNCTION search_exact_text(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT search_tone(lower(normalize(t, NFC))) $$;
--> statement-breakpoint
-- A search-index row is mostly its vector (~2 bytes a word of text); keep it uncompressed so that testing
-- a row against a query, which the index-ordered candidate scan does row by row, needs no decompression.
ALTER TABLE search_index ALTER COLUMN tsv SET STORAGE EXTERNAL;
