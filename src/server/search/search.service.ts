// Ranked, diacritic-insensitive search over search_index (src/db/search.schema.ts).
//
// Ranking every match is what makes full-text search slow on common words, and PostgreSQL's planner,
// which multiplies the frequencies of words that in fact come together, often misjudges how many rows a
// query of several common words matches. So a search does not leave that to the planner:
//  1. probe: read the first PROBE_ROWS rows in static-rank order (type weight, newest first: a btree) and
//     test each against the query. A common query is answered here: its candidates are its first
//     CANDIDATES matches in that order, its total the share of matches times the index's rows.
//  2. otherwise the query is rare enough for the GIN index: up to GIN_LIMIT matches, all ranked, counted
//     exactly when there are no more (else estimated from the probe's share). The index is asked only for
//     the query's rarest words (by the column's statistics), and the whole query is tested on at most
//     GIN_SCAN of the rows it gives: a GIN search for several common words walks every one of their
//     posting lists, and a phrase is checked row by row.
// Number-symbol hits and similar names (trigram) join the candidates. Candidates are ranked by ts_rank,
// and the best RERANK of them again for exact (with diacritics) matches; only the page's bodies are read.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { SearchType } from '../../db/search.schema.ts';
import { type AppContext, todayInVietnam } from '../context.ts';
import { parseQuery, snippetHtml, titleHtml } from './search.query.ts';
import type { SearchItem, SearchQuery, SearchResult } from './search.schema.ts';

/** How many matches of a common query are taken, in static-rank order, to be ranked. */
export const CANDIDATES = 60;
/** Rows the probe tests against the query before it leaves the query to the GIN index (3% of matches). */
export const PROBE_ROWS = 2_000;
/** Matches the GIN index is asked for; beyond, the total is estimated from the probe's share. */
export const GIN_LIMIT = 200;
/** Rows holding the query's rarest words that are tested against the whole query, at most. */
export const GIN_SCAN = 2_000;
/**
 * The same for a query with a phrase (a quoted one, or a number-symbol such as "95-KL/TW"): its words are
 * common apart and rare together, so most rows read fail; the document bearing the number-symbol is found
 * by its own index anyway.
 */
export const GIN_SCAN_PHRASE = 500;
/** Candidates with the best ts_rank checked again for exact (with diacritics) matches. */
const RERANK = 100;
/** Snippets are cut from the first part of long texts. */
const SNIPPET_SOURCE_CHARS = 100_000;
/** Exact (diacritics as typed) matches are looked for in the title and this much of the text. */
const EXACT_CHARS = 20_000;

/** The text a result's snippet is cut from, by type; `alias` has columns type and record_id. */
function bodySql(alias: string): SQL {
  const id = sql.raw(`${alias}.record_id`);
  return sql`(case ${sql.raw(`${alias}.type`)}
    when 'document' then (select full_text from documents where id = ${id})
    when 'source' then (select text from sources where id = ${id})
    when 'task' then (select directed_by from tasks where id = ${id})
    when 'indicator' then (select concat_ws(' — ', nullif(unit, ''), description) from indicators where id = ${id})
    when 'person' then (select string_agg(x, '; ') from people p, jsonb_array_elements_text(p.titles) x where p.id = ${id})
    when 'agency' then (select short_name from agencies where id = ${id})
  end)`;
}

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows;

/** A task's status from its due and completion dates, as tasks.service computes it (db/queries/taskStatus.ts). */
function statusSql(today: string, alias = ''): SQL {
  const c = (column: string) => sql.raw(`${alias}${column}`);
  return sql`(case when ${c('type')} = 'task' then (case
      when ${c('done_on')} is not null then
        case when ${c('on_date')} is null or ${c('done_on')} <= ${c('on_date')} then 'done_on_time' else 'done_late' end
      when ${c('on_date')} is null or ${today}::date <= ${c('on_date')} then 'in_progress'
      else 'overdue' end)
    else ${c('status')} end)`;
}

function filtersSql(query: SearchQuery, today: string): SQL {
  const parts: SQL[] = [];
  if (query.type)
    parts.push(
      sql`type in (${sql.join(
        query.type.map((t) => sql`${t}`),
        sql`, `,
      )})`,
    );
  if (query.kind) parts.push(sql`lower(kind) = lower(${query.kind})`);
  if (query.issuer) parts.push(sql`issuer = ${query.issuer}`);
  if (query.agency) parts.push(sql`agency_id = ${query.agency}`);
  if (query.from) parts.push(sql`on_date >= ${query.from}::date`);
  if (query.to) parts.push(sql`on_date <= ${query.to}::date`);
  if (query.status) parts.push(sql`${statusSql(today)} = ${query.status}`);
  return parts.length ? sql`and ${sql.join(parts, sql` and `)}` : sql``;
}

