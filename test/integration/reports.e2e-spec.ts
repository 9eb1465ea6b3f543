import request from 'supertest';
import { feedbackBody } from '../factories/assessment.factory.js';
import { acceptedApplication, createAssessor, draftApplication, scheduleAssessment } from '../factories/candidate.factory.js';
import { certificationWorld, type CertificationWorld, recommendedIn } from '../factories/certification.factory.js';
import type { RecommendedAssessment } from '../factories/recommended-assessment.factory.js';
import { createBody, login, signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

const ALL_TIME = 'from=2020-01-01&to=2099-12-31';

/**
 * The fixture, built through HTTP: assessor A1 led K, BK, K and assessor A2 BK, BK (one scheme);
 * FR.AK.03 feedback on three of them; an appeal of A1's BK; one more assessment scheduled for A1;
 * one draft application. Submission dates are moved to 10, 20, 30, 40 and 50 days before each decision is made.
 * Every expected figure below is computed by hand from that.
 */
describe('reports (e2e)', () => {
  let t: TestApp;
  let w: CertificationWorld;
  let a2: string;
  beforeAll(async () => {
    t = await createTestApp();
    w = await certificationWorld(t);
    const u = await createAssessor(t.db, t.http, w.body, w.admin.auth, { schemeCodes: [w.scheme.document.scheme.code] });
    a2 = u.user.id;
    const a2World = { ...w, assessorUserId: a2, assessorAuth: { Authorization: `Bearer ${(await login(t.http, u, w.body.id)).accessToken}` } };
    const plan = [[w, 'K'], [w, 'BK'], [w, 'K'], [a2World, 'BK'], [a2World, 'BK']] as const;
    const decided: Array<{ candidate: Awaited<ReturnType<typeof signedIn>>; rec: RecommendedAssessment; decision: { id: string } }> = [];
    for (const [i, [world, outcome]] of plan.entries()) {
      const candidate = await signedIn(t.db, t.http, w.body, ['candidate']);
      const rec = await recommendedIn(world, outcome === 'BK' ? { bkUnitIndexes: [0] } : {}, candidate);
      // submitted 10, 20, 30, 40, 50 days before the decision (the decision keeps the submission time)
      await t.db.query(`UPDATE applications SET submitted_at = now() - make_interval(days => $3) WHERE certification_body_id = $1 AND id = $2`,
        [w.body.id, rec.applicationId, (i + 1) * 10]);
      const res = await request(t.http).post(`/assessments/${rec.assessmentId}/decision`).set(w.decisionMaker.auth).send({ outcome }).expect(201);
      decided.push({ candidate, rec, decision: res.body });
    }
    const feedback = async (i: number, disagree: number[] = []) => {
      const body = feedbackBody();
      body.answers = body.answers.map((a) => ({ ...a, agree: !disagree.includes(a.statement) }));
      await request(t.http).post(`/assessments/${decided[i].rec.assessmentId}/feedback`).set(decided[i].candidate.auth).send(body).expect(201);
    };
    await feedback(0);
    await feedback(2, [1]);
    await feedback(3);
    await request(t.http).post('/appeals').set(decided[1].candidate.auth).send({
      decisionId: decided[1].decision.id, processExplained: true, discussedWithAssessor: true, involvesOtherPerson: false, reasons: 'Tidak sesuai SOP',
    }).expect(201);
    const c6 = await signedIn(t.db, t.http, w.body, ['candidate']);
    await scheduleAssessment(t.http, w.admin.auth, (await acceptedApplication(t.http, c6.auth, w.admin.auth, w.scheme)).id, w.assessorUserId);
    await draftApplication(t.http, (await signedIn(t.db, t.http, w.body, ['candidate'])).auth, w.scheme);
  }, 240_000);
  afterAll(() => t.close());

  const report = async (name: string, query = ALL_TIME, auth = w.auditor.auth) =>
    (await request(t.http).get(`/reports/${name}?${query}`).set(auth).expect(200)).body;
  const total = (rows: Array<{ scope: string }>) => rows.find((r) => r.scope === 'total');

  it('lists the reports with their filters and columns', async () => {
    const list = (await request(t.http).get('/reports').set(w.admin.auth).expect(200)).body;
    expect(list.map((r: { name: string }) => r.name)).toEqual([
      'applications', 'assessments', 'decisions', 'assessor-outcomes', 'appeals', 'turnaround', 'assessor-workload', 'feedback', 'certificates']);
    expect(list.find((r: { name: string }) => r.name === 'applications').filters).toEqual(['period', 'scheme']);
  });

  it('counts applications and assessments by state', async () => {
    const apps = await report('applications');
    expect(apps).toMatchObject({ report: 'applications', filters: { from: '2020-01-01', to: '2099-12-31' }, columns: ['status', 'count'] });
    expect(apps.rows).toEqual([
      { status: 'draft', count: 1 }, { status: 'submitted', count: 0 }, { status: 'accepted', count: 6 },
      { status: 'rejected', count: 0 }, { status: 'returned', count: 0 }, { status: 'withdrawn', count: 0 }]);
    const assessments = await report('assessments', `${ALL_TIME}&assessorUserId=${w.assessorUserId}`);
    expect(Object.fromEntries(assessments.rows.map((r: { status: string; count: number }) => [r.status, r.count])))
      .toEqual({ scheduled: 1, ready: 0, in_progress: 0, recommended: 0, decided: 3, cancelled: 0 });
  });

  it('gives K / BK counts and rates per scheme and in all, filtered by assessor, TUK and period', async () => {
    const d = await report('decisions');
    expect(d.rows).toEqual([
      { scope: 'scheme', schemeId: w.scheme.schemeId, schemeCode: w.scheme.document.scheme.code, decided: 5, k: 2, bk: 3, kRate: 0.4, bkRate: 0.6 },
      { scope: 'total', schemeId: null, schemeCode: null, decided: 5, k: 2, bk: 3, kRate: 0.4, bkRate: 0.6 },
    ]);
    expect(total((await report('decisions', `${ALL_TIME}&assessorUserId=${a2}`)).rows)).toMatchObject({ decided: 2, k: 0, bk: 2, bkRate: 1 });
    expect(total((await report('decisions', `${ALL_TIME}&tukName=TUK%20Sewaktu%20Politeknik`)).rows)).toMatchObject({ decided: 5 });
    expect((await report('decisions', `${ALL_TIME}&tukName=TUK%20Lain`)).rows).toEqual([
      { scope: 'total', schemeId: null, schemeCode: null, decided: 0, k: 0, bk: 0, kRate: null, bkRate: null }]);
    expect(total((await report('decisions', 'from=2020-01-01&to=2020-12-31')).rows)).toMatchObject({ decided: 0 });
  });

  it("compares each assessor's BK rate with the body's for the scheme", async () => {
    const rows = (await report('assessor-outcomes')).rows;
    // scheme: 3 BK of 5 = 0.6. A1: 1 of 3, z = (1/3 − 0.6) / √(0.24 / 3) = −0.9428; A2: 2 of 2, z = 0.4 / √(0.12) = 1.1547
    const byAssessor = Object.fromEntries(rows.map((r: { assessorUserId: string }) => [r.assessorUserId, r]));
    expect(byAssessor[w.assessorUserId]).toMatchObject({ decided: 3, bk: 1, bkRate: 0.3333, schemeDecided: 5, schemeBk: 3, schemeBkRate: 0.6, zScore: -0.9428, outlier: false });
    expect(byAssessor[a2]).toMatchObject({ decided: 2, bk: 2, bkRate: 1, schemeBkRate: 0.6, zScore: 1.1547, outlier: false });
    // filtering by an assessor keeps the body's rate for the scheme
    const only = (await report('assessor-outcomes', `${ALL_TIME}&assessorUserId=${a2}`)).rows;
    expect(only).toHaveLength(1);
    expect(only[0]).toMatchObject({ assessorUserId: a2, schemeBkRate: 0.6 });
  });

  it('counts appeals by state', async () => {
    expect((await report('appeals')).rows).toEqual([
      { status: 'filed', count: 1, overdue: 0, medianDaysToResolve: null },
      { status: 'panel_appointed', count: 0, overdue: 0, medianDaysToResolve: null },
      { status: 'upheld', count: 0, overdue: 0, medianDaysToResolve: null },
      { status: 'reassessment_granted', count: 0, overdue: 0, medianDaysToResolve: null },
    ]);
  });

  it('gives the median and 90th percentile of days from application to decision', async () => {
    // 10, 20, 30, 40, 50 days: median 30; p90 = 40 + 0.6 × 10 = 46
    expect(total((await report('turnaround')).rows)).toEqual({ scope: 'total', schemeId: null, schemeCode: null, decided: 5, medianDays: 30, p90Days: 46 });
    expect(total((await report('turnaround', `${ALL_TIME}&assessorUserId=${a2}`)).rows)).toMatchObject({ decided: 2, medianDays: 45, p90Days: 49 });
  });

  it("shows each assessor's workload and last activity", async () => {
    const rows = (await report('assessor-workload')).rows;
    expect(rows).toHaveLength(2);
    const byAssessor = Object.fromEntries(rows.map((r: { assessorUserId: string }) => [r.assessorUserId, r]));
    expect(byAssessor[w.assessorUserId]).toMatchObject({ scheduled: 1, ready: 0, inProgress: 0, recommended: 0, decidedInPeriod: 3 });
    expect(byAssessor[a2]).toMatchObject({ scheduled: 0, decidedInPeriod: 2 });
    for (const r of rows) expect(Date.parse(r.lastActivityAt)).toBeGreaterThan(Date.now() - 3_600_000);
  });

  it('gives the share of "Ya" per FR.AK.03 statement, for the body and per assessor', async () => {
    const rows = (await report('feedback')).rows as Array<{ scope: string; assessorUserId: string | null; statement: number }>;
    const row = (scope: string, statement: number, assessor: string | null = null) =>
      rows.find((r) => r.scope === scope && r.statement === statement && r.assessorUserId === assessor);
    expect(row('body', 1)).toMatchObject({ answers: 3, yes: 2, yesShare: 0.6667, assessorName: null });
    expect(row('body', 1)!).toHaveProperty('text', expect.stringMatching(/^Saya mendapatkan penjelasan/));
    expect(row('body', 2)).toMatchObject({ answers: 3, yes: 3, yesShare: 1 });
    expect(row('assessor', 1, w.assessorUserId)).toMatchObject({ answers: 2, yes: 1, yesShare: 0.5 });
    expect(row('assessor', 1, a2)).toMatchObject({ answers: 1, yes: 1, yesShare: 1 });
    expect(rows.filter((r) => r.scope === 'body')).toHaveLength(10);
    expect(rows).toHaveLength(30);
  });

  it('counts certificates issued, active, expired, expiring and due for surveillance', async () => {
    expect(total((await report('certificates')).rows)).toMatchObject({ issuedInPeriod: 2, active: 2, suspended: 0, withdrawn: 0, expired: 0 });
    expect(total((await report('certificates', 'withinDays=3660')).rows)).toMatchObject({ active: 2, expiringWithinDays: 2, surveillanceDueWithinDays: 2 });
    expect(total((await report('certificates', 'asOf=2099-01-01')).rows)).toMatchObject({ issuedInPeriod: 2, active: 0, expired: 2, expiringWithinDays: 0 });
  });

  it('exports any report as CSV', async () => {
    const res = await request(t.http).get(`/reports/decisions?${ALL_TIME}&format=csv`).set(w.admin.auth).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="decisions-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.text.split('\r\n')).toEqual([
      'scope,schemeId,schemeCode,decided,k,bk,kRate,bkRate',
      `scheme,${w.scheme.schemeId},${w.scheme.document.scheme.code},5,2,3,0.4,0.6`,
      'total,,,5,2,3,0.4,0.6',
      '',
    ]);
  });

  it('answers bad requests in problem+json and shows another body nothing of this one', async () => {
    const unsupported = await request(t.http).get(`/reports/applications?assessorUserId=${a2}`).set(w.admin.auth).expect(400);
    expect(unsupported.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unsupported.body.errors).toEqual([{ pointer: '/assessorUserId', detail: 'is not a filter of the applications report' }]);
    expect((await request(t.http).get('/reports/decisions?from=2026-12-31&to=2026-01-01').set(w.admin.auth).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await request(t.http).get('/reports/decisions?format=xml').set(w.admin.auth).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await request(t.http).get('/reports/unknown').set(w.admin.auth).expect(404)).body.code).toBe('REPORT.NOT_FOUND');
    const other = await signedIn(t.db, t.http, await createBody(t.db), ['admin']);
    expect(total((await report('decisions', ALL_TIME, other.auth)).rows)).toMatchObject({ decided: 0 });
    expect((await report('assessor-workload', ALL_TIME, other.auth)).rows).toEqual([]);
  });
});
