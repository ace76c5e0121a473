// The search index (issue 6): one row per searchable record, written only by the triggers of migration
// 0003_search_triggers.sql (and 0005), in the transaction of the write itself, so no service code maintains it and
// bulk imports are indexed for free. Queried by src/server/search/search.service.ts.
import { sql } from 'drizzle-orm';
import { customType, date, index, integer, pgTable, primaryKey, real, text } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const SEARCH_TYPES = ['document', 'source', 'task', 'indicator', 'agency', 'person'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const searchIndex = pgTable(
  'search_index',
  {
    type: text('type').$type<SearchType>().notNull(),
    recordId: integer('record_id').notNull(),
    title: text('title').notNull(),
    /** Document number-symbol as written ("11-NQ/TW") and folded without separators ("11nqtw"). */
    symbol: text('symbol'),
    symbolKey: text('symbol_key'),
    /** Facets: document kind, source kind; status of documents, sources (review), indicators (progress). */
    kind: text('kind'),
    status: text('status'),
    issuer: text('issuer'),
    /** Issuing agency of a document, lead of a task, owner of an indicator, agency of a person, parent of an agency. */
    agencyId: integer('agency_id'),
    /** Issued (document), published (source), due (task). */
    onDate: date('on_date'),
    /** A task's completion date: with on_date, its status is computed at query time, as tasks.service does. */
    doneOn: date('done_on'),
    /**
     * Static rank: the type's weight (whole part) and the record's recency (fraction). Candidates of a common
     * query are taken by type weight and newest record first; the full boost breaks ties in ranking.
     */
    boost: real('boost').notNull().default(0),
    /** Folded name of people, agencies and indicators, for typo-tolerant (trigram) matching. */
    nameFold: text('name_fold'),
    /** Folded words (search_words()), weighted A title and symbol, B names and short fields, C body. */
    tsv: tsvector('tsv').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.type, t.recordId] }),
    index('search_index_tsv_idx').using('gin', t.tsv),
    // The probe's order (search.service.ts): records of the stronger types first, newest first. The newest
    // rows sit together at the end of the table, so the probe reads few pages.
    index('search_index_rank_idx').on(sql`floor(${t.boost}) desc`, sql`${t.recordId} desc`),
    index('search_index_symbol_key_idx')
      .on(sql`${t.symbolKey} text_pattern_ops`)
      .where(sql`${t.symbolKey} is not null`),
    index('search_index_name_trgm_idx')
      .using('gin', sql`${t.nameFold} gin_trgm_ops`)
      .where(sql`${t.nameFold} is not null`),
  ],
);
