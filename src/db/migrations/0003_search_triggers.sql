-- Search (issue 6): folding functions and the triggers that keep search_index up to date in the
-- transaction of every write to documents, sources, tasks, indicators, agencies and people.
-- Runs on PostgreSQL 15+ and on PGlite (PostgreSQL 18). src/server/search/fold.ts mirrors these in JS.

-- Folds for matching: no diacritics, đ → d, lower case. IMMUTABLE so it may be used in index
-- expressions; the dictionary is named with its schema because an immutable function must not depend on
-- search_path (and unaccent(text) alone is only STABLE).
CREATE OR REPLACE FUNCTION search_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(translate(public.unaccent('public.unaccent'::regdictionary, t), 'Đđ', 'dd')) $$;
--> statement-breakpoint
-- The folded words separated by single spaces. Every run of anything but [a-z0-9] is a separator, so the
-- default parser never sees "11-NQ/TW" as a file path nor "40,5" as one number: it reads "11 nq tw", the
-- same words the query side (fold.ts: searchWords) makes.
CREATE OR REPLACE FUNCTION search_words(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT regexp_replace(search_fold(t), '[^a-z0-9]+', ' ', 'g') $$;
--> statement-breakpoint
-- Old and new tone-mark placements ("hòa"/"hoà", "thủy"/"thuỷ", "khỏe"/"khoẻ") in one canonical
-- form: the mark on the second vowel of oa, oe, uy. Input is lower case NFC.
CREATE OR REPLACE FUNCTION search_tone(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT
    replace(replace(replace(replace(replace(
    replace(replace(replace(replace(replace(
    replace(replace(replace(replace(replace(t,
      'òa', 'oà'), 'óa', 'oá'), 'ỏa', 'oả'), 'õa', 'oã'), 'ọa', 'oạ'),
      'òe', 'oè'), 'óe', 'oé'), 'ỏe', 'oẻ'), 'õe', 'oẽ'), 'ọe', 'oẹ'),
      'ùy', 'uỳ'), 'úy', 'uý'), 'ủy', 'uỷ'), 'ũy', 'uỹ'), 'ụy', 'uỵ') $$;
--> statement-breakpoint
-- The words as written (lower case, NFC, canonical tone placement): ranks exact matches first.
CREATE OR REPLACE FUNCTION search_exact_words(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT regexp_replace(search_tone(lower(normalize(t, NFC))), '[^[:alnum:]]+', ' ', 'g') $$;
--> statement-breakpoint
-- A number-symbol folded without separators and without a leading "Số": "Số 11-NQ/TW" → "11nqtw"
-- (src/domain/documentSymbol.ts: symbolKey).
CREATE OR REPLACE FUNCTION search_symbol_key(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT nullif(regexp_replace(regexp_replace(btrim(search_fold(t)), '^so\M\s*:?\s*', ''), '[^a-z0-9]', '', 'g'), '') $$;
--> statement-breakpoint
-- Long texts are indexed up to their first million characters; positions stop counting at 16,383 anyway.
CREATE OR REPLACE FUNCTION search_vector(a text, b text, c text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
    setweight(to_tsvector('simple'::regconfig, search_words(coalesce(a, ''))), 'A') ||
    setweight(to_tsvector('simple'::regconfig, search_words(coalesce(b, ''))), 'B') ||
    setweight(to_tsvector('simple'::regconfig, search_words(left(coalesce(c, ''), 1000000))), 'C') $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_exact_vector(a text, b text, c text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
    setweight(to_tsvector('simple'::regconfig, search_exact_words(coalesce(a, ''))), 'A') ||
    setweight(to_tsvector('simple'::regconfig, search_exact_words(coalesce(b, ''))), 'B') ||
    setweight(to_tsvector('simple'::regconfig, search_exact_words(left(coalesce(c, ''), 1000000))), 'C') $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_index_put(
  p_type text, p_id integer, p_title text, p_symbol text, p_symbol_key text, p_kind text, p_status text,
  p_issuer text, p_agency_id integer, p_on_date date, p_done_on date, p_boost real,
  p_a text, p_b text, p_c text, p_name text
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_index AS s (type, record_id, title, symbol, symbol_key, kind, status, issuer, agency_id,
    on_date, done_on, boost, name_fold, tsv, tsv_exact)
  VALUES (p_type, p_id, left(coalesce(p_title, ''), 500), p_symbol,
    coalesce(p_symbol_key, search_symbol_key(p_symbol)), p_kind, p_status, p_issuer, p_agency_id,
    p_on_date, p_done_on, p_boost, btrim(search_words(p_name)),
    search_vector(p_a, p_b, p_c), search_exact_vector(p_a, p_b, p_c))
  ON CONFLICT (type, record_id) DO UPDATE SET
    title = excluded.title, symbol = excluded.symbol, symbol_key = excluded.symbol_key,
    kind = excluded.kind, status = excluded.status, issuer = excluded.issuer,
    agency_id = excluded.agency_id, on_date = excluded.on_date, done_on = excluded.done_on,
    boost = excluded.boost, name_fold = excluded.name_fold, tsv = excluded.tsv,
    tsv_exact = excluded.tsv_exact;
END;
$$;
--> statement-breakpoint
-- Static rank: documents first, then names (indicators, agencies, people), tasks, sources; newer
-- documents before older ones (a year adds 0.001).
CREATE OR REPLACE FUNCTION search_recency(d date) RETURNS real
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(least(greatest(extract(year FROM d)::real - 1900, 0), 300) / 1000, 0)::real $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_put_document(d documents) RETURNS void LANGUAGE sql AS $$
  SELECT search_index_put('document', d.id, d.title, d.symbol, d.symbol_key, d.kind, d.status, d.issuer,
    d.issuer_agency_id, d.issued_on, NULL, (4 + search_recency(d.issued_on))::real,
    concat_ws(' ', d.symbol, d.title), concat_ws(' ', d.kind, d.issuer), d.full_text, NULL)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_put_source(s sources) RETURNS void LANGUAGE sql AS $$
  SELECT search_index_put('source', s.id, coalesce(s.title, s.file_name, left(s.text, 200)), NULL, NULL,
    s.kind, s.review_state, NULL, NULL, s.published_on, NULL, (1 + search_recency(s.published_on))::real,
    s.title, s.file_name, s.text, NULL)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_put_task(t tasks) RETURNS void LANGUAGE sql AS $$
  SELECT search_index_put('task', t.id, t.text, NULL, NULL, NULL, NULL, NULL, t.lead_agency_id, t.due_on,
    t.completed_on, (2 + search_recency(t.due_on))::real, t.text, t.directed_by, NULL, NULL)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_put_indicator(i indicators) RETURNS void LANGUAGE sql AS $$
  SELECT search_index_put('indicator', i.id, i.name, NULL, NULL, NULL, i.progress_status, NULL,
    i.owner_agency_id, NULL, NULL, 3::real, i.name, i.unit, i.description, i.name)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_put_agency(a agencies) RETURNS void LANGUAGE sql AS $$
  SELECT search_index_put('agency', a.id, a.name, NULL, NULL, a.kind, NULL, NULL, a.parent_id, NULL, NULL,
    3::real, concat_ws(' ', a.name, a.short_name), NULL, NULL, concat_ws(' ', a.name, a.short_name))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_put_person(p people) RETURNS void LANGUAGE sql AS $$
  SELECT search_index_put('person', p.id, p.name, NULL, NULL, NULL, NULL, NULL, p.agency_id, NULL, NULL,
    3::real, p.name, (SELECT string_agg(x, '; ') FROM jsonb_array_elements_text(p.titles) AS x), NULL,
    p.name)
$$;
--> statement-breakpoint
-- One trigger function for the six tables: TG_ARGV[0] is the search type.
CREATE OR REPLACE FUNCTION search_index_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM search_index WHERE type = TG_ARGV[0] AND record_id = OLD.id;
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.id <> NEW.id THEN
    DELETE FROM search_index WHERE type = TG_ARGV[0] AND record_id = OLD.id;
  END IF;
  CASE TG_ARGV[0]
    WHEN 'document' THEN PERFORM search_put_document(NEW);
    WHEN 'source' THEN PERFORM search_put_source(NEW);
    WHEN 'task' THEN PERFORM search_put_task(NEW);
    WHEN 'indicator' THEN PERFORM search_put_indicator(NEW);
    WHEN 'agency' THEN PERFORM search_put_agency(NEW);
    WHEN 'person' THEN PERFORM search_put_person(NEW);
  END CASE;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER documents_search AFTER INSERT OR UPDATE OR DELETE ON documents
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('document');
--> statement-breakpoint
CREATE TRIGGER sources_search AFTER INSERT OR UPDATE OR DELETE ON sources
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('source');
--> statement-breakpoint
CREATE TRIGGER tasks_search AFTER INSERT OR UPDATE OR DELETE ON tasks
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('task');
--> statement-breakpoint
CREATE TRIGGER indicators_search AFTER INSERT OR UPDATE OR DELETE ON indicators
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('indicator');
--> statement-breakpoint
CREATE TRIGGER agencies_search AFTER INSERT OR UPDATE OR DELETE ON agencies
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('agency');
--> statement-breakpoint
CREATE TRIGGER people_search AFTER INSERT OR UPDATE OR DELETE ON people
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('person');
--> statement-breakpoint
-- TRUNCATE fires no row triggers: empty the matching part of the index with it.
CREATE OR REPLACE FUNCTION search_index_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_index WHERE type = TG_ARGV[0];
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER documents_search_truncate AFTER TRUNCATE ON documents
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_truncate('document');
--> statement-breakpoint
CREATE TRIGGER sources_search_truncate AFTER TRUNCATE ON sources
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_truncate('source');
--> statement-breakpoint
CREATE TRIGGER tasks_search_truncate AFTER TRUNCATE ON tasks
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_truncate('task');
--> statement-breakpoint
CREATE TRIGGER indicators_search_truncate AFTER TRUNCATE ON indicators
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_truncate('indicator');
--> statement-breakpoint
CREATE TRIGGER agencies_search_truncate AFTER TRUNCATE ON agencies
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_truncate('agency');
--> statement-breakpoint
CREATE TRIGGER people_search_truncate AFTER TRUNCATE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_truncate('person');
--> statement-breakpoint
-- Records written before this migration.
SELECT search_put_document(d) FROM documents d;
--> statement-breakpoint
SELECT search_put_source(s) FROM sources s;
--> statement-breakpoint
SELECT search_put_task(t) FROM tasks t;
--> statement-breakpoint
SELECT search_put_indicator(i) FROM indicators i;
--> statement-breakpoint
SELECT search_put_agency(a) FROM agencies a;
--> statement-breakpoint
SELECT search_put_person(p) FROM people p;