const EMPTY_FACETS = () => ({ type: {}, kind: {}, status: {}, issuer: {}, agency: {}, year: {} });

interface Match {
  type: SearchType;
  record_id: number;
  kind: string | null;
  status: string | null;
  issuer: string | null;
  agency_id: number | null;
  year: number | null;
}

const keyOf = (m: Row | Match) => `${m.type}:${m.record_id}`;

function toMatch(r: Row): Match {
  return {
    type: r.type as SearchType,
    record_id: Number(r.record_id),
    kind: (r.kind as string | null) ?? null,
    status: (r.status as string | null) ?? null,
    issuer: (r.issuer as string | null) ?? null,
    agency_id: r.agency_id === null || r.agency_id === undefined ? null : Number(r.agency_id),
    year: r.year === null || r.year === undefined ? null : Number(r.year),
  };
}

let stats: { at: number; db: Db; freq: Map<string, number>; floor: number } | null = null;
const STATS_TTL_MS = 10 * 60_000;

/**
 * The query's word in the fewest rows, with its other rare words, as a tsquery; by the most-common-elements
 * statistics ANALYZE keeps for the vector column (a word not among them is rarer than all of them). Null
 * without statistics (PGlite runs no autovacuum: a fresh database has none), when the whole query is used.
 */
async function rarestWords(db: Db, terms: { words: string[] }[]): Promise<string | null> {
  const words = terms.flatMap((t) => t.words);
  if (words.length === 0) return null;
  if (!stats || stats.db !== db || Date.now() - stats.at > STATS_TTL_MS) {
    const [row] = rowsOf(
      await db.execute(
        sql`select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
          from pg_stats where tablename = 'search_index' and attname = 'tsv' limit 1`,
      ),
    );
    const elems = (row?.elems as string[] | null) ?? [];
    const freqs = (row?.freqs as number[] | null) ?? [];
    const freq = new Map(elems.map((e, i) => [e, Number(freqs[i])]));
    stats = {
      at: Date.now(),
      db,
      freq,
      floor: elems.length ? Math.min(...elems.map((e) => freq.get(e)!)) : 0,
    };
  }
  if (stats.freq.size === 0) return null;
  const s = stats;
  const freqOf = (w: string) => s.freq.get(w) ?? s.floor / 2;
  // Other rare words join (in fewer than a fifth of the rows, four at most): intersecting short posting
  // lists is cheap and leaves far fewer rows to test ("684-2004-kh": 684, 2004 and kh).
  const [first, ...rest] = [...new Set(words)].sort((a, b) => freqOf(a) - freqOf(b));
  const picked = [first!, ...rest.filter((w) => freqOf(w) < 0.2).slice(0, 3)];
  return picked.map((w) => `'${w}'`).join(' & ');
}

let rowsCache: { at: number; db: Db; n: number } | null = null;
async function indexRows(db: Db): Promise<number> {
  if (rowsCache && rowsCache.db === db && Date.now() - rowsCache.at < 60_000) return rowsCache.n;
  const [r] = rowsOf(
    await db.execute(
      sql`select greatest(reltuples, 0)::float8 as n from pg_class where relname = 'search_index'`,
    ),
  );
  let n = Number(r?.n ?? 0);
  // Never analysed (PGlite runs no autovacuum): count, once a minute.
  if (n <= 0)
    n = Number(rowsOf(await db.execute(sql`select count(*)::float8 as n from search_index`))[0]?.n ?? 0);
  rowsCache = { at: Date.now(), db, n };
  return rowsCache.n;
}

