import request from 'supertest';
import { MATRIX, type MatrixRow } from '../authz/matrix.js';
import { ACTORS, type Actor, MatrixContext, MATRIX_APP_ENV } from '../authz/matrix-context.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

/**
 * Every state-changing endpoint writes an audit entry: each mutating row of the
 * authorization matrix is called once by a caller it allows, and the audit
 * trail must have grown.
 */
const MUTATING = MATRIX.filter((row) => !row.route.startsWith('GET '));

function allowedActor(row: MatrixRow): Actor | undefined {
  return ACTORS.find((a) => row.expect[a] >= 200 && row.expect[a] < 300);
}

describe('audit coverage of mutating endpoints (e2e)', () => {
  let t: TestApp;
  let ctx: MatrixContext;
  beforeAll(async () => {
    t = await createTestApp(MATRIX_APP_ENV);
    ctx = await new MatrixContext(t.app, t.http, t.db).setUp();
  });
  afterAll(() => t.close());

  const count = async (): Promise<number> => (await t.db.query(`SELECT count(*)::int AS n FROM audit_entries`))[0].n;

  it('has at least one mutating row that some caller may perform', () => {
    expect(MUTATING.filter((r) => allowedActor(r)).length).toBeGreaterThan(10);
  });

  it.each(MUTATING.filter((r) => allowedActor(r)).map((r) => [r.route, r] as const))('%s writes an audit entry', async (_route, row) => {
    const actor = allowedActor(row)!;
    const [method, template] = row.route.split(' ');
    const built = await row.build(ctx, actor);
    expect(built.path.split('?')[0]).toMatch(new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`));
    const headers = await ctx.auth(actor);
    const before = await count();
    const req = request(t.http)[method.toLowerCase() as 'post' | 'patch' | 'put' | 'delete'](built.path).set(headers);
    if (built.file) for (const [k, v] of Object.entries(built.fields ?? {})) req.field(k, v);
    const res = await (built.file ? req.attach(built.file.field, built.file.content, built.file.name) : built.body ? req.send(built.body) : req);
    expect(res.status).toBe(row.expect[actor]);
    expect(await count()).toBeGreaterThan(before);
  });
});
