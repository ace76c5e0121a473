// Every change writes the audit log (who, when, what, before and after) inside the change's own
// transaction, so a change and its record stand or fall together.
import type { DbOrTx } from './client.ts';
import { auditLog } from './schema.ts';

type Action = (typeof auditLog.$inferInsert)['action'];

export async function recordAudit(
  tx: DbOrTx,
  actor: { id: number; username: string } | null,
  action: Action,
  entity: string,
  entityId: number | string | null,
  before: unknown,
  after: unknown,
): Promise<void> {
  await tx.insert(auditLog).values({
    userId: actor?.id ?? null,
    username: actor?.username ?? null,
    action,
    entity,
    entityId: entityId === null ? null : String(entityId),
    before: before ?? null,
    after: after ?? null,
  });
}
