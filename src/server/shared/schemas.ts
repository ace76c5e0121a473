// Zod pieces every resource uses: pagination, ids, Vietnamese dates, NFC text.
import { z } from 'zod';
import { parseVietnameseDate } from '../../domain/dates.ts';

/** Text from outside, normalised to NFC at the edge ("hoà" and "hòa" are then compared alike by search). */
export const Text = z.string().transform((s) => s.normalize('NFC').trim());
export const NonEmptyText = (max = 10_000) =>
  z
    .string()
    .max(max)
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1));

/** A calendar date given as ISO (2025-06-30) or Vietnamese (30/6/2025); 31/02/2025 is refused. */
export const IsoDate = z.string().transform((s, ctx) => {
  const iso = parseVietnameseDate(s.trim());
  if (!iso) {
    ctx.addIssue({
      code: 'custom',
      message: `"${s}" không phải ngày hợp lệ (dd/mm/yyyy) — not a valid date`,
      params: { code: 'invalid_date' },
    });
    return z.NEVER;
  }
  return iso;
});

export const Id = z.coerce.number().int().positive().max(2_147_483_647);
export const IdParams = z.object({ id: Id });

export const Year = z.coerce.number().int().min(1900).max(2200);

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export function pageOf(query: { page: number; pageSize: number }) {
  return { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
}

export const paged = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number() });

export const AgencyRef = z.object({ id: z.number(), name: z.string(), shortName: z.string().nullable() });
export const DocumentRef = z.object({
  id: z.number(),
  symbol: z.string().nullable(),
  title: z.string(),
  kind: z.string(),
});
export const Span = z.tuple([z.number(), z.number()]);
