import request from 'supertest';
import { FsEvidenceStorage } from '../../src/evidence/storage/fs-evidence-storage.js';
import { allCriteria, observations, startAssessment } from '../factories/assessment.factory.js';
import { acceptedApplication, createAssessor, scheduleAssessment } from '../factories/candidate.factory.js';
import { type CertificationWorld, certificationWorld, recommendedIn } from '../factories/certification.factory.js';
import { pdfBytes } from '../factories/evidence.factory.js';
import { login } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { type StartedApi, startApiProcess } from '../utils/api-process.js';
import { acknowledged, fireAndCrash, retryOutcome, type Seen } from './crash-helpers.js';

/**
 * The compiled API as a child process, killed with SIGKILL while writes are in
 * flight, then restarted on the same database and evidence folder. Every write
 * the client saw acknowledged must be there, nothing may be half-written, the
 * audit chain must verify, and retrying with the same Idempotency-Key must give
 * exactly one result.
 */
describe('crash and restart (SIGKILL mid-write)', () => {
  let t: TestApp;
  let w: CertificationWorld;
  let api: StartedApi;
  let assessorAuth: Record<string, string>;
  let assessorUserId: string;
  const start = async () => (api = await startApiProcess({
    DATABASE_URL: t.databaseUrl, DATA_DIR: t.config.dataDir, JOBS_ENABLED: 'false', SEED_DEMO: 'false', LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '10',
  }, 45_000));
  const count = async (sql: string, params: unknown[] = []) => Number((await t.db.query(sql, params))[0].count);
  /** Before the kill every answer was a success; the kill cut at least one request short. */
  const expectCrashedMidWrite = (seen: Seen[]) => {
    expect(seen.filter((s) => s.status !== 'no answer' && (s.status < 200 || s.status >= 300))).toEqual([]);
    expect(seen.filter((s) => s.status === 'no answer').length).toBeGreaterThan(0);
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await certificationWorld(t);
    const assessor = await createAssessor(t.db, t.http, w.body, w.admin.auth, { schemeCodes: [w.scheme.document.scheme.code] });
    assessorUserId = assessor.user.id;
    assessorAuth = { Authorization: `Bearer ${(await login(t.http, assessor, w.body.id)).accessToken}` };
    await start();
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await t?.close();
  });

  /** After every crash: the body's audit chain still verifies end to end. */
  async function expectChainVerifies() {
    const chain = await request(api.url).get('/audit/verify').set(w.admin.auth);
    expect(chain.status).toBe(200);
    expect(chain.body).toMatchObject({ ok: true });
  }

  it('uploads: acknowledged items are stored with their bytes, no row lacks bytes, retries create nothing twice', async () => {
    const n = 18;
    const files = Array.from({ length: n }, (_, i) => pdfBytes(200_000 + i));
    const send = (url: string, i: number) => () => request(url).post('/portfolio-items').set(w.candidate.auth).set('Idempotency-Key', `upload-${i}`)
      .field('title', `crash-upload-${i}`).field('evidenceType', 'indirect').attach('file', files[i], `bukti-${i}.pdf`);
    const seen = await fireAndCrash(api.api, files.map((_, i) => send(api.url, i)), Math.ceil(n / 3));
    expectCrashedMidWrite(seen);
    await start();

    for (const { index, body } of acknowledged(seen)) {
      expect(await count(`SELECT count(*) FROM portfolio_items WHERE id = $1 AND title = $2`, [body.id, `crash-upload-${index}`])).toBe(1);
    }
    const storage = new FsEvidenceStorage(`${t.config.dataDir}/evidence`);
    const rows: Array<{ sha256: string; size_bytes: number }> = await t.db.query(
      `SELECT sha256, size_bytes FROM portfolio_items WHERE candidate_user_id = $1`, [w.candidate.user.id]);
    for (const row of rows) expect((await storage.stat(row.sha256))?.size).toBe(Number(row.size_bytes));

    const retried = await Promise.all(files.map((_, i) => send(api.url, i)()));
    expect(retried.map(retryOutcome).filter((o) => o !== 'created' && o !== 'done before the crash')).toEqual([]);
    for (const { index, body } of acknowledged(seen)) expect(retried[index].body.id).toBe(body.id);
    const perTitle: Array<{ n: string }> = await t.db.query(
      `SELECT count(*) AS n FROM portfolio_items WHERE candidate_user_id = $1 AND title LIKE 'crash-upload-%' GROUP BY title`, [w.candidate.user.id]);
    expect(perTitle).toHaveLength(n);
    expect(perTitle.every((r) => Number(r.n) === 1)).toBe(true);
    await expectChainVerifies();
  }, 90_000);

  it('bulk judgements: acknowledged batches are recorded, every batch is whole or absent, retries record it once', async () => {
    const assessments: string[] = [];
    for (let i = 0; i < 3; i++) {
      const app = await acceptedApplication(t.http, w.candidate.auth, w.admin.auth, w.scheme);
      const { id } = await scheduleAssessment(t.http, w.admin.auth, app.id, assessorUserId);
      await startAssessment(t.http, { assessmentId: id, assessorAuth, candidateAuth: w.candidate.auth, scheme: w.scheme });
      assessments.push(id);
    }
    const criteria = allCriteria(w.scheme);
    const batches = assessments.flatMap((assessmentId) => chunk(criteria, 3).map((ids) => ({ assessmentId, ids })));
    const send = (url: string, b: (typeof batches)[number], i: number) => () => request(url).post(`/assessments/${b.assessmentId}/observations`)
      .set(assessorAuth).set('Idempotency-Key', `observe-${i}`).send(observations(b.ids));
    const recorded = (b: (typeof batches)[number]) => count(
      `SELECT count(*) FROM assessment_evidence_records WHERE assessment_id = $1 AND kind = 'observation' AND criterion_ids && $2::uuid[]`, [b.assessmentId, b.ids]);

    const seen = await fireAndCrash(api.api, batches.map((b, i) => send(api.url, b, i)), Math.ceil(batches.length / 3));
    expectCrashedMidWrite(seen);
    await start();

    const counts = await Promise.all(batches.map(recorded));
    expect(counts.filter((n, i) => n !== 0 && n !== batches[i].ids.length)).toEqual([]);
    expect(acknowledged(seen).filter((a) => counts[a.index] !== batches[a.index].ids.length)).toEqual([]);
    const retried = await Promise.all(batches.map((b, i) => send(api.url, b, i)()));
    expect(retried.map(retryOutcome).filter((o) => o !== 'created' && o !== 'done before the crash')).toEqual([]);
    for (const b of batches) expect(await recorded(b)).toBe(b.ids.length);
    await expectChainVerifies();
  }, 120_000);

  it('decision → certificate: no certificate without a decision, no decision without a decided assessment, retries decide once', async () => {
    const recs = [];
    for (let i = 0; i < 6; i++) recs.push(await recommendedIn(w));
    const send = (url: string, assessmentId: string) => () => request(url).post(`/assessments/${assessmentId}/decision`)
      .set(w.decisionMaker.auth).set('Idempotency-Key', `decide-${assessmentId}`).send({ outcome: 'K', notes: 'Rapat pleno' });
    const seen = await fireAndCrash(api.api, recs.map((r) => send(api.url, r.assessmentId)), 2);
    expectCrashedMidWrite(seen);
    await start();

    for (const { body } of acknowledged(seen)) {
      expect(await count(`SELECT count(*) FROM certification_decisions WHERE id = $1`, [body.id])).toBe(1);
      expect(await count(`SELECT count(*) FROM certificates WHERE decision_id = $1`, [body.id])).toBe(1);
    }
    await expectNothingHalfWritten();
    const retried = await Promise.all(recs.map((r) => send(api.url, r.assessmentId)()));
    expect(retried.map(retryOutcome).filter((o) => o !== 'created' && o !== 'done before the crash')).toEqual([]);
    for (const r of recs) {
      expect(await count(`SELECT count(*) FROM certification_decisions WHERE assessment_id = $1`, [r.assessmentId])).toBe(1);
      expect(await count(`SELECT count(*) FROM assessments WHERE id = $1 AND status = 'decided'`, [r.assessmentId])).toBe(1);
    }
    await expectNothingHalfWritten();
    await expectChainVerifies();
  }, 120_000);

  async function expectNothingHalfWritten() {
    const body = [w.body.id];
    expect(await count(`SELECT count(*) FROM certificates c WHERE c.certification_body_id = $1 AND NOT EXISTS
      (SELECT 1 FROM certification_decisions d WHERE d.certification_body_id = c.certification_body_id AND d.id = c.decision_id)`, body)).toBe(0);
    expect(await count(`SELECT count(*) FROM certification_decisions d JOIN assessments a
      ON a.certification_body_id = d.certification_body_id AND a.id = d.assessment_id
      WHERE d.certification_body_id = $1 AND a.status <> 'decided'`, body)).toBe(0);
    expect(await count(`SELECT count(*) FROM assessments a WHERE a.certification_body_id = $1 AND a.status = 'decided' AND NOT EXISTS
      (SELECT 1 FROM certification_decisions d WHERE d.certification_body_id = a.certification_body_id AND d.assessment_id = a.id)`, body)).toBe(0);
    expect(await count(`SELECT count(*) FROM certification_decisions d WHERE d.certification_body_id = $1 AND d.outcome = 'K' AND NOT EXISTS
      (SELECT 1 FROM certificates c WHERE c.certification_body_id = d.certification_body_id AND c.decision_id = d.id)`, body)).toBe(0);
  }
});

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
