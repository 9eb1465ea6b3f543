import request from 'supertest';
import { MATRIX, type MatrixRow } from '../authz/matrix.js';
import { MatrixContext, MATRIX_APP_ENV } from '../authz/matrix-context.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { allowedActors, sendBuilt } from './fuzz-request.js';
import { type OpenApiDocument, operationsOf } from './openapi-document.js';

/** Ids replayed per id position: a rotating slice, so each id is tried in several places (test:fuzz tries all). */
const PER_POSITION = Number(process.env.REPLAY_IDS_PER_POSITION ?? 12);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidsIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string' && UUID.test(value)) into.add(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) uuidsIn(v, into);
  return into;
}

/**
 * Every id body A's callers get back, replayed by body B's administrator in
 * every id position of every route: the answer is 404 (403 where the admin
 * lacks the permission altogether), never a 2xx and never a 409 that would
 * reveal that the record exists.
 */
describe('cross-body replay (e2e)', () => {
  let t: TestApp;
  let ctx: MatrixContext;
  let doc: OpenApiDocument;
  const ids = new Set<string>();
  beforeAll(async () => {
    t = await createTestApp(MATRIX_APP_ENV);
    ctx = await new MatrixContext(t.app, t.http, t.db).setUp();
    doc = (await request(t.http).get('/docs-json').expect(200)).body;
    // body A's traffic: every row, by every body A actor the matrix lets through
    for (const row of MATRIX) {
      for (const actor of allowedActors(row).filter((a) => a !== 'other_body_admin' && a !== 'platform_admin' && a !== 'anonymous')) {
        const res = await sendBuilt(ctx.http, row.route.split(' ')[0].toLowerCase(), await row.build(ctx, actor), await ctx.auth(actor));
        if (res.status < 300 && res.type === 'application/json') uuidsIn(res.body, ids);
      }
    }
    for (const id of [ctx.bodyA.id, ctx.assessorProfileId, ...Object.values(ctx.schemes)]) ids.add(id);
    // users are global; ids of body B's own records are fine for body B
    for (const u of Object.values(ctx.users)) ids.delete(u.user.id);
    ids.delete(ctx.bodyB.id);
  }, 120_000);
  afterAll(() => t.close());

  const securedWithIds = (): Array<[MatrixRow, string]> =>
    operationsOf(doc).filter((o) => o.op.security?.length && o.path.includes('{')).map((o) => [MATRIX.find((r) => r.route === o.route)!, o.path]);

  it('collected the ids of what body A created', () => {
    expect(ids.size).toBeGreaterThan(15);
  });

  it('answers 404 to body B for every body A id in every id position', async () => {
    const wrong: string[] = [];
    const all = [...ids];
    const replayed = new Set<string>();
    let offset = 0;
    const routes = securedWithIds();
    const positions = routes.reduce((n, [, template]) => n + (template.match(/\{/g)?.length ?? 0), 0);
    const perPosition = Math.max(PER_POSITION, Math.ceil(all.length / positions));
    const bodyB = await ctx.auth('other_body_admin');
    for (const [row, template] of routes) {
      const method = row.route.split(' ')[0].toLowerCase();
      const allowed = row.expect.other_body_admin === 403 ? [403, 404] : [404];
      const base = await row.build(ctx, allowedActors(row)[0]);
      const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const position of names) {
        const slice = perPosition >= all.length ? all : Array.from({ length: perPosition }, (_, i) => all[(offset + i) % all.length]);
        offset += perPosition;
        for (const id of slice) {
          replayed.add(id);
          const path = template.replace(/\{([^}]+)\}/g, (_, n: string) => (n === position ? id : base.path.split('/')[template.split('/').indexOf(`{${n}}`)]));
          const res = await sendBuilt(ctx.http, method, { ...base, path }, bodyB);
          if (!allowed.includes(res.status)) wrong.push(`${row.route} ${path} → ${res.status} ${res.text?.slice(0, 120)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(replayed.size).toBe(ids.size);
  }, 300_000);
});
