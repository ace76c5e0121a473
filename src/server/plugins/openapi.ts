// The API contract, generated from the routes' zod schemas, served at /api/docs (JSON at /api/docs/json).

import type { SwaggerTransform } from '@fastify/swagger';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { z } from 'zod';

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  // The contract is public, like any published API description.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config as object), public: true };
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Lộ trình API',
        description:
          'Theo dõi thực hiện nghị quyết, kế hoạch, đề án — tracking the implementation of resolutions, plans and projects. ' +
          'Sign in with POST /api/auth/login; the session cookie `lotrinh_session` authenticates every other call.',
        version,
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lotrinh_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
    staticCSP: true,
  });
}

/**
 * The contract of a request body the handler reads itself, one zod schema per content type (JSON text beside
 * a multipart upload): `config: { swaggerTransform: documentedBody({...}) }`. Fastify does not validate it
 * (the handler does, with the same schemas); the document describes it.
 */
export function documentedBody(content: Record<string, z.ZodType>): SwaggerTransform {
  return (args) => {
    const base = jsonSchemaTransform(args);
    const body = {
      content: Object.fromEntries(
        Object.entries(content).map(([type, schema]) => [
          type,
          { schema: jsonSchemaTransform({ ...args, schema: { body: schema } }).schema.body },
        ]),
      ),
    };
    return { ...base, schema: { ...base.schema, body } };
  };
}
