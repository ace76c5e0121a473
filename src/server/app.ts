// Builds the Fastify application: plugins first (cookies, security headers, errors, sign-in, OpenAPI),
// then one route module per resource, then the web app's files.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from '../db/client.ts';
import { adminUnitsRoutes } from './admin-units/admin-units.routes.ts';
import { agenciesRoutes } from './agencies/agencies.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import type { AppContext } from './context.ts';
import { ShortCache } from './dashboard/dashboard.cache.ts';
import { type DashboardAnswer, dashboardRoutes } from './dashboard/dashboard.routes.ts';
import { documentsRoutes } from './documents/documents.routes.ts';
import { AppError, errorBody } from './errors.ts';
import { explanationsRoutes } from './explanations/explanations.routes.ts';
import { extractRoutes } from './extract/extract.routes.ts';
import { healthRoutes } from './health/health.routes.ts';
import { importsRoutes } from './imports/imports.routes.ts';
import { indicatorsRoutes } from './indicators/indicators.routes.ts';
import { keepProgressCurrent } from './indicators/progress-refresh.ts';
import { meetingsRoutes } from './meetings/meetings.routes.ts';
import { peopleRoutes } from './people/people.routes.ts';
import { registerAuth } from './plugins/auth.ts';
import { langOf, registerErrorHandling } from './plugins/errors.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { searchRoutes } from './search/search.routes.ts';
import { sourcesRoutes } from './sources/sources.routes.ts';
import { tasksRoutes } from './tasks/tasks.routes.ts';
import { usersRoutes } from './users/users.routes.ts';

export interface AppOptions {
  database: Database;
  now?: () => Date;
  logger?: boolean;
  /** Folder of the built web app; served at / when it exists. */
  webDir?: string;
}

const DASHBOARD_TTL_MS = 10_000;

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
export const VERSION = packageJson.version;
const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.LOTRINH_TRUST_PROXY === '1',
  });
  const ctx: AppContext = {
    database: options.database,
    db: options.database.db,
    now: options.now ?? (() => new Date()),
  };
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  registerErrorHandling(app, { logger: options.logger ?? false });
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'worker-src': ["'self'", 'blob:'],
      },
    },
  });
  await app.register(rateLimit, { global: false });
  registerAuth(app);
  await registerOpenApi(app, VERSION);

  // The dashboard's answers, kept a few seconds (see dashboard.cache.ts); any write through the API
  // (sign-in and sign-out aside) empties the cache once it is done.
  const dashboardCache = new ShortCache<DashboardAnswer>(DASHBOARD_TTL_MS);
  app.addHook('onResponse', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && !request.url.startsWith('/api/auth/'))
      dashboardCache.clear();
  });

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(usersRoutes);
  await app.register(agenciesRoutes);
  await app.register(adminUnitsRoutes);
  await app.register(peopleRoutes);
  await app.register(documentsRoutes);
  await app.register(meetingsRoutes);
  await app.register(indicatorsRoutes);
  keepProgressCurrent(app, ctx);
  await app.register(tasksRoutes);
  await app.register(explanationsRoutes);
  await app.register(dashboardRoutes, { cache: dashboardCache });
  await app.register(auditRoutes);
  await app.register(extractRoutes);
  await app.register(searchRoutes);
  await app.register(sourcesRoutes);
  await app.register(importsRoutes);

  const webDir = options.webDir ?? DEFAULT_WEB_DIR;
  const serveWeb = existsSync(webDir);
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // Vite names every file under assets/ by its content hash: the browser keeps them for a year and
      // does not ask again (without this each page load revalidated ~35 chunks, and on PGlite those
      // requests queued behind a running dashboard query). index.html is asked for each time.
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // The web app routes on the client: any other page path gets its index.html.
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    return reply.status(404).send(errorBody(new AppError('not_found'), langOf(request)));
  });
  return app;
}
