import { asc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminUnits } from '../../db/schema.ts';
import { historyKeys } from '../../domain/adminUnits.ts';
import { AppError } from '../errors.ts';

const AdminUnitOut = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.string(),
  level: z.string(),
  gsoCode: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  successorKey: z.string().nullable(),
  /** Former units merged into this one (Nghị quyết 202/2025/QH15), transitively. */
  predecessors: z.array(z.string()),
});

const Query = z.object({
  /** true: the 34 units in force now; false: the former ones only. */
  current: z.enum(['true', 'false']).optional(),
});

export async function adminUnitsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin-units'];

  async function all() {
    const rows = await app.ctx.db
      .select()
      .from(adminUnits)
      .orderBy(asc(adminUnits.name), asc(adminUnits.key));
    return rows.map((u) => ({ ...u, kind: u.kind as 'tỉnh' | 'thành phố', level: 'province' as const }));
  }

  r.get(
    '/api/admin-units',
    {
      schema: {
        tags,
        querystring: Query,
        response: { 200: z.object({ items: z.array(AdminUnitOut), total: z.number() }) },
      },
    },
    async (req) => {
      const units = await all();
      const wanted =
        req.query.current === undefined
          ? units
          : units.filter((u) => (u.validTo === null) === (req.query.current === 'true'));
      const items = wanted.map((u) => ({
        ...u,
        predecessors: historyKeys(units, u.key).filter((k) => k !== u.key),
      }));
      return { items, total: items.length };
    },
  );

  r.get(
    '/api/admin-units/:key',
    { schema: { tags, params: z.object({ key: z.string().max(100) }), response: { 200: AdminUnitOut } } },
    async (req) => {
      const units = await all();
      const unit = units.find((u) => u.key === req.params.key);
      if (!unit) throw new AppError('not_found');
      return { ...unit, predecessors: historyKeys(units, unit.key).filter((k) => k !== unit.key) };
    },
  );
}
