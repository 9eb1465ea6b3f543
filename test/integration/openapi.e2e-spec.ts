import request from 'supertest';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

interface Operation {
  summary?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}

describe('OpenAPI document (e2e)', () => {
  let t: TestApp;
  let operations: Array<[string, Operation]>;
  let doc: { components: { schemas: Record<string, unknown> }; paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await request(t.http).get('/docs-json').expect(200)).body;
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation]),
    );
  });
  afterAll(() => t.close());

  it('serves the UI at /docs', async () => {
    const res = await request(t.http).get('/docs').redirects(1).expect(200);
    expect(res.text).toMatch(/swagger-ui/i);
  });

  it('documents the known routes', () => {
    const names = operations.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['GET /health/ready', 'POST /auth/login', 'PATCH /me']));
  });

  it('gives every operation a summary and a documented success response', () => {
    const missing = operations.filter(
      ([, op]) => !op.summary || !Object.keys(op.responses).some((s) => /^2\d\d$/.test(s)),
    );
    expect(missing.map(([name]) => name)).toEqual([]);
  });

  it('documents every error response as problem+json with the ProblemDto schema', () => {
    expect(doc.components.schemas.ProblemDto).toBeDefined();
    for (const [name, op] of operations) {
      expect([name, op.responses['500']?.content?.['application/problem+json']?.schema?.$ref]).toEqual([
        name,
        '#/components/schemas/ProblemDto',
      ]);
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect([name, status, Object.keys(response.content ?? {})]).toEqual([name, status, ['application/problem+json']]);
      }
    }
  });

  it('documents 401 and 403 on every secured operation', () => {
    for (const [name, op] of operations.filter(([, o]) => o.security?.length)) {
      expect([name, Object.keys(op.responses)]).toEqual([name, expect.arrayContaining(['401', '403'])]);
    }
  });
});
