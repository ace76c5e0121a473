import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../plugins/auth.ts';
import { LoginBody, UserOut } from './auth.schema.ts';
import { login, logout } from './auth.service.ts';
import { deleteSession, SESSION_COOKIE } from './sessions.ts';

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secure = process.env.LOTRINH_SECURE_COOKIES === '1';
  // Sign-in attempts per address and minute (brute force); a test run signing in many times raises it.
  const signInsPerMinute = Number(process.env.LOTRINH_SIGNINS_PER_MINUTE) || 20;

  r.post(
    '/api/auth/login',
    {
      config: { public: true, rateLimit: { max: signInsPerMinute, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], body: LoginBody, response: { 200: z.object({ user: UserOut }) } },
    },
    async (request, reply) => {
      const { user, session } = await login(
        app.ctx.db,
        request.body.username,
        request.body.password,
        app.ctx.now(),
      );
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        expires: session.expiresAt,
      });
      return { user };
    },
  );

  r.post(
    '/api/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'] } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(app.ctx.db, token);
      await logout(app.ctx.db, request.user);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], response: { 200: z.object({ user: UserOut }) } } },
    async (request) => ({ user: currentUser(request) }),
  );
}
