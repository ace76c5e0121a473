// Checks that the records a request points at exist, so a bad id gets its own clear error (400) instead
// of a foreign-key failure.
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { adminUnits, agencies, documents, indicators, meetings } from '../../db/schema.ts';
import { AppError } from '../errors.ts';

async function assertAll(
  found: { id: number | string }[],
  wanted: readonly (number | string)[],
  code: AppError['code'],
  path: string,
) {
  const have = new Set(found.map((r) => r.id));
  const missing = [...new Set(wanted)].filter((id) => !have.has(id));
  if (missing.length)
    throw new AppError(code, { details: missing.map((id) => ({ path, message: `${id}` })) });
}

export async function assertAgencies(db: DbOrTx, ids: readonly number[], path = 'agencyId'): Promise<void> {
  if (!ids.length) return;
  const rows = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(inArray(agencies.id, [...new Set(ids)]));
  await assertAll(rows, ids, 'unknown_agency', path);
}

export async function assertDocument(
  db: DbOrTx,
  id: number | null | undefined,
  path = 'documentId',
): Promise<void> {
  if (id == null) return;
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .where(inArray(documents.id, [id]));
  await assertAll(rows, [id], 'unknown_document', path);
}

export async function assertIndicator(db: DbOrTx, id: number, path = 'indicatorId'): Promise<void> {
  const rows = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(inArray(indicators.id, [id]));
  await assertAll(rows, [id], 'unknown_indicator', path);
}

export async function assertMeeting(
  db: DbOrTx,
  id: number | null | undefined,
  path = 'meetingId',
): Promise<void> {
  if (id == null) return;
  const rows = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(inArray(meetings.id, [id]));
  await assertAll(rows, [id], 'validation_failed', path);
}

export async function assertAdminUnit(
  db: DbOrTx,
  key: string | null | undefined,
  path = 'adminUnitKey',
): Promise<void> {
  if (key == null) return;
  const rows = await db
    .select({ id: adminUnits.key })
    .from(adminUnits)
    .where(inArray(adminUnits.key, [key]));
  await assertAll(rows, [key], 'unknown_admin_unit', path);
}
