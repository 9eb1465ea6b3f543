import request from 'supertest';
import { DEMO_PASSWORD, DemoSeedService } from '../../src/seed/demo-seed.service.js';
import { login } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

describe('demo seed: the Junior Web Developer scheme (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('imports and publishes the sample scheme for the demo body, readable by the demo candidate without the question bank', async () => {
    expect(await t.app.get(DemoSeedService).seedIfEmpty()).toBeDefined();
    const { accessToken } = await login(t.http, { email: 'asesi@lsp-demo.id', password: DEMO_PASSWORD });
    const candidate = { Authorization: `Bearer ${accessToken}` };
    const list = await request(t.http).get('/schemes').set(candidate).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ code: 'SKM/LSP-DEMO/JWD/2016', type: 'OKUPASI', status: 'published' })]);
    const scheme = list.body.items[0];
    const tree = await request(t.http).get(`/schemes/${scheme.id}/versions/${scheme.currentVersionId}`).set(candidate).expect(200);
    expect(tree.body.units.map((u: { code: string }) => u.code)).toContain('J.620100.017.02');
    expect(tree.body.questions).toBeUndefined();
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM scheme_questions`);
    expect(n).toBeGreaterThan(0);
  });
});
