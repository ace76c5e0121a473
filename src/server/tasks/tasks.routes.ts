import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentUser } from '../plugins/auth.ts';
import { MANAGERS, WRITERS } from '../shared/permissions.ts';
import { IdParams, paged } from '../shared/schemas.ts';
import {
  ExplanationCreate,
  TaskCreate,
  TaskDetailOut,
  TaskListQuery,
  TaskOut,
  TaskPatch,
  TaskUpdateCreate,
} from './tasks.schema.ts';
import {
  addTaskUpdate,
  createTask,
  deleteTask,
  getTask,
  listTasks,
  patchTask,
  requestExplanation,
} from './tasks.service.ts';

export async function tasksRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['tasks'];

  r.get(
    '/api/tasks',
    { schema: { tags, querystring: TaskListQuery, response: { 200: paged(TaskOut) } } },
    (req) => listTasks(app.ctx, currentUser(req), req.query),
  );

  r.get('/api/tasks/:id', { schema: { tags, params: IdParams, response: { 200: TaskDetailOut } } }, (req) =>
    getTask(app.ctx, currentUser(req), req.params.id),
  );

  r.post(
    '/api/tasks',
    { config: { roles: MANAGERS }, schema: { tags, body: TaskCreate, response: { 201: TaskDetailOut } } },
    async (req, reply) => reply.status(201).send(await createTask(app.ctx, currentUser(req), req.body)),
  );

  r.patch(
    '/api/tasks/:id',
    {
      config: { roles: WRITERS },
      schema: { tags, params: IdParams, body: TaskPatch, response: { 200: TaskDetailOut } },
    },
    (req) => patchTask(app.ctx, currentUser(req), req.params.id, req.body),
  );

  r.delete(
    '/api/tasks/:id',
    { config: { roles: MANAGERS }, schema: { tags, params: IdParams } },
    async (req, reply) => {
      await deleteTask(app.ctx, currentUser(req), req.params.id);
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/tasks/:id/updates',
    {
      config: { roles: WRITERS },
      schema: { tags, params: IdParams, body: TaskUpdateCreate, response: { 201: TaskDetailOut } },
    },
    async (req, reply) =>
      reply.status(201).send(await addTaskUpdate(app.ctx, currentUser(req), req.params.id, req.body)),
  );

  r.post(
    '/api/tasks/:id/explanations',
    {
      config: { roles: MANAGERS },
      schema: { tags, params: IdParams, body: ExplanationCreate, response: { 201: TaskDetailOut } },
    },
    async (req, reply) =>
      reply.status(201).send(await requestExplanation(app.ctx, currentUser(req), req.params.id, req.body)),
  );
}
