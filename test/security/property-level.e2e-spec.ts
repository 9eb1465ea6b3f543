import request from 'supertest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { User } from '../../src/users/user.entity.js';
import { MATRIX, type BuiltRequest } from '../authz/matrix.js';
import { ACTORS, type Actor, MatrixContext, MATRIX_APP_ENV } from '../authz/matrix-context.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { allowedActors, sendBuilt } from './fuzz-request.js';
import { bodySchema, type OpenApiDocument, operationsOf } from './openapi-document.js';

/** Fields no client may set on any write: identity, tenancy, state, secrets and bookkeeping. */
const PROTECTED_FIELDS: Record<string, unknown> = {
  id: '6f1c1f4e-0000-4000-8000-000000000001', roles: ['admin'], isPlatformAdmin: true,
  certificationBodyId: '6f1c1f4e-0000-4000-8000-000000000002', status: 'published', passwordHash: '$argon2id$v=19$x',
  tokenHash: 'x', createdAt: '2020-01-01T00:00:00Z', updatedAt: '2020-01-01T00:00:00Z', candidateUserId: '6f1c1f4e-0000-4000-8000-000000000003',
  userId: '6f1c1f4e-0000-4000-8000-000000000004', active: false, revokedAt: '2020-01-01T00:00:00Z', seq: 1, hash: 'x',
};

/** Application views (FR.APL.01 personal data) and who may see the NIK in them. */
const NIK_ROUTES = new Set(['GET /applications', 'GET /applications/{id}', 'GET /assessments/{id}/dossier']);
const NIK_READERS = new Set<Actor>(['candidate', 'admin', 'auditor']);
/** Candidate's NIK, set directly so that any response showing it is found by value. */
const CANDIDATE_NIK = '3273019999990007';

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) keysOf(v, into.add(k));
  return into;
}

describe('property-level authorization (e2e)', () => {
  let t: TestApp;
  let ctx: MatrixContext;
  let doc: OpenApiDocument;
  beforeAll(async () => {
    t = await createTestApp(MATRIX_APP_ENV);
    ctx = await new MatrixContext(t.app, t.http, t.db).setUp();
    doc = (await request(t.http).get('/docs-json').expect(200)).body;
    await t.db.getRepository(User).update({ id: ctx.users.candidate.user.id }, { nationalId: CANDIDATE_NIK });
  }, 120_000);
  afterAll(() => t.close());

  it('refuses every protected field a write does not document, and changes nothing', async () => {
    const writes = operationsOf(doc).filter((o) => o.method !== 'get' && (o.op.requestBody?.content['application/json'] || o.op.requestBody?.content['multipart/form-data']));
    const cases: Array<{ route: string; method: string; built: BuiltRequest; actor: Actor; field: string }> = [];
    for (const o of writes) {
      const row = MATRIX.find((r) => r.route === o.route)!;
      const actor = allowedActors(row)[0];
      const documented = new Set(Object.keys((bodySchema(doc, o.op) ?? bodySchema(doc, o.op, 'multipart/form-data'))?.properties ?? {}));
      for (const field of Object.keys(PROTECTED_FIELDS).filter((f) => !documented.has(f))) {
        const built = await row.build(ctx, actor);
        cases.push({ route: o.route, method: o.method, actor, field, built: built.file
          ? { ...built, fields: { ...built.fields, [field]: String(PROTECTED_FIELDS[field]) } }
          : { ...built, body: { ...built.body, [field]: PROTECTED_FIELDS[field] } } });
      }
    }
    expect(cases.length).toBeGreaterThan(100);
    // sessions minted for each request are audited (auth.login); anything else would be a change
    const changes = () => t.db.getRepository(AuditEntry).createQueryBuilder('a').where("a.action NOT LIKE 'auth.%'").getCount();
    const auditBefore = await changes();
    const wrong: string[] = [];
    for (const c of cases) {
      const res = await sendBuilt(ctx.http, c.method, c.built, await ctx.auth(c.actor));
      const named = (res.body.errors ?? []).some((e: { pointer: string }) => e.pointer === `/${c.field}`);
      if (res.status !== 400 || !named) wrong.push(`${c.route} +${c.field} by ${c.actor} → ${res.status} ${res.text?.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
    // every state change writes an audit entry in its transaction: none was written
    expect(await changes()).toBe(auditBefore);
  }, 300_000);

  it('shows no role a field it must not see, on any read', async () => {
    const reads = MATRIX.filter((r) => r.route.startsWith('GET '));
    const leaks: string[] = [];
    const seen = new Map<string, Set<string>>();
    for (const row of reads) {
      for (const actor of ACTORS.filter((a) => row.expect[a] < 300)) {
        const res = await sendBuilt(ctx.http, 'get', await row.build(ctx, actor), await ctx.auth(actor));
        if (res.status >= 300 || !res.type.includes('json')) continue;
        const keys = keysOf(res.body);
        seen.set(`${row.route} ${actor}`, keys);
        const text = JSON.stringify(res.body);
        const at = `${row.route} as ${actor}`;
        if ([...keys].some((k) => /password|tokenhash|refreshtoken|secret/i.test(k))) leaks.push(`${at}: credential field`);
        if (/\$argon2/.test(text)) leaks.push(`${at}: password hash value`);
        if (['candidate', 'anonymous'].includes(actor) && (keys.has('answerKey') || keys.has('expectedAnswer'))) leaks.push(`${at}: answer key`);
        // The NIK is part of FR.APL.01: the candidate and the body staff who verify the application see it; nobody else.
        const mayShowNik = row.route === 'GET /me' || (NIK_ROUTES.has(row.route) && NIK_READERS.has(actor));
        if (!mayShowNik && keys.has('nationalId')) leaks.push(`${at}: a nationalId where the role may not see it`);
        if (text.includes(CANDIDATE_NIK) && !mayShowNik) leaks.push(`${at}: the candidate's NIK`);
        if (keys.has('revokedReason') || keys.has('internalNote')) leaks.push(`${at}: internal note`);
      }
    }
    expect(leaks).toEqual([]);
    // the controls: the candidate sees the own NIK, staff with the bank permission see answer keys
    expect(seen.get('GET /me candidate')?.has('nationalId')).toBe(true);
    expect([...seen.entries()].some(([k, keys]) => k.endsWith(' admin') && keys.has('answerKey'))).toBe(true);
  }, 300_000);
});
