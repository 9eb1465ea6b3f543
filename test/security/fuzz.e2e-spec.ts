import fc from 'fast-check';
import request from 'supertest';
import { MATRIX } from '../authz/matrix.js';
import { MatrixContext, MATRIX_APP_ENV } from '../authz/matrix-context.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { allowedActors, caseArbitrary, checkAnswer, FUZZ_RUNS, FUZZ_SEED, send } from './fuzz-request.js';
import { type OpenApiDocument, operationsOf, ResponseValidator } from './openapi-document.js';

/**
 * OpenAPI-driven fuzzing: for every documented operation, valid and broken
 * requests from the document's own schemas, by allowed and other callers.
 * Never a 5xx; only documented statuses; problem+json on 4xx; 2xx bodies match
 * the documented schema. FUZZ_RUNS per operation (npm run test:fuzz for a long run).
 */
describe('OpenAPI fuzzing (e2e)', () => {
  let t: TestApp;
  let ctx: MatrixContext;
  let doc: OpenApiDocument;
  let validator: ResponseValidator;
  beforeAll(async () => {
    t = await createTestApp(MATRIX_APP_ENV);
    ctx = await new MatrixContext(t.app, t.http, t.db).setUp();
    doc = (await request(t.http).get('/docs-json').expect(200)).body;
    validator = new ResponseValidator(doc);
  }, 120_000);
  afterAll(() => t.close());

  const routes = [...new Set(MATRIX.map((r) => r.route))];

  it.each(routes)('%s', async (route) => {
    const o = operationsOf(doc).find((op) => op.route === route);
    expect(o).toBeDefined();
    const row = MATRIX.find((r) => r.route === route)!;
    const base = await row.build(ctx, allowedActors(row)[0]);
    await fc.assert(
      fc.asyncProperty(caseArbitrary(doc, o!, row, base), async (c) => checkAnswer(o!, await send(ctx, o!, c), validator)),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
    );
  }, 30_000 + FUZZ_RUNS * 2_000);

  it('answers a body over BODY_LIMIT with a documented 413 problem on every operation that takes a body', async () => {
    const huge = JSON.stringify({ text: 'A'.repeat(1_100_000) });
    for (const o of operationsOf(doc).filter((op) => op.op.requestBody?.content['application/json'])) {
      const row = MATRIX.find((r) => r.route === o.route)!;
      const path = (await row.build(ctx, allowedActors(row)[0])).path;
      const res = await request(t.http)[o.method as 'post'](path).set(await ctx.auth(allowedActors(row)[0])).set('Content-Type', 'application/json').send(huge);
      checkAnswer(o, res, validator);
      expect([o.route, res.status]).toEqual([o.route, 413]);
    }
  }, 120_000);

  it('fuzzes every documented operation', () => {
    expect(operationsOf(doc).map((o) => o.route).sort()).toEqual([...routes].sort());
  });
});
