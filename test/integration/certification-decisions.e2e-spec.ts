import request from 'supertest';
import { certificationWorld, type CertificationWorld, decidedIn, recommendedIn } from '../factories/certification.factory.js';
import { createAssessor, draftApplication, allMet } from '../factories/candidate.factory.js';
import { login, signedIn } from '../factories/identity.factory.js';
import { recommendScheduled } from '../factories/recommended-assessment.factory.js';
import { withoutTriggers } from '../utils/test-database.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

describe('certification decision and certificate issue (e2e)', () => {
  let t: TestApp;
  let w: CertificationWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await certificationWorld(t);
  });
  afterAll(() => t.close());

  const audited = async (action: string, entityId: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = $1 AND entity_id = $2`, [action, entityId]))[0].n;

  it('shows the decision maker the whole record, then decides K and issues the certificate with its documents', async () => {
    const rec = await recommendedIn(w);
    const review = await request(t.http).get(`/assessments/${rec.assessmentId}/decision-review`).set(w.decisionMaker.auth).expect(200);
    expect(Object.keys(review.body).sort()).toEqual(
      ['application', 'assessment', 'decision', 'events', 'impartiality', 'recommendation', 'selfAssessment', 'team', 'units'].sort());
    expect(review.body.impartiality).toEqual({ mayDecide: true, reasons: [] });
    expect(review.body.recommendation.overall).toBe('K');
    expect(review.body.units.map((u: { outcome: string }) => u.outcome)).toEqual(rec.unitIds.map(() => 'K'));
    expect(review.body.team[0]).toMatchObject({ assessorUserId: w.assessorUserId, role: 'lead' });
    await request(t.http).get(`/assessments/${rec.assessmentId}/decision-review`).set(w.candidate.auth).expect(404);

    const res = await request(t.http).post(`/assessments/${rec.assessmentId}/decision`).set(w.decisionMaker.auth)
      .send({ outcome: 'K', notes: 'Bukti lengkap' }).expect(201);
    expect(res.body).toMatchObject({ outcome: 'K', notes: 'Bukti lengkap', bkUnitIds: [], decidedByUserId: w.decisionMaker.user.id });
    const cert = res.body.certificate;
    expect(cert.certificateNumber).toMatch(new RegExp(`^${w.body.code}/.+/\\d{4}/\\d{6}$`));
    expect(cert).toMatchObject({ status: 'active', holderUserId: w.candidate.user.id, units: expect.any(Array) });
    expect(cert.verificationCode).toMatch(/^[A-Za-z0-9_-]{27}$/);
    expect(cert.units).toHaveLength(rec.unitIds.length);
    expect(cert.surveillanceDueDates.length).toBeGreaterThan(0);
    expect(res.body.documents.map((d: { kind: string }) => d.kind).sort()).toEqual(['assessment-record', 'certificate', 'decision-letter']);
    const a = await request(t.http).get(`/assessments/${rec.assessmentId}`).set(w.admin.auth).expect(200);
    expect(a.body.status).toBe('decided');
    expect(a.body.events.at(-1)).toMatchObject({ action: 'decide', fromStatus: 'recommended', toStatus: 'decided' });
    expect(await audited('decision.made', res.body.id)).toBe(1);
    expect(await audited('certificate.issued', cert.id)).toBe(1);
    // the candidate sees their own decision and certificate; another candidate does not
    await request(t.http).get(`/decisions/${res.body.id}`).set(w.candidate.auth).expect(200);
    await request(t.http).get(`/certificates/${cert.id}`).set(w.candidate.auth).expect(200);
    const other = await signedIn(t.db, t.http, w.body, ['candidate']);
    await request(t.http).get(`/certificates/${cert.id}`).set(other.auth).expect(404);
    // a decision is final: deciding again is refused
    const again = await request(t.http).post(`/assessments/${rec.assessmentId}/decision`).set(w.decisionMaker.auth).send({ outcome: 'BK' }).expect(409);
    expect(again.body.code).toBe('DECISION.NOT_RECOMMENDED');
  });

  it('refuses a decision maker who assessed the candidate or trained them, with reason codes', async () => {
    const dmAssessor = await createAssessor(t.db, t.http, w.body, w.admin.auth, { schemeCodes: [w.scheme.document.scheme.code] });
    await t.db.query(`UPDATE memberships SET roles = '{assessor,decision_maker}' WHERE user_id = $1`, [dmAssessor.user.id]);
    const tokens = await login(t.http, dmAssessor, w.body.id);
    const dmAuth = { Authorization: `Bearer ${tokens.accessToken}` };

    const assessed = await recommendedIn({ ...w, assessorUserId: dmAssessor.user.id, assessorAuth: dmAuth });
    const refused = await request(t.http).post(`/assessments/${assessed.assessmentId}/decision`).set(dmAuth).send({ outcome: 'K' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'DECISION.DECIDER_NOT_IMPARTIAL', reasons: ['ASSESSOR_OF_ASSESSMENT'] });

    await request(t.http).post('/relationships').set(w.admin.auth)
      .send({ assessorUserId: dmAssessor.user.id, kind: 'trained', counterpartUserId: w.candidate.user.id, note: 'Pelatihan JWD 2025' }).expect(201);
    const trained = await recommendedIn(w);
    const review = await request(t.http).get(`/assessments/${trained.assessmentId}/decision-review`).set(dmAuth).expect(200);
    expect(review.body.impartiality).toEqual({ mayDecide: false, reasons: ['TRAINED_CANDIDATE'] });
    const r2 = await request(t.http).post(`/assessments/${trained.assessmentId}/decision`).set(dmAuth).send({ outcome: 'K' }).expect(409);
    expect(r2.body.reasons).toEqual(['TRAINED_CANDIDATE']);
    const status = (await t.db.query(`SELECT status FROM assessments WHERE id = $1`, [trained.assessmentId]))[0].status;
    expect(status).toBe('recommended');
  });

  it('lets exactly one of two concurrent decision makers decide', async () => {
    const rec = await recommendedIn(w);
    const second = await signedIn(t.db, t.http, w.body, ['decision_maker']);
    const results = await Promise.all([w.decisionMaker.auth, second.auth].map((auth) =>
      request(t.http).post(`/assessments/${rec.assessmentId}/decision`).set(auth).send({ outcome: 'K' })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM certification_decisions WHERE assessment_id = $1`, [rec.assessmentId]))[0].n).toBe(1);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM certificates WHERE assessment_id = $1`, [rec.assessmentId]))[0].n).toBe(1);
  });

  it('decides BK without a certificate and schedules attempt 2 for the BK units with another assessor', async () => {
    const { rec, decision } = await decidedIn(w, 'BK');
    expect(decision).toMatchObject({ outcome: 'BK', bkUnitIds: [rec.unitIds[0]], certificate: null });
    expect(decision.documents.map((d: { kind: string }) => d.kind).sort()).toEqual(['assessment-record', 'decision-letter']);
    const other = await createAssessor(t.db, t.http, w.body, w.admin.auth, { schemeCodes: [w.scheme.document.scheme.code] });
    const res = await request(t.http).post(`/decisions/${decision.id}/reassessment`).set(w.admin.auth).send({
      tuk: { name: 'TUK Sewaktu', type: 'sewaktu' }, scheduledAt: '2026-04-14T08:00:00+07:00', leadAssessorUserId: other.user.id,
    }).expect(201);
    expect(res.body).toMatchObject({ attempt: 2, previousAssessmentId: rec.assessmentId, reassessedUnitIds: [rec.unitIds[0]], applicationId: rec.applicationId });
    const twice = await request(t.http).post(`/decisions/${decision.id}/reassessment`).set(w.admin.auth).send({
      tuk: { name: 'TUK Sewaktu', type: 'sewaktu' }, scheduledAt: '2026-04-14T08:00:00+07:00', leadAssessorUserId: other.user.id,
    }).expect(409);
    expect(twice.body.code).toBe('ASSESSMENT.ALREADY_SCHEDULED');
    // attempt 2 reaches a decision too
    const otherAuth = { Authorization: `Bearer ${(await login(t.http, other, w.body.id)).accessToken}` };
    await recommendScheduled(t.http, res.body.id, { scheme: w.scheme, assessorAuth: otherAuth, candidateAuth: w.candidate.auth });
    const d2 = await request(t.http).post(`/assessments/${res.body.id}/decision`).set(w.decisionMaker.auth).send({ outcome: 'K' }).expect(201);
    expect(d2.body.certificate.status).toBe('active');
  });

  it('refuses a reassessment after a K decision', async () => {
    const { decision } = await decidedIn(w, 'K');
    const res = await request(t.http).post(`/decisions/${decision.id}/reassessment`).set(w.admin.auth).send({
      tuk: { name: 'TUK Sewaktu', type: 'sewaktu' }, scheduledAt: '2026-04-14T08:00:00+07:00', leadAssessorUserId: w.assessorUserId,
    }).expect(409);
    expect(res.body.code).toBe('DECISION.REASSESSMENT_NOT_ALLOWED');
  });

  it('gives 20 parallel K decisions 20 distinct, gap-free certificate numbers', async () => {
    const world = await certificationWorld(t);
    const recs = [];
    for (let i = 0; i < 20; i++) recs.push(await recommendedIn(world));
    const results = await Promise.all(recs.map((r) =>
      request(t.http).post(`/assessments/${r.assessmentId}/decision`).set(world.decisionMaker.auth).send({ outcome: 'K' })));
    expect(results.map((r) => r.status)).toEqual(recs.map(() => 201));
    const seqs = results.map((r) => Number(r.body.certificate.certificateNumber.split('/').pop())).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.body.certificate.registrationNumber)).size).toBe(20);
  }, 120_000);

  it('accepts numbers issued by BNSP, and links a recertification to the certificate it renews', async () => {
    const rec = await recommendedIn(w);
    const manual = { certificateNumber: `62090 2513 3 ${Date.now() % 10_000_000} 2026`, registrationNumber: 'TIK 1565 30800 2026' };
    const first = await request(t.http).post(`/assessments/${rec.assessmentId}/decision`).set(w.decisionMaker.auth).send({ outcome: 'K', ...manual }).expect(201);
    expect(first.body.certificate).toMatchObject(manual);

    const app = await draftApplication(t.http, w.candidate.auth, w.scheme, { purpose: 'recertification', renewsCertificateNumber: manual.certificateNumber });
    await request(t.http).post(`/applications/${app.id}/submit`).set(w.candidate.auth).expect(200);
    await request(t.http).post(`/applications/${app.id}/review`).set(w.admin.auth).send({ requirements: allMet(w.scheme), recommendation: 'accept', notes: 'OK' }).expect(200);
    const a = await request(t.http).post('/assessments').set(w.admin.auth)
      .send({ applicationId: app.id, tuk: { name: 'TUK', type: 'sewaktu' }, scheduledAt: '2026-03-10T08:00:00+07:00', leadAssessorUserId: w.assessorUserId }).expect(201);
    await recommendScheduled(t.http, a.body.id, { scheme: w.scheme, assessorAuth: w.assessorAuth, candidateAuth: w.candidate.auth });
    const renewed = await request(t.http).post(`/assessments/${a.body.id}/decision`).set(w.decisionMaker.auth).send({ outcome: 'K' }).expect(201);
    expect(renewed.body.certificate.renewsCertificateId).toBe(first.body.certificate.id);
  });

  it('lists certificates due for surveillance and expiring within N days, keyset-paginated', async () => {
    const world = await certificationWorld(t);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await decidedIn(world, 'K')).decision.certificate.id);
    await withoutTriggers(t.db, `UPDATE certificates SET expires_on = current_date + 10 WHERE id = $1`, [ids[0]]);
    const expiring = await request(t.http).get('/certificates?due=expiry&withinDays=30').set(world.admin.auth).expect(200);
    expect(expiring.body.items.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
    expect((await request(t.http).get('/certificates?due=surveillance&withinDays=30').set(world.admin.auth).expect(200)).body.items).toEqual([]);
    const page1 = await request(t.http).get('/certificates?due=surveillance&withinDays=400&limit=2').set(world.admin.auth).expect(200);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await request(t.http).get(`/certificates?due=surveillance&withinDays=400&limit=2&cursor=${page1.body.nextCursor}`).set(world.admin.auth).expect(200);
    expect([...page1.body.items, ...page2.body.items].map((c: { id: string }) => c.id).sort()).toEqual([...ids].sort());
    expect(page2.body.nextCursor).toBeNull();
  });
});
