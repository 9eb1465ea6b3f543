import request from 'supertest';
import { MATRIX, type MatrixRow } from '../authz/matrix.js';
import { ACTORS, type Actor, MatrixContext, MATRIX_APP_ENV } from '../authz/matrix-context.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

/** Nothing secret may ever leave the API, whoever asks. */
const SECRET_PATTERN = /\$argon2|password_?hash|token_?hash/i;

async function call(ctx: MatrixContext, row: MatrixRow, actor: Actor) {
  const [method, template] = row.route.split(' ');
  const built = await row.build(ctx, actor);
  expect(built.path.split('?')[0]).toMatch(new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`));
  const req = request(ctx.http)[method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](built.path).set(await ctx.auth(actor));
  if (built.file) {
    for (const [k, v] of Object.entries(built.fields ?? {})) req.field(k, v);
    return req.attach(built.file.field, built.file.content, built.file.name);
  }
  return built.body ? req.send(built.body) : req;
}

describe('authorization matrix (e2e)', () => {
  let t: TestApp;
  let ctx: MatrixContext;
  beforeAll(async () => {
    t = await createTestApp(MATRIX_APP_ENV);
    ctx = await new MatrixContext(t.app, t.http, t.db).setUp();
  });
  afterAll(() => t.close());

  describe.each(MATRIX.map((row) => [row.route, row] as const))('%s', (_route, row) => {
    it.each([...ACTORS])('answers %s as the matrix says, without secrets', async (actor) => {
      const res = await call(ctx, row, actor);
      // Binary answers (evidence downloads) have no text; their bytes are the uploaded file.
      const text = res.text ?? '';
      expect(`${res.status} ${text}`.slice(0, 300)).toBe(`${row.expect[actor]} ${text}`.slice(0, 300));
      expect(text).not.toMatch(SECRET_PATTERN);
    }, 30_000); // rows may first walk a candidate journey (upload, apply, accept) to get their object
  });

  it('has a row for every route of the OpenAPI document, and no row for a route it lacks', async () => {
    const doc = (await request(t.http).get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map((m) => `${m.toUpperCase()} ${path}`),
    );
    // Several rows may test one route with different objects (a published and a draft scheme).
    const rows = [...new Set(MATRIX.map((r) => r.route))];
    expect([...documented].sort()).toEqual(rows.sort());
  });

  it("shows the admin of another body only that body's members", async () => {
    const res = await request(t.http).get('/members').set(await ctx.auth('other_body_admin')).expect(200);
    expect(res.body.items.map((m: { userId: string }) => m.userId)).toEqual([ctx.users.other_body_admin.user.id]);
  });
});
