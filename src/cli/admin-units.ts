// The 34 provincial units in force since 1/7/2025 and the 63 before them (data/admin-units.json) are
// reference data every installation needs: they are upserted at start, demo or not.
import { sql } from 'drizzle-orm';
import units from '../../data/admin-units.json' with { type: 'json' };
import type { DbOrTx } from '../db/client.ts';
import { adminUnits } from '../db/schema.ts';
import type { AdminUnit } from '../domain/adminUnits.ts';

export async function loadAdminUnits(db: DbOrTx): Promise<number> {
  // One statement: PostgreSQL checks the successor references at its end, so order does not matter.
  await db
    .insert(adminUnits)
    .values(units as AdminUnit[])
    .onConflictDoUpdate({
      target: adminUnits.key,
      set: {
        name: sql`excluded.name`,
        kind: sql`excluded.kind`,
        gsoCode: sql`excluded.gso_code`,
        validFrom: sql`excluded.valid_from`,
        validTo: sql`excluded.valid_to`,
        successorKey: sql`excluded.successor_key`,
      },
    });
  return units.length;
}
