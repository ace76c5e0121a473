// Diacritic-insensitive "contains" for list filters: "do thi hoa" finds "Đô thị hóa". Full ranked search
// is its own module; this is the plain filter a list box needs.
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

function likePattern(q: string): string {
  return `%${q
    .normalize('NFC')
    .trim()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function foldedContains(column: AnyPgColumn | SQL, q: string): SQL {
  return sql`unaccent(lower(${column})) like unaccent(lower(${likePattern(q)}))`;
}
