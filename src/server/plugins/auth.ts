// Every /api route needs a session unless its config says `public: true`; `roles` narrows who may call it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, userForSession } from '../auth/sessions.ts';
import { AppError } from '../errors.ts';

export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('user', null);

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.user = await userForSession(app.ctx.db, token, app.ctx.now());
    const config = request.routeOptions.config;
    if (config?.public || request.routeOptions.url === undefined) return;
    if (!request.user) throw new AppError('unauthenticated');
    if (config?.roles && !config.roles.includes(request.user.role)) throw new AppError('forbidden');
  });
}

/** The signed-in user; routes reach here only after the hook above has checked there is one. */
export function currentUser(request: FastifyRequest) {
  if (!request.user) throw new AppError('unauthenticated');
  return request.user;
}
