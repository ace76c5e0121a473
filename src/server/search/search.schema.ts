import { z } from 'zod';
import { SEARCH_TYPES } from '../../db/search.schema.ts';
import { Id, IsoDate } from '../shared/schemas.ts';

export const SearchType = z.enum(SEARCH_TYPES);

const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.normalize('NFC').trim())
    .optional()
    .transform((s) => (s ? s : undefined));

export const SearchQuery = z.object({
  q: z.string().max(500).default(''),
  /** One type or several, comma-separated: `document,task`. */
  type: z
    .string()
    .max(200)
    .optional()
    .transform((s, ctx) => {
      if (!s?.trim()) return undefined;
      const list = s.split(',').map((t) => t.trim());
      for (const t of list) {
        if (!SearchType.safeParse(t).success) {
          ctx.addIssue({ code: 'custom', message: `unknown type "${t}"` });
          return z.NEVER;
        }
      }
      return list as z.infer<typeof SearchType>[];
    }),
  kind: optionalText(100),
  issuer: optionalText(300),
  agency: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  status: optionalText(50),
  page: z.coerce.number().int().min(1).max(50).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchItem = z.object({
  type: SearchType,
  id: z.number(),
  title: z.string(),
  /** The title, HTML-escaped, with <mark> around the words that matched. */
  titleHtml: z.string(),
  /** A passage of the text, HTML-escaped, with <mark> around the words that matched. */
  snippet: z.string(),
  score: z.number(),
  symbol: z.string().nullable(),
  kind: z.string().nullable(),
  status: z.string().nullable(),
  issuer: z.string().nullable(),
  agencyId: z.number().nullable(),
  /** Issued on (document), published on (source), due on (task). */
  date: z.string().nullable(),
  /** Why it matched: full text, number-symbol, or a similar name (typo tolerance). */
  match: z.enum(['text', 'symbol', 'name']),
});
export type SearchItem = z.infer<typeof SearchItem>;

const Counts = z.record(z.string(), z.number());

export const SearchResult = z.object({
  items: z.array(SearchItem),
  /**
   * Matches. Exact when `totalExact`; otherwise estimated (a common query's share of matches among the rows
   * read, times the index's rows), and the facet counts are scaled from the matches read alike.
   */
  total: z.number(),
  totalExact: z.boolean(),
  facets: z.object({
    type: Counts,
    kind: Counts,
    status: Counts,
    issuer: Counts,
    /** Keyed by agency id; names in `agencyNames`. */
    agency: Counts,
    year: Counts,
  }),
  agencyNames: z.record(z.string(), z.string()),
  tookMs: z.number(),
});
export type SearchResult = z.infer<typeof SearchResult>;