export async function search(ctx: AppContext, query: SearchQuery): Promise<SearchResult> {
  const started = performance.now();
  const parsed = parseQuery(query.q);
  const today = todayInVietnam(ctx.now());
  const filters = filtersSql(query, today);
  const db = ctx.db;
  const facetColumns = sql`type, record_id, kind, ${statusSql(today)} as status, issuer, agency_id,
    extract(year from on_date)::int as year`;
  const fuzzy = parsed.fuzzy && parsed.nameText.length >= 3 && parsed.nameText.length <= 80;
  if (!parsed.tsquery && parsed.symbolKeys.length === 0 && !fuzzy) {
    return { items: [], total: 0, totalExact: true, facets: EMPTY_FACETS(), agencyNames: {}, tookMs: 0 };
  }
  const tsq = parsed.tsquery ? sql`${parsed.tsquery}::tsquery` : sql`null::tsquery`;

  // Number-symbols and names: small, index-driven, run beside the word search on PostgreSQL.
  const bySymbol =
    parsed.symbolKeys.length === 0
      ? Promise.resolve([] as Row[])
      : db
          .execute(
            sql`select ${facetColumns} from search_index
              where symbol_key in (${sql.join(
                parsed.symbolKeys.map((k) => sql`${k}`),
                sql`, `,
              )}) ${filters} limit 50`,
          )
          .then(rowsOf);
  const byName = !fuzzy
    ? Promise.resolve([] as Row[])
    : db
        .execute(
          sql`select ${facetColumns} from search_index
            where name_fold is not null and (name_fold % ${parsed.nameText} or ${parsed.nameText} <% name_fold) ${filters}
            order by greatest(similarity(name_fold, ${parsed.nameText}), word_similarity(${parsed.nameText}, name_fold)) desc
            limit 20`,
        )
        .then(rowsOf);

  // Words: the probe in static-rank order, then the GIN index if the query is not common.
  let textMatches: Match[] = [];
  let candidates: Match[] = [];
  let total = 0;
  let totalExact = true;
  if (parsed.tsquery) {
    // Every row read is tested (no early stop) so the share of matches is known; the rows are narrow.
    const probeRows = rowsOf(
      await db.execute(
        sql`select * from (
            select *, count(*) over () as read from (
              select ${facetColumns}, tsv @@ ${tsq} as hit
              from search_index where true ${filters} order by floor(boost) desc, record_id desc limit ${PROBE_ROWS}
            ) t
          ) s where hit`,
      ),
    );
    const read = Number(probeRows[0]?.read ?? 0);
    if (probeRows.length >= CANDIDATES || (read > 0 && read < PROBE_ROWS)) {
      // A common query, or an index small enough to have been read whole.
      textMatches = probeRows.map(toMatch);
      candidates = textMatches.slice(0, Math.max(CANDIDATES, query.page * query.pageSize));
      if (read >= PROBE_ROWS) {
        // The matches' share of the rows read is about their share of the whole index (with filters, an
        // overestimate: the index's size stands for the filtered part's).
        totalExact = false;
        const all = Math.max(read, await indexRows(db));
        total = Math.max(textMatches.length, Math.round((textMatches.length / read) * all));
      } else {
        total = textMatches.length;
      }
    } else {
      const rarest = await rarestWords(db, parsed.positive);
      const scan = parsed.positive.some((t) => t.words.length > 1) ? GIN_SCAN_PHRASE : GIN_SCAN;
      const ginRows = rowsOf(
        await db.execute(
          sql`select * from (
              select *, count(*) over () as read from (
                select ${facetColumns}, ts_match_vq(tsv, ${tsq}) as hit from search_index
                where tsv @@ ${rarest ? sql`${rarest}::tsquery` : tsq} ${filters} limit ${scan}
              ) t
            ) s where hit limit ${GIN_LIMIT + 1}`,
        ),
      );
      textMatches = ginRows.map(toMatch);
      candidates = textMatches;
      total = textMatches.length;
      if (textMatches.length > GIN_LIMIT || Number(ginRows[0]?.read ?? 0) >= scan) {
        totalExact = false;
        const share = read > 0 ? probeRows.length / read : 0;
        total = Math.max(total, Math.round(share * (await indexRows(db))));
      }
    }
  }
  const [symbolRows, nameRows] = await Promise.all([bySymbol, byName]);

  // Facets over the matches read (all of them when totalExact), number-symbol and name hits included.
  const seen = new Set(textMatches.map(keyOf));
  const extras = [...symbolRows, ...nameRows]
    .map(toMatch)
    .filter((m) => !seen.has(keyOf(m)) && seen.add(keyOf(m)));
  total += extras.length;
  const facets: SearchResult['facets'] = EMPTY_FACETS();
  for (const m of [...textMatches, ...extras]) {
    const add = (bucket: Record<string, number>, v: unknown) => {
      if (v !== null && v !== undefined) bucket[String(v)] = (bucket[String(v)] ?? 0) + 1;
    };
    add(facets.type, m.type);
    add(facets.kind, m.kind);
    add(facets.status, m.status);
    add(facets.issuer, m.issuer);
    add(facets.agency, m.agency_id);
    add(facets.year, m.year);
  }
  if (!totalExact) {
    // Counts from a sample are shown scaled to the estimated total.
    const scale = total / Math.max(1, textMatches.length + extras.length);
    for (const bucket of Object.values(facets)) {
      for (const k of Object.keys(bucket)) bucket[k] = Math.round(bucket[k]! * scale);
    }
  }

  const symbolKeys = new Set(symbolRows.map(keyOf));
  const nameKeys = new Set(nameRows.map(keyOf));
  const pool = new Map<string, { type: string; id: number }>();
  for (const m of [...candidates, ...symbolRows.map(toMatch), ...nameRows.map(toMatch)]) {
    pool.set(keyOf(m), { type: m.type, id: m.record_id });
  }
  const list = [...pool.entries()];
  const rankedRows = list.length === 0 ? [] : rowsOf(await db.execute(rankSql()));

  function rankSql(): SQL {
    const types = list.map(([, c]) => c.type);
    const ids = list.map(([, c]) => c.id);
    const symbolFlags = list.map(([k]) => symbolKeys.has(k));
    const nameFlags = list.map(([k]) => nameKeys.has(k));
    const nameSim = sql`coalesce(greatest(similarity(si.name_fold, ${parsed.nameText}),
      word_similarity(${parsed.nameText}, si.name_fold)), 0)`;
    // ts_rank normalisation 1: divided by 1 + log(length), so a short title beats a long text that mentions
    // the words once. Number-symbol matches come first, then exact (with diacritics) ones.
    const base = sql`(coalesce(case when si.tsv @@ ${tsq} then ts_rank(si.tsv, ${tsq}, 1) end, 0)
      + case when c.by_symbol then 100 else 0 end
      + case when c.by_name then 0.5 * ${nameSim} else 0 end)`;
    const patterns = parsed.exactPatterns;
    const exactText = sql`search_exact_text(concat_ws(' ', s.title, left(${bodySql('s')}, ${EXACT_CHARS})))`;
    const exactBonus =
      patterns.length === 0
        ? sql`0`
        : sql`(10.0 * (${sql.join(
            patterns.map((p) => sql`(case when x.t ~ ${p} then 1 else 0 end)`),
            sql` + `,
          )}) / ${patterns.length})`;
    const offset = (query.page - 1) * query.pageSize;
    return sql`with c as (
        select * from unnest(${`{${types.join(',')}}`}::text[], ${`{${ids.join(',')}}`}::int[],
          ${`{${symbolFlags.join(',')}}`}::bool[], ${`{${nameFlags.join(',')}}`}::bool[])
          as c(type, record_id, by_symbol, by_name)
      ), scored as (
        select si.type, si.record_id, si.title, si.symbol, si.kind, si.issuer, si.agency_id,
          si.on_date::text as on_date, ${statusSql(today, 'si.')} as status, si.boost, c.by_symbol, c.by_name,
          coalesce(si.tsv @@ ${tsq}, false) as by_text, ${base}::float8 as base
        from c join search_index si on si.type = c.type and si.record_id = c.record_id
        order by base desc, si.boost desc, si.record_id desc
        limit ${Math.max(RERANK, query.page * query.pageSize)}
      ), ranked as (
        select s.*, s.base + ${exactBonus} as score
        from scored s ${patterns.length ? sql`cross join lateral (select ${exactText} as t) x` : sql``}
        order by score desc, s.boost desc, s.record_id desc
        limit ${query.pageSize} offset ${offset}
      )
      select r.*, left(${bodySql('r')}, ${SNIPPET_SOURCE_CHARS}) as body
      from ranked r
      order by r.score desc, r.boost desc, r.record_id desc`;
  }

  const agencyNames = await namesOf(db, Object.keys(facets.agency).map(Number));
  const items: SearchItem[] = rankedRows.map((r) => {
    const title = String(r.title ?? '');
    const body = typeof r.body === 'string' ? r.body : '';
    return {
      type: r.type as SearchType,
      id: Number(r.record_id),
      title,
      titleHtml: titleHtml(title, parsed.highlight),
      snippet: snippetHtml(body, parsed.highlight),
      score: Math.round(Number(r.score) * 10_000) / 10_000,
      symbol: (r.symbol as string | null) ?? null,
      kind: (r.kind as string | null) ?? null,
      status: (r.status as string | null) ?? null,
      issuer: (r.issuer as string | null) ?? null,
      agencyId: r.agency_id === null || r.agency_id === undefined ? null : Number(r.agency_id),
      date: (r.on_date as string | null) ?? null,
      match: r.by_symbol ? 'symbol' : r.by_text ? 'text' : 'name',
    };
  });
  return {
    items,
    total,
    totalExact,
    facets,
    agencyNames,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

async function namesOf(db: Db, ids: number[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const rows = rowsOf(
    await db.execute(
      sql`select id, name from agencies where id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    ),
  );
  return Object.fromEntries(rows.map((r) => [String(r.id), String(r.name)]));
}
