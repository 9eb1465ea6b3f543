import request from 'supertest';
import { certificationWorld, type CertificationWorld, recommendedIn } from '../factories/certification.factory.js';
import { pdfBytes } from '../factories/evidence.factory.js';
import { signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

describe('Idempotency-Key on create endpoints (e2e)', () => {
  let t: TestApp;
  let w: CertificationWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await certificationWorld(t);
  });
  afterAll(() => t?.close());

  const count = async (sql: string, params: unknown[]) => Number((await t.db.query(sql, params))[0].count);
  const upload = (auth: Record<string, string>, key: string, bytes: Buffer, title = 'Ijazah') =>
    request(t.http).post('/portfolio-items').set(auth).set('Idempotency-Key', key)
      .field('title', title).field('evidenceType', 'indirect').attach('file', bytes, 'ijazah.pdf');

  it('replays an upload with the same key: one item, the same answer', async () => {
    const bytes = pdfBytes(3000);
    const first = await upload(w.candidate.auth, 'upload-1', bytes);
    expect(first.status).toBe(201);
    const again = await upload(w.candidate.auth, 'upload-1', bytes);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await count(`SELECT count(*) FROM portfolio_items WHERE candidate_user_id = $1 AND title = 'Ijazah'`, [w.candidate.user.id])).toBe(1);
    expect(await count(`SELECT count(*) FROM audit_entries WHERE action = 'portfolio_item.uploaded' AND entity_id = $1`, [first.body.id])).toBe(1);
  });

  it('refuses the same key for another request (422 IDEMPOTENCY.KEY_REUSED), also from another user', async () => {
    const reused = await upload(w.candidate.auth, 'upload-1', pdfBytes(5000), 'Lain');
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    const other = await signedIn(t.db, t.http, w.body, ['candidate']);
    const stranger = await upload(other.auth, 'upload-1', pdfBytes(3000));
    expect(stranger.status).toBe(422);
    expect(stranger.body).not.toHaveProperty('id');
  });

  it('runs concurrent requests with one key exactly once', async () => {
    const { assessmentId } = await recommendedIn(w, { bkUnitIndexes: [0] });
    const body = { outcome: 'BK', notes: 'Rapat pleno' };
    const answers = await Promise.all(Array.from({ length: 5 }, () =>
      request(t.http).post(`/assessments/${assessmentId}/decision`).set(w.decisionMaker.auth).set('Idempotency-Key', `decide-${assessmentId}`).send(body)));
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((a) => a.body.id)).size).toBe(1);
    const others = answers.filter((a) => a.status !== 201).map((a) => `${a.status} ${a.body.code}`);
    expect(others.filter((o) => o !== '409 IDEMPOTENCY.IN_PROGRESS')).toEqual([]);
    expect(await count(`SELECT count(*) FROM certification_decisions WHERE assessment_id = $1`, [assessmentId])).toBe(1);
    const replay = await request(t.http).post(`/assessments/${assessmentId}/decision`).set(w.decisionMaker.auth)
      .set('Idempotency-Key', `decide-${assessmentId}`).send(body);
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(created[0].body.id);
  });

  it('stores no key for a refused request, so the client can fix and resend it', async () => {
    const bad = await request(t.http).post('/applications').set(w.candidate.auth).set('Idempotency-Key', 'apply-1')
      .send({ schemeVersionId: w.scheme.versionId, purpose: 'nonsense', requirementEvidence: [] });
    expect(bad.status).toBe(400);
    expect(await count(`SELECT count(*) FROM idempotency_keys WHERE key = 'apply-1'`, [])).toBe(0);
  });

  it('refuses a malformed key', async () => {
    const res = await upload(w.candidate.auth, 'with space', pdfBytes(3000));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe('/headers/idempotency-key');
  });
});
