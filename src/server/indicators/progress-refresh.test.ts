import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '../../../test/db.ts';
import { loadDemo } from '../../cli/demo-data.ts';
import type { Database } from '../../db/client.ts';
import { indicators, observations, targets } from '../../db/schema.ts';
import { buildApp } from '../app.ts';
import { assessIndicator } from './indicators.service.ts';
import { refreshProgressForYear } from './progress-refresh.ts';

// The demo's urbanisation rate has targets for 2025 and 2030: in 2025 its headline is the 2025 target,
// from 2026 the 2030 one, so its stored progress must change when the year turns.
const URBANISATION = 'Tỷ lệ đô thị hóa';

async function stored(database: Database) {
  const [row] = await database.db.select().from(indicators).where(eq(indicators.name, URBANISATION));
  return row;
}

async function live(database: Database, today: string) {
  const row = await stored(database);
  const [t, o] = await Promise.all([
    database.db.select().from(targets).where(eq(targets.indicatorId, row.id)),
    database.db.select().from(observations).where(eq(observations.indicatorId, row.id)),
  ]);
  return assessIndicator(row, t, o, today);
}

describe.each(ENGINES)('indicator progress at the turn of the year on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(engine);
    await loadDemo(database, new Date('2025-06-01T03:00:00Z'));
  });
  afterAll(() => database?.close());

  it('is measured against the 2025 target while it is 2025', async () => {
    const row = await stored(database);
    const in2025 = await live(database, '2025-06-01');
    expect(in2025.targetYear).toBe(2025);
    expect(row.progressStatus).toBe(in2025.status);
    expect(row.progressRatio).toBe(in2025.ratio);
  });

  it('moves to the 2030 target when a server starts in 2026, writing only what changed', async () => {
    const before = await stored(database);
    const app = await buildApp({
      database,
      now: () => new Date('2026-01-02T01:00:00Z'),
      webDir: '/nonexistent',
    });
    await app.ready();
    await app.close(); // waits for the refresh started when the server became ready
    const after = await stored(database);
    const in2026 = await live(database, '2026-01-02');
    expect(in2026.targetYear).toBe(2030);
    expect(after.progressRatio).toBe(in2026.ratio);
    expect(after.progressStatus).toBe(in2026.status);
    expect(after.progressRatio).not.toBe(before.progressRatio);
    // Nothing left to change the second time.
    expect(await refreshProgressForYear(database.db, '2026-03-01')).toBe(0);
  });
});
