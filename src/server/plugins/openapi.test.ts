import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';

type Schema = {
  type?: string;
  format?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
};
type Operation = { requestBody?: { content: Record<string, { schema: Schema }> } };

/** POST routes that take no body at all. */
const BODYLESS = new Set(['post /api/auth/logout', 'post /api/observations/{id}/approve']);

describe('the OpenAPI document', () => {
  let t: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  beforeAll(async () => {
    t = await buildTestApp('pglite', { demo: false });
    const res = await t.app.inject({ url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    paths = res.json().paths;
  });
  afterAll(() => t?.close());

  it('describes POST /api/sources as JSON text or a multipart file', () => {
    const content = paths['/api/sources'].post.requestBody?.content ?? {};
    expect(Object.keys(content).sort()).toEqual(['application/json', 'multipart/form-data']);
    const json = content['application/json'].schema;
    expect(json.required).toEqual(['text']);
    expect(Object.keys(json.properties ?? {}).sort()).toEqual(['publishedOn', 'text', 'title', 'url']);
    const form = content['multipart/form-data'].schema;
    expect(form.required).toEqual(['file']);
    expect(form.properties?.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(Object.keys(form.properties ?? {}).sort()).toEqual(['file', 'publishedOn', 'title', 'url']);
  });

  it('describes POST /api/imports as JSON texts or multipart files', () => {
    const content = paths['/api/imports'].post.requestBody?.content ?? {};
    expect(Object.keys(content).sort()).toEqual(['application/json', 'multipart/form-data']);
    const json = content['application/json'].schema;
    expect(json.required).toEqual(['items']);
    expect(json.properties?.items).toMatchObject({ type: 'array' });
    expect(json.properties?.items?.items?.required).toEqual(['text']);
    expect(json.properties?.accept).toMatchObject({ type: 'boolean' });
    const form = content['multipart/form-data'].schema;
    expect(form.required).toEqual(['files']);
    expect(form.properties?.files).toMatchObject({ type: 'array', items: { format: 'binary' } });
  });

  it('gives every other POST, PUT and PATCH route its request body', () => {
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(paths))
      for (const [method, op] of Object.entries(ops))
        if (
          ['post', 'put', 'patch'].includes(method) &&
          !op.requestBody &&
          !BODYLESS.has(`${method} ${path}`)
        )
          missing.push(`${method} ${path}`);
    expect(missing).toEqual([]);
  });
});
