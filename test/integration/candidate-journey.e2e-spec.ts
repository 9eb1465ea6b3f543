import request from 'supertest';
import { createBody, signedIn } from '../factories/identity.factory.js';
import {
  acceptedApplication, allMet, createAssessor, draftApplication, scheduleAssessment, uploadItem,
} from '../factories/candidate.factory.js';
import { createPublishedScheme, type PublishedScheme } from '../factories/scheme.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

describe('candidate journey: application, self-assessment, assessor review (e2e)', () => {
  let t: TestApp;
  let body: Awaited<ReturnType<typeof createBody>>;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  let auditor: Awaited<ReturnType<typeof signedIn>>;
  let scheme: PublishedScheme;
  beforeAll(async () => {
    t = await createTestApp();
    body = await createBody(t.db);
    admin = await signedIn(t.db, t.http, body, ['admin']);
    auditor = await signedIn(t.db, t.http, body, ['auditor']);
    scheme = await createPublishedScheme(t, body, admin.auth);
  });
  afterAll(() => t.close());

  const candidate = () => signedIn(t.db, t.http, body, ['candidate']);
  const itemStatus = async (id: string) => (await t.db.query(`SELECT status FROM portfolio_items WHERE id = $1`, [id]))[0].status;
  const elementIds = () => scheme.tree.units.flatMap((u) => u.elements.map((e) => e.id));

  it('runs the whole journey as each role through HTTP', async () => {
    const c = await candidate();
    await t.db.query(`UPDATE users SET employer = 'PT Nusantara Digital', national_id = '3273015704950002' WHERE id = $1`, [c.user.id]);
    const app = await draftApplication(t.http, c.auth, scheme, { homeAddress: 'Jl. Cihampelas 12, Bandung', education: 'SMK TKJ' });
    const itemIds = app.requirementEvidence.flatMap((e) => e.portfolioItemIds);
    expect(itemIds.length).toBeGreaterThan(0);
    expect(await itemStatus(itemIds[0])).toBe('draft');

    const submitted = await request(t.http).post(`/applications/${app.id}/submit`).set(c.auth).expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', submissionCount: 1 });
    expect(submitted.body.applicant).toMatchObject({
      employer: 'PT Nusantara Digital', nationalId: '3273015704950002', homeAddress: 'Jl. Cihampelas 12, Bandung', education: 'SMK TKJ',
    });
    for (const id of itemIds) expect(await itemStatus(id)).toBe('locked');
    await request(t.http).patch(`/portfolio-items/${itemIds[0]}`).set(c.auth).send({ title: 'Diubah' }).expect(409);

    await request(t.http).post(`/applications/${app.id}/review`).set(admin.auth)
      .send({ requirements: allMet(scheme), recommendation: 'accept', notes: 'Diterima sebagai asesi' }).expect(200);
    const detail = await request(t.http).get(`/applications/${app.id}`).set(auditor.auth).expect(200);
    expect(detail.body.status).toBe('accepted');
    expect(detail.body.events.map((e: { action: string }) => e.action)).toEqual(['create', 'submit', 'accept']);
    expect(detail.body.events[2]).toMatchObject({ fromStatus: 'submitted', toStatus: 'accepted', actorUserId: admin.user.id, reason: 'Diterima sebagai asesi' });
    expect(detail.body.reviews[0].requirements).toHaveLength(scheme.document.version.requirements.length);

    // self-assessment: draft, incomplete submit 422, complete submit locks the items
    const evidence = await uploadItem(t.http, c.auth, 'Portofolio proyek web');
    const [first, ...rest] = elementIds();
    await request(t.http).put(`/applications/${app.id}/self-assessment`).set(c.auth)
      .send({ answers: [{ elementId: first, claim: 'BK', portfolioItemIds: [] }] }).expect(200);
    const incomplete = await request(t.http).post(`/applications/${app.id}/self-assessment/submit`).set(c.auth).expect(422);
    expect(incomplete.body.code).toBe('SELF_ASSESSMENT.ANSWERS_INVALID');
    expect(incomplete.body.missing ?? incomplete.body.details?.missing ?? JSON.stringify(incomplete.body)).toBeDefined();
    expect(JSON.stringify(incomplete.body)).toContain(rest[0]);
    const answers = elementIds().map((elementId) => ({ elementId, claim: 'K', portfolioItemIds: [evidence] }));
    await request(t.http).put(`/applications/${app.id}/self-assessment`).set(c.auth).send({ answers }).expect(200);
    const sa = await request(t.http).post(`/applications/${app.id}/self-assessment/submit`).set(c.auth).expect(200);
    expect(sa.body.status).toBe('submitted');
    expect(sa.body.answers).toHaveLength(elementIds().length);
    expect(await itemStatus(evidence)).toBe('locked');

    // immutable afterwards
    const again = await request(t.http).put(`/applications/${app.id}/self-assessment`).set(c.auth)
      .send({ answers: [{ elementId: first, claim: 'BK', portfolioItemIds: [] }] }).expect(409);
    expect(again.body.code).toBe('SELF_ASSESSMENT.SUBMITTED');
    await request(t.http).post(`/applications/${app.id}/self-assessment/submit`).set(c.auth).expect(409);

    // assessment + assigned assessor
    const assessor = await createAssessor(t.db, t.http, body, admin.auth, { schemeCodes: [scheme.document.scheme.code] });
    const assessorAuth = (await signedIn(t.db, t.http, body, ['assessor'])).auth; // a non-assigned assessor
    const assigned = { Authorization: `Bearer ${(await request(t.http).post('/auth/login').send({ email: assessor.email, password: assessor.password, certificationBodyId: body.id })).body.accessToken}` };
    await request(t.http).get(`/portfolio-items/${evidence}/content`).set(assigned).expect(404);
    await request(t.http).post(`/applications/${app.id}/self-assessment/reviews`).set(assigned).send({ canProceed: true }).expect(404);
    const assessment = await scheduleAssessment(t.http, admin.auth, app.id, assessor.user.id);

    const review = await request(t.http).post(`/applications/${app.id}/self-assessment/reviews`).set(assigned)
      .send({ canProceed: true, notes: 'Asesmen dapat dilanjutkan' }).expect(200);
    expect(review.body.reviews).toEqual([expect.objectContaining({ assessorUserId: assessor.user.id, canProceed: true, notes: 'Asesmen dapat dilanjutkan' })]);
    expect(review.body.answers.every((a: { claim: string }) => a.claim === 'K')).toBe(true);

    const content = await request(t.http).get(`/portfolio-items/${evidence}/content`).set(assigned).expect(200);
    expect(content.headers['content-type']).toContain('application/pdf');
    await request(t.http).get(`/portfolio-items/${itemIds[0]}`).set(assigned).expect(200);

    // the non-assigned assessor sees none of it
    await request(t.http).get(`/portfolio-items/${evidence}/content`).set(assessorAuth).expect(404);
    await request(t.http).get(`/assessments/${assessment.id}`).set(assessorAuth).expect(404);
    await request(t.http).get(`/applications/${app.id}/self-assessment`).set(assessorAuth).expect(404);
    await request(t.http).post(`/applications/${app.id}/self-assessment/reviews`).set(assessorAuth).send({ canProceed: false }).expect(404);
    await request(t.http).get(`/assessments/${assessment.id}`).set(assigned).expect(200);
    await request(t.http).get(`/assessments/${assessment.id}`).set(c.auth).expect(200);

    // after cancellation the assessor loses access to the candidate's evidence
    await request(t.http).post(`/assessments/${assessment.id}/cancel`).set(admin.auth).send({ reason: 'Dijadwal ulang' }).expect(200);
    await request(t.http).get(`/portfolio-items/${evidence}/content`).set(assigned).expect(404);
  });

  it('returns an application for corrections; the candidate edits and re-submits; verification rows are new', async () => {
    const c = await candidate();
    const app = await draftApplication(t.http, c.auth, scheme);
    await request(t.http).post(`/applications/${app.id}/submit`).set(c.auth).expect(200);
    const checks = allMet(scheme).map((r, i) => (i === 0 ? { ...r, meets: false, note: 'Ijazah tidak terbaca' } : r));
    const refused = await request(t.http).post(`/applications/${app.id}/review`).set(admin.auth)
      .send({ requirements: checks, recommendation: 'accept' }).expect(422);
    expect(refused.body.code).toBe('APPLICATION.REQUIREMENTS_NOT_MET_INVALID');
    await request(t.http).post(`/applications/${app.id}/review`).set(admin.auth)
      .send({ requirements: checks, recommendation: 'return', notes: 'Unggah ulang ijazah' }).expect(200);
    await request(t.http).post(`/applications/${app.id}/self-assessment/submit`).set(c.auth).expect(409);

    const newItem = await uploadItem(t.http, c.auth, 'Ijazah (pindaian baru)');
    await request(t.http).patch(`/applications/${app.id}`).set(c.auth)
      .send({ requirementEvidence: [...app.requirementEvidence.slice(1), { requirementIndex: 0, portfolioItemIds: [newItem] }] }).expect(200);
    const resubmitted = await request(t.http).post(`/applications/${app.id}/submit`).set(c.auth).expect(200);
    expect(resubmitted.body.submissionCount).toBe(2);
    expect(await itemStatus(newItem)).toBe('locked');
    await request(t.http).post(`/applications/${app.id}/review`).set(admin.auth).send({ requirements: allMet(scheme), recommendation: 'accept' }).expect(200);

    const detail = (await request(t.http).get(`/applications/${app.id}`).set(c.auth).expect(200)).body;
    expect(detail.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['draft', 'submitted', 'returned', 'submitted', 'accepted']);
    expect(detail.reviews.map((r: { round: number; recommendation: string }) => [r.round, r.recommendation])).toEqual([[1, 'return'], [2, 'accept']]);
    expect(detail.reviews[0].requirements[0]).toMatchObject({ meets: false, note: 'Ijazah tidak terbaca' });
    expect(detail.reviews[1].requirements[0]).toMatchObject({ meets: true });
  });

  it('refuses to submit without a document for each document-required requirement, listing them', async () => {
    const c = await candidate();
    const res = await request(t.http).post('/applications').set(c.auth).send({ schemeVersionId: scheme.versionId, purpose: 'rpl' }).expect(201);
    const err = await request(t.http).post(`/applications/${res.body.id}/submit`).set(c.auth).expect(422);
    expect(err.body.code).toBe('APPLICATION.EVIDENCE_INVALID');
    const required = scheme.document.version.requirements.flatMap((r, i) => (r.documentRequired ? [i] : []));
    expect(JSON.stringify(err.body)).toContain(scheme.document.version.requirements[required[0]].description);
  });

  it("refuses another candidate's portfolio item on submit (404) and leaves it unlocked", async () => {
    const c = await candidate();
    const other = await candidate();
    const foreign = await uploadItem(t.http, other.auth);
    const required = scheme.document.version.requirements.flatMap((r, i) => (r.documentRequired ? [i] : []));
    const res = await request(t.http).post('/applications').set(c.auth).send({
      schemeVersionId: scheme.versionId, purpose: 'certification',
      requirementEvidence: required.map((i) => ({ requirementIndex: i, portfolioItemIds: [foreign] })),
    }).expect(201);
    await request(t.http).post(`/applications/${res.body.id}/submit`).set(c.auth).expect(404);
    expect(await itemStatus(foreign)).toBe('draft');
  });

  it('validates purpose: recertification needs the certificate number, other needs a text', async () => {
    const c = await candidate();
    const post = (b: Record<string, unknown>) => request(t.http).post('/applications').set(c.auth).send({ schemeVersionId: scheme.versionId, ...b });
    expect((await post({ purpose: 'recertification' }).expect(422)).body.code).toBe('APPLICATION.PURPOSE_INVALID');
    expect((await post({ purpose: 'other' }).expect(422)).body.code).toBe('APPLICATION.PURPOSE_INVALID');
    const ok = await post({ purpose: 'recertification', renewsCertificateNumber: '62090 2516 3 0001234 2023' }).expect(201);
    expect(ok.body.renewsCertificateNumber).toBe('62090 2516 3 0001234 2023');
    await post({ purpose: 'other', purposeOther: 'Promosi jabatan' }).expect(201);
  });

  it('withdraws before a decision and not after', async () => {
    const c = await candidate();
    const a1 = await draftApplication(t.http, c.auth, scheme);
    await request(t.http).post(`/applications/${a1.id}/submit`).set(c.auth).expect(200);
    const w = await request(t.http).post(`/applications/${a1.id}/withdraw`).set(c.auth).send({ reason: 'Pindah kerja' }).expect(200);
    expect(w.body.status).toBe('withdrawn');
    const a2 = await acceptedApplication(t.http, c.auth, admin.auth, scheme);
    const late = await request(t.http).post(`/applications/${a2.id}/withdraw`).set(c.auth).send({}).expect(409);
    expect(late.body.code).toBe('APPLICATION.ILLEGAL_TRANSITION');
  });

  it('answers 409 for invalid transitions and edits after submission', async () => {
    const c = await candidate();
    const app = await draftApplication(t.http, c.auth, scheme);
    const review = () => request(t.http).post(`/applications/${app.id}/review`).set(admin.auth).send({ requirements: allMet(scheme), recommendation: 'reject' });
    expect((await review().expect(409)).body.code).toBe('APPLICATION.ILLEGAL_TRANSITION');
    await request(t.http).post(`/applications/${app.id}/submit`).set(c.auth).expect(200);
    await request(t.http).post(`/applications/${app.id}/submit`).set(c.auth).expect(409);
    expect((await request(t.http).patch(`/applications/${app.id}`).set(c.auth).send({ purpose: 'pkt' }).expect(409)).body.code).toBe('APPLICATION.NOT_EDITABLE');
    await review().expect(200);
    await review().expect(409);
    await request(t.http).put(`/applications/${app.id}/self-assessment`).set(c.auth)
      .send({ answers: [{ elementId: elementIds()[0], claim: 'K', portfolioItemIds: [] }] }).expect(409);
  });

  it('gives one winner when accept and reject race', async () => {
    const c = await candidate();
    const app = await draftApplication(t.http, c.auth, scheme);
    await request(t.http).post(`/applications/${app.id}/submit`).set(c.auth).expect(200);
    const send = (recommendation: string) => request(t.http).post(`/applications/${app.id}/review`).set(admin.auth)
      .send({ requirements: allMet(scheme), recommendation });
    const results = await Promise.all([send('accept'), send('reject')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const [events] = await t.db.query(`SELECT count(*)::int AS n FROM application_events WHERE application_id = $1 AND action IN ('accept','reject')`, [app.id]);
    expect(events.n).toBe(1);
    const [reviews] = await t.db.query(`SELECT count(*)::int AS n FROM application_reviews WHERE application_id = $1`, [app.id]);
    expect(reviews.n).toBe(1);
  });

  it('hides applications from other candidates and other bodies (404)', async () => {
    const c = await candidate();
    const other = await candidate();
    const app = await draftApplication(t.http, c.auth, scheme);
    await request(t.http).get(`/applications/${app.id}`).set(other.auth).expect(404);
    await request(t.http).post(`/applications/${app.id}/submit`).set(other.auth).expect(404);
    await request(t.http).get(`/applications/${app.id}/self-assessment`).set(other.auth).expect(404);
    const bodyB = await createBody(t.db);
    const adminB = await signedIn(t.db, t.http, bodyB, ['admin']);
    await request(t.http).get(`/applications/${app.id}`).set(adminB.auth).expect(404);
    await request(t.http).post(`/applications/${app.id}/review`).set(adminB.auth).send({ requirements: allMet(scheme), recommendation: 'reject' }).expect(404);
    const mine = await request(t.http).get('/applications').set(other.auth).expect(200);
    expect(mine.body.items).toEqual([]);
    const all = await request(t.http).get('/applications?status=draft&limit=1').set(admin.auth).expect(200);
    expect(all.body.items).toHaveLength(1);
    expect(all.body.nextCursor).toEqual(expect.any(String));
    const next = await request(t.http).get(`/applications?status=draft&limit=1&cursor=${all.body.nextCursor}`).set(admin.auth).expect(200);
    expect(next.body.items[0].id).not.toBe(all.body.items[0].id);
  });
});
