import { asc, desc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { meetings, tasks } from '../../db/schema.ts';
import { recordAudit } from '../audit.ts';
import { todayInVietnam } from '../context.ts';
import { AppError } from '../errors.ts';
import { currentUser } from '../plugins/auth.ts';
import { MANAGERS } from '../shared/permissions.ts';
import { assertDocument } from '../shared/refs.ts';
import { Id, IdParams, IsoDate, NonEmptyText, PageQuery, paged, pageOf } from '../shared/schemas.ts';
import { TaskOut } from '../tasks/tasks.schema.ts';
import { tasksWhere } from '../tasks/tasks.service.ts';

const MeetingOut = z.object({
  id: z.number(),
  kind: z.enum(['conference', 'working_session']),
  title: z.string(),
  heldOn: z.string().nullable(),
  heldOnText: z.string().nullable(),
  place: z.string().nullable(),
  chair: z.string().nullable(),
  conclusions: z.string().nullable(),
  documentId: z.number().nullable(),
  illustrative: z.boolean(),
});

const MeetingCreate = z.object({
  kind: z.enum(['conference', 'working_session']),
  title: NonEmptyText(1000),
  heldOn: IsoDate.nullable().optional(),
  place: z.string().max(500).nullable().optional(),
  chair: z.string().max(500).nullable().optional(),
  conclusions: z.string().max(100_000).nullable().optional(),
  documentId: Id.nullable().optional(),
});

const present = ({ createdAt: _c, sourceId: _s, sourceSpan: _p, ...m }: typeof meetings.$inferSelect) => m;

export async function meetingsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];

  r.get(
    '/api/meetings',
    { schema: { tags, querystring: PageQuery, response: { 200: paged(MeetingOut) } } },
    async (req) => {
      const { limit, offset } = pageOf(req.query);
      const rows = await app.ctx.db
        .select()
        .from(meetings)
        .orderBy(sql`${meetings.heldOn} desc nulls last`, desc(meetings.id))
        .limit(limit)
        .offset(offset);
      return { items: rows.map(present), total: await app.ctx.db.$count(meetings) };
    },
  );

  r.get(
    '/api/meetings/:id',
    { schema: { tags, params: IdParams, response: { 200: MeetingOut.extend({ tasks: z.array(TaskOut) }) } } },
    async (req) => {
      const [row] = await app.ctx.db.select().from(meetings).where(eq(meetings.id, req.params.id));
      if (!row) throw new AppError('not_found');
      const today = todayInVietnam(app.ctx.now());
      return {
        ...present(row),
        tasks: await tasksWhere(app.ctx.db, currentUser(req), today, eq(tasks.meetingId, row.id), 500, [
          asc(tasks.id),
        ]),
      };
    },
  );

  r.post(
    '/api/meetings',
    { config: { roles: MANAGERS }, schema: { tags, body: MeetingCreate, response: { 201: MeetingOut } } },
    async (req, reply) => {
      const user = currentUser(req);
      const row = await app.ctx.db.transaction(async (tx) => {
        await assertDocument(tx, req.body.documentId);
        const [created] = await tx.insert(meetings).values(req.body).returning();
        await recordAudit(tx, user, 'create', 'meeting', created.id, null, created);
        return created;
      });
      return reply.status(201).send(present(row));
    },
  );
}
