// The storage contract, run on every engine: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '../../test/db.ts';
import { type Database, openDatabase, queryRows } from './client.ts';
import { migrate } from './migrate.ts';
import { adminUnits, agencies, auditLog, sources, taskPartners, tasks } from './schema.ts';

describe.each(ENGINES)('storage on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(engine);
  });
  afterAll(() => database?.close());

  it('applies migrations idempotently', async () => {
    await migrate(database);
    await migrate(database);
    const [row] = await queryRows<{ u: string }>(database.db, sql`select unaccent('Đô thị hóa') as u`);
    expect(row.u).toBe('Do thi hoa');
  });

  it('holds the 34 current provincial units and the 63 former ones with their successors', async () => {
    const units = await database.db.select().from(adminUnits);
    expect(units.filter((u) => u.validTo === null)).toHaveLength(34);
    expect(units.filter((u) => u.gsoCode !== null)).toHaveLength(63);
    const bacKan = units.find((u) => u.key === 'bac-kan')!;
    expect(bacKan).toMatchObject({ validTo: '2025-06-30', successorKey: 'thai-nguyen-2025' });
  });

  it('keeps one hierarchy of agencies', async () => {
    const [parent] = await database.db
      .insert(agencies)
      .values({ name: 'UBND tỉnh Lào Cai', kind: 'committee' })
      .returning();
    const [child] = await database.db
      .insert(agencies)
      .values({ name: 'Sở Nông nghiệp và Môi trường', kind: 'department', parentId: parent.id })
      .returning();
    expect(child.parentId).toBe(parent.id);
    await expect(
      database.db.insert(agencies).values({ name: 'Mồ côi', parentId: 999_999 }),
    ).rejects.toThrow();
  });

  it('stores one source per content hash', async () => {
    await database.db.insert(sources).values({ text: 'Văn bản A', contentHash: 'h1' });
    await expect(
      database.db.insert(sources).values({ text: 'Văn bản A', contentHash: 'h1' }),
    ).rejects.toThrow();
  });

  it('removes a task with its partner links', async () => {
    const [agency] = await database.db.insert(agencies).values({ name: 'Sở Y tế tỉnh Lào Cai' }).returning();
    const [task] = await database.db.insert(tasks).values({ text: 'Rà soát trạm y tế xã' }).returning();
    await database.db.insert(taskPartners).values({ taskId: task.id, agencyId: agency.id });
    await database.db.delete(tasks).where(eq(tasks.id, task.id));
    expect(await database.db.$count(taskPartners, eq(taskPartners.taskId, task.id))).toBe(0);
  });

  it('refuses to change or remove audit entries', async () => {
    await database.db.insert(auditLog).values({ action: 'create', entity: 'task', entityId: '1' });
    await expect(database.db.execute(sql`update audit_log set entity = 'x'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect(await database.db.$count(auditLog)).toBeGreaterThan(0);
  });
});

describe('PGlite data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotrinh-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its data across restarts', async () => {
    const first = await openDatabase({ dataDir: dir });
    await migrate(first);
    await first.db.insert(agencies).values({ name: 'Sở Tư pháp tỉnh Cao Bằng' });
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    await migrate(second);
    const rows = await second.db.select({ name: agencies.name }).from(agencies);
    await second.close();
    expect(rows).toEqual([{ name: 'Sở Tư pháp tỉnh Cao Bằng' }]);
  });
});
