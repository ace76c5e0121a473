// Ranked, diacritic-insensitive search over search_index (src/db/search.schema.ts).
//
// Ranking every match is what makes full-text search slow on common words, so a query ranks only a
// bounded candidate set: the matches taken in static-rank order (an index-ordered scan of `boost` for common
// words, a GIN bitmap for rare ones: the planner picks), plus number-symbol hits and similar names. Counts
// and facets are exact up to COUNT_LIMIT matches and flagged as a lower bound beyond.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { SearchType } from '../../db/search.schema.ts';
import { type AppContext, todayInVietnam } from '../context.ts';
import { parseQuery, snippetHtml, titleHtml } from './search.query.ts';
import type { SearchItem, SearchQuery, SearchResult } from './search.schema.ts';

/** How many matches are taken, in static-rank order, to be ranked. */
export const CANDIDATES = 200;
/** Matches counted (and faceted) exactly; beyond, the count is a lower bound. */
export const COUNT_LIMIT = 1_000;
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

/** The two statements of a search: the ranked page, and the counts per facet. Null when nothing can match. */
export function searchSql(query: SearchQuery, today: string) {
  const parsed = parseQuery(query.q);
  const filters = filtersSql(query, today);
  const facetColumns = sql`type, record_id, kind, ${statusSql(today)} as status, issuer, agency_id,
    extract(year from on_date)::int as year`;

  // The three ways to match, each bounded: words (index-ordered by static rank), number-symbol, name.
  const branches: { rank: SQL; count: SQL }[] = [];
  if (parsed.tsquery) {
    const where = sql`tsv @@ ${parsed.tsquery}::tsquery ${filters}`;
    const candidates = Math.max(CANDIDATES, query.page * query.pageSize + 50);
    branches.push({
      rank: sql`(select type, record_id, 1 as how from search_index where ${where}
        order by boost desc limit ${candidates})`,
      count: sql`(select ${facetColumns} from search_index where ${where} limit ${COUNT_LIMIT + 1})`,
    });
  }
  if (parsed.symbolKeys.length > 0) {
    const keys = sql.join(
      parsed.symbolKeys.map((k) => sql`${k}`),
      sql`, `,
    );
    const where = sql`symbol_key in (${keys}) ${filters}`;
    branches.push({
      rank: sql`(select type, record_id, 2 as how from search_index where ${where} limit 50)`,
      count: sql`(select ${facetColumns} from search_index where ${where} limit 50)`,
    });
  }
  // Typo tolerance for names of people, agencies and indicators (pg_trgm); short queries only.
  if (parsed.fuzzy && parsed.nameText.length >= 3 && parsed.nameText.length <= 80) {
    const where = sql`name_fold is not null
      and (name_fold % ${parsed.nameText} or ${parsed.nameText} <% name_fold) ${filters}`;
    branches.push({
      rank: sql`(select type, record_id, 3 as how from search_index where ${where}
        order by greatest(similarity(name_fold, ${parsed.nameText}),
          word_similarity(${parsed.nameText}, name_fold)) desc limit 20)`,
      count: sql`(select ${facetColumns} from search_index where ${where} limit 20)`,
    });
  }
  if (branches.length === 0) return null;

  const tsq = parsed.tsquery ? sql`${parsed.tsquery}::tsquery` : sql`null::tsquery`;
  const nameSim = sql`coalesce(greatest(similarity(si.name_fold, ${parsed.nameText}),
    word_similarity(${parsed.nameText}, si.name_fold)), 0)`;
  // ts_rank normalisation 1: divided by 1 + log(length), so a short title beats a long text that mentions
  // the words once. Exact (with diacritics) and number-symbol matches come first.
  const score = sql`(coalesce(case when si.tsv @@ ${tsq} then ts_rank(si.tsv, ${tsq}, 1) end, 0)
    + case when c.by_symbol then 100 else 0 end
    + case when c.by_name then 0.5 * ${nameSim} else 0 end)`;
  // Words typed with diacritics found as typed (in the title or the text's first EXACT_CHARS) add up to 10:
  // checked on the candidates only, it costs nothing per match.
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

  const ranked = sql`with cand as (
      select type, record_id, bool_or(how = 2) as by_symbol, bool_or(how = 3) as by_name
      from (${sql.join(
        branches.map((b) => b.rank),
        sql` union all `,
      )}) u
      group by type, record_id
    ), scored as (
      select si.type, si.record_id, si.title, si.symbol, si.kind, si.issuer, si.agency_id,
        si.on_date::text as on_date, ${statusSql(today, 'si.')} as status, si.boost, c.by_symbol, c.by_name,
        coalesce(si.tsv @@ ${tsq}, false) as by_text, ${score}::float8 as base
      from cand c join search_index si on si.type = c.type and si.record_id = c.record_id
    ), ranked as (
      select s.*, s.base + ${exactBonus} as score
      from scored s ${patterns.length ? sql`cross join lateral (select ${exactText} as t) x` : sql``}
      order by score desc, s.boost desc, s.record_id desc
      limit ${query.pageSize} offset ${offset}
    )
    select r.*, left(${bodySql('r')}, ${SNIPPET_SOURCE_CHARS}) as body
    from ranked r
    order by r.score desc, r.boost desc, r.record_id desc`;

  // Each row of a branch is the record's own facet values, so a union (not union all) counts each once.
  const counted = sql`select type, kind, status, issuer, agency_id, year, count(*)::int as n,
      grouping(type, kind, status, issuer, agency_id, year)::int as g
    from (${sql.join(
      branches.map((b) => b.count),
      sql` union `,
    )}) m
    group by grouping sets ((), (type), (kind), (status), (issuer), (agency_id), (year))`;
  return { parsed, ranked, counted };
}

export async function search(ctx: AppContext, query: SearchQuery): Promise<SearchResult> {
  const started = performance.now();
  const statements = searchSql(query, todayInVietnam(ctx.now()));
  if (!statements) {
    return { items: [], total: 0, totalExact: true, facets: EMPTY_FACETS(), agencyNames: {}, tookMs: 0 };
  }
  const { parsed, ranked, counted } = statements;

  // PGlite has one connection; on PostgreSQL the two queries run side by side.
  const [rankedRows, countRows] = await Promise.all([
    ctx.db.execute(ranked).then(rowsOf),
    ctx.db.execute(counted).then(rowsOf),
  ]);

  const facets: SearchResult['facets'] = EMPTY_FACETS();
  let total = 0;
  // grouping() has a bit set for each column not grouped by: 63 for the total, 63 - bit for one facet.
  const bits = { type: 32, kind: 16, status: 8, issuer: 4, agency_id: 2, year: 1 } as const;
  for (const r of countRows) {
    const n = Number(r.n);
    const g = Number(r.g);
    if (g === 63) {
      total = n;
      continue;
    }
    for (const [k, bit] of Object.entries(bits) as [keyof typeof bits, number][]) {
      if (g !== 63 - bit || r[k] === null || r[k] === undefined) continue;
      const bucket = k === 'agency_id' ? facets.agency : facets[k];
      bucket[String(r[k])] = n;
    }
  }
  const totalExact = total <= COUNT_LIMIT;

  const agencyIds = Object.keys(facets.agency).map(Number);
  const agencyNames = await namesOf(ctx.db, agencyIds);

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
