import request from 'supertest';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { type OpenApiDocument, operationsOf } from './openapi-document.js';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/** Nest mounts `consumer.apply(...).forRoutes('*path')` middleware as a catch-all route on every method. */
const MIDDLEWARE_CATCH_ALL = '{/*splat}';

/** 'GET /members/{id}' for every route Express serves (Express 5 keeps them on `app.router`). */
function servedRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
  return express.router.stack.flatMap((layer) => {
    if (!layer.route || layer.route.path === MIDDLEWARE_CATCH_ALL) return [];
    const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
    const methods = Object.keys(layer.route.methods).filter((m) => layer.route!.methods[m] && m !== '_all');
    return paths.flatMap((p) => methods.map((m) => `${m.toUpperCase()} ${p.replace(/:(\w+)/g, '{$1}')}`));
  });
}

describe('served routes (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('serves no route that the OpenAPI document does not list (besides the document itself)', async () => {
    const doc: OpenApiDocument = (await request(t.http).get('/docs-json').expect(200)).body;
    const documented = new Set(operationsOf(doc).map((o) => o.route));
    const served = servedRoutes(t);
    expect(served.length).toBeGreaterThan(documented.size / 2);
    const undocumented = served.filter((r) => !documented.has(r) && !/^GET \/docs/.test(r));
    expect(undocumented).toEqual([]);
  });
});
