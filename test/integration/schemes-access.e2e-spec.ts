import request from 'supertest';
import type { BodyRole } from '../../src/auth/roles.js';
import type { CertificationBody } from '../../src/certification-bodies/certification-body.entity.js';
import type { MatrixRole } from '../authz/schemes.matrix.js';
import { createBody, signedIn } from '../factories/identity.factory.js';
import { createPublishedScheme, sampleDocument, type PublishedScheme } from '../factories/scheme.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

const CONFIDENTIAL = /expectedAnswer|answerKey|"questions"/;

describe('schemes: who sees what (e2e)', () => {
  let t: TestApp;
  let body: CertificationBody;
  const auth = {} as Record<MatrixRole, Record<string, string>>;
  let published: PublishedScheme;
  beforeAll(async () => {
    t = await createTestApp();
    body = await createBody(t.db);
    for (const role of ['admin', 'assessor', 'candidate', 'decision_maker', 'auditor'] as BodyRole[]) {
      auth[role] = (await signedIn(t.db, t.http, body, [role])).auth;
    }
    auth.anonymous = {};
    auth.otherBodyAdmin = (await signedIn(t.db, t.http, await createBody(t.db), ['admin'])).auth;
    published = await createPublishedScheme(t, body, auth.admin);
  });
  afterAll(() => t.close());

  it('never gives a candidate the question bank or answer keys', async () => {
    const base = `/schemes/${published.schemeId}/versions/${published.versionId}`;
    const tree = await request(t.http).get(base).set(auth.candidate).expect(200);
    expect(tree.body.units).toHaveLength(8);
    expect(tree.body.questions).toBeUndefined();
    expect(JSON.stringify(tree.body)).not.toMatch(CONFIDENTIAL);
    await request(t.http).get(`${base}/questions`).set(auth.candidate).expect(403);
    await request(t.http).get(`${base}/export`).set(auth.candidate).expect(403);
    const list = await request(t.http).get('/schemes').set(auth.candidate).expect(200);
    expect(list.body.items.map((s: any) => s.id)).toEqual([published.schemeId]);
    const pub = await request(t.http).get(`/public/certification-bodies/${body.id}/schemes/${published.schemeId}`).expect(200);
    expect(pub.body.currentVersion.units).toHaveLength(8);
    expect(JSON.stringify(pub.body)).not.toMatch(CONFIDENTIAL);
    const staff = await request(t.http).get(base).set(auth.assessor).expect(200);
    expect(staff.body.questions[0].expectedAnswer).not.toBe('');
  });

  it('lists only published schemes publicly, without sign-in', async () => {
    const res = await request(t.http).get(`/public/certification-bodies/${body.id}/schemes`).expect(200);
    expect(res.body.items.map((s: any) => [s.id, s.status])).toEqual([[published.schemeId, 'published']]);
    expect(JSON.stringify(res.body)).not.toMatch(CONFIDENTIAL);
    await request(t.http).get('/public/certification-bodies/00000000-0000-4000-8000-000000000000/schemes').expect(404);
  });

  it('pages through a search with a keyset cursor, without gaps or repeats', async () => {
    const other = await createBody(t.db);
    const admin = (await signedIn(t.db, t.http, other, ['admin'])).auth;
    const codes = ['PG-07', 'PG-03', 'PG-01', 'PG-05', 'PG-02', 'PG-06', 'PG-04'];
    for (const code of codes) {
      await request(t.http).post('/schemes/import').set(admin).send(sampleDocument(code)).expect(201);
    }
    await request(t.http).post('/schemes').set(admin).send({ code: 'ZZ-1', titleId: 'Analis Data Muda', type: 'KKNI', kkniLevel: 5 }).expect(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: request.Response = await request(t.http).get('/schemes').set(admin).query({ q: 'PG-', limit: 3, ...(cursor ? { cursor } : {}) }).expect(200);
      seen.push(...res.body.items.map((s: any) => s.code));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...codes].sort());
    const byTitle = await request(t.http).get('/schemes').set(admin).query({ q: 'analis data' }).expect(200);
    expect(byTitle.body.items.map((s: any) => s.code)).toEqual(['ZZ-1']);
    const byType = await request(t.http).get('/schemes').set(admin).query({ type: 'KKNI' }).expect(200);
    expect(byType.body.items.map((s: any) => s.code)).toEqual(['ZZ-1']);
    const drafts = await request(t.http).get('/schemes').set(admin).query({ status: 'draft', limit: 100 }).expect(200);
    expect(drafts.body.items).toHaveLength(8);
    const bad = await request(t.http).get('/schemes').set(admin).query({ cursor: 'bm90LWEtY3Vyc29y' });
    expect(bad.status).toBe(400);
  });
});
