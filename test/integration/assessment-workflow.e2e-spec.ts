import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import type { CertificationBody } from '../../src/certification-bodies/certification-body.entity.js';
import { User } from '../../src/users/user.entity.js';
import {
  affirmEthics, allCriteria, allK, feedbackBody, observations, planBody, signAllK, startAssessment,
} from '../factories/assessment.factory.js';
import { acceptedApplication, createAssessor, uploadItem } from '../factories/candidate.factory.js';
import { createBody, signedIn, type TestUser } from '../factories/identity.factory.js';
import { createPublishedScheme, type PublishedScheme } from '../factories/scheme.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

type Auth = Record<string, string>;

describe('assessment workflow: ethics, plan, consent, evidence, recommendation, feedback (e2e)', () => {
  let t: TestApp;
  let body: CertificationBody;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  let scheme: PublishedScheme;
  let kuk: string[];
  beforeAll(async () => {
    t = await createTestApp();
    body = await createBody(t.db);
    admin = await signedIn(t.db, t.http, body, ['admin']);
    scheme = await createPublishedScheme(t, body, admin.auth);
    kuk = allCriteria(scheme);
  });
  afterAll(() => t.close());

  /** A session without the login endpoint (no rate limit). */
  const authOf = async (u: TestUser): Promise<Auth> => {
    const user = await t.db.getRepository(User).findOneByOrFail({ id: u.user.id });
    const pair = await t.app.get(AuthService).login(user, body.id, '127.0.0.1');
    return { Authorization: `Bearer ${pair.accessToken}` };
  };
  const assessor = async () => {
    const u = await createAssessor(t.db, t.http, body, admin.auth, { schemeCodes: [scheme.document.scheme.code] });
    return { id: u.user.id, auth: await authOf(u) };
  };
  /** A candidate with an accepted application and a scheduled assessment of the given team. */
  const scheduled = async (lead: { id: string }, members: Array<{ id: string }> = []) => {
    const c = await signedIn(t.db, t.http, body, ['candidate']);
    const app = await acceptedApplication(t.http, c.auth, admin.auth, scheme);
    const res = await request(t.http).post('/assessments').set(admin.auth).send({
      applicationId: app.id, scheduledAt: '2026-03-10T08:00:00+07:00', leadAssessorUserId: lead.id,
      memberAssessorUserIds: members.map((m) => m.id), tuk: { name: 'TUK Sewaktu', type: 'sewaktu' },
    }).expect(201);
    return { id: res.body.id as string, candidate: c };
  };
  const status = async (id: string) => (await request(t.http).get(`/assessments/${id}`).set(admin.auth).expect(200)).body.status;
  const post = (auth: Auth, path: string, b?: object) => request(t.http).post(path).set(auth).send(b);

  it('runs a full assessment of the sample scheme from assignment to signed recommendation and feedback', async () => {
    expect(kuk).toHaveLength(68);
    const lead = await assessor();
    const member = await assessor();
    const { id, candidate } = await scheduled(lead, [member]);
    const code = (await request(t.http).get('/code-of-ethics').set(lead.auth).expect(200)).body;
    expect(code.version).toBe(1);
    expect(code.items).toHaveLength(8);

    // ethics: one affirmation is not enough
    expect((await affirmEthics(t.http, lead.auth, id)).status).toBe(201);
    expect(await status(id)).toBe('scheduled');
    const early = await post(candidate.auth, `/assessments/${id}/consent`).expect(409);
    expect(early.body).toMatchObject({ code: 'ASSESSMENT.ETHICS_GATE', missingAffirmations: [member.id], conflicts: [] });
    expect((await affirmEthics(t.http, member.auth, id)).status).toBe(201);
    expect(await status(id)).toBe('ready');

    // plan: the coverage gate, versions, reasonable adjustment keeps the standard
    await post(lead.auth, `/assessments/${id}/plans`, planBody(scheme, kuk.slice(0, 10))).expect(201);
    const gate = await post(candidate.auth, `/assessments/${id}/consent`).expect(409);
    expect(gate.body.code).toBe('ASSESSMENT.PLAN_INCOMPLETE');
    expect(gate.body.uncovered.map((u: { criterionId: string }) => u.criterionId)).toEqual(kuk.slice(10));
    await post(member.auth, `/assessments/${id}/plans`, planBody(scheme)).expect(201);
    const adjustment = { reasonableAdjustment: { characteristics: ['reader_interpreter'], adjustments: 'Pertanyaan dibacakan' } };
    const narrowed = await post(lead.auth, `/assessments/${id}/plans`, planBody(scheme, kuk.slice(1), adjustment)).expect(409);
    expect(narrowed.body).toMatchObject({ code: 'PLAN.STANDARD_CHANGED', added: [], removed: [kuk[0]] });
    await post(lead.auth, `/assessments/${id}/plans`, planBody(scheme, kuk, adjustment)).expect(201);
    const plans = (await request(t.http).get(`/assessments/${id}/plans`).set(candidate.auth).expect(200)).body;
    expect(plans.map((p: { version: number }) => p.version)).toEqual([3, 2, 1]);

    // consent FR.AK.01: candidate, then the lead (a member may not)
    const c1 = await post(candidate.auth, `/assessments/${id}/consent`).expect(200);
    expect(c1.body).toMatchObject({ status: 'ready', confirmation: { party: 'candidate', terms: { planVersion: 3, methods: ['observation', 'questioning'], tukType: 'sewaktu' } } });
    expect((await post(member.auth, `/assessments/${id}/consent`).expect(403)).body.code).toBe('ASSESSMENT.LEAD_ASSESSOR_FORBIDDEN');
    expect((await post(candidate.auth, `/assessments/${id}/consent`).expect(409)).body.code).toBe('CONSENT.ALREADY_CONFIRMED');
    expect((await post(lead.auth, `/assessments/${id}/consent`).expect(200)).body.status).toBe('in_progress');

    // evidence: bulk observation of every KUK (one with penilaian lanjut), a bank question, a portfolio verification
    const obs = observations(kuk);
    obs.records[5] = { ...obs.records[5], furtherAssessment: 'Perlu tanya jawab tentang validasi' } as never;
    const recorded = (await post(lead.auth, `/assessments/${id}/observations`, obs).expect(201)).body;
    expect(recorded).toHaveLength(kuk.length);
    const question = scheme.tree.questions[0];
    await post(member.auth, `/assessments/${id}/questions`, {
      records: [{ form: 'IA.07', questionId: question.id, answerSummary: 'Menjelaskan dengan benar', satisfactory: true, criterionIds: question.criterionIds }],
    }).expect(201);
    const item = await uploadItem(t.http, candidate.auth, 'Laporan proyek');
    await post(member.auth, `/assessments/${id}/portfolio-verifications`, {
      records: [{ portfolioItemId: item, valid: true, authentic: true, current: true, sufficient: false, criterionIds: [kuk[0]], followUpTopics: 'Peran dalam proyek' }],
    }).expect(201);
    let coverage = (await request(t.http).get(`/assessments/${id}/coverage`).set(lead.auth).expect(200)).body;
    expect(coverage.criteria).toHaveLength(kuk.length);
    expect(coverage.criteria[0].byMethod.portfolio_verification).toEqual({ records: 1, satisfied: 0 });
    expect(coverage.gaps).toEqual([expect.objectContaining({ criterionId: kuk[5], reason: 'FURTHER_ASSESSMENT_OPEN' })]);

    // the recommendation gate
    const refused = await post(lead.auth, `/assessments/${id}/recommendation`, allK(scheme)).expect(409);
    expect(refused.body.code).toBe('RECOMMENDATION.GAPS');
    expect(refused.body.gaps).toEqual([expect.objectContaining({ criterionId: kuk[5], reason: 'FURTHER_ASSESSMENT_OPEN' })]);
    await post(lead.auth, `/assessments/${id}/observations`, {
      records: [{ criterionId: kuk[5], achieved: true, benchmark: 'SOP', supersedes: recorded[5].id }],
    }).expect(201);
    coverage = (await request(t.http).get(`/assessments/${id}/coverage`).set(admin.auth).expect(200)).body;
    expect(coverage.gaps).toEqual([]);
    expect(coverage.units.every((u: { complete: boolean }) => u.complete)).toBe(true);
    await post(member.auth, `/assessments/${id}/recommendation`, allK(scheme)).expect(403);
    const signed = (await post(lead.auth, `/assessments/${id}/recommendation`, allK(scheme)).expect(201)).body;
    expect(signed).toMatchObject({ overall: 'K', signedByUserId: lead.id });
    expect(signed.units).toHaveLength(scheme.tree.units.length);
    expect(await status(id)).toBe('recommended');

    // evidence is locked after signing
    const locked = await post(member.auth, `/assessments/${id}/observations`, observations([kuk[1]])).expect(409);
    expect(locked.body.code).toBe('ASSESSMENT.EVIDENCE_LOCKED');

    // FR.AK.03 feedback, once
    const fb = await post(candidate.auth, `/assessments/${id}/feedback`, feedbackBody()).expect(201);
    expect(fb.body.answers).toHaveLength(10);
    expect((await post(candidate.auth, `/assessments/${id}/feedback`, feedbackBody()).expect(409)).body.code).toBe('FEEDBACK.ALREADY_GIVEN');
    expect((await request(t.http).get(`/assessments/${id}/recommendation`).set(candidate.auth).expect(200)).body.overall).toBe('K');

    const events = (await request(t.http).get(`/assessments/${id}`).set(admin.auth).expect(200)).body.events;
    expect(events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['scheduled', 'ready', 'in_progress', 'recommended']);
    const audit = await t.db.query(
      `SELECT action FROM audit_entries WHERE certification_body_id = $1 AND entity_id = $2 ORDER BY seq`, [body.id, id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining([
      'assessment.ethics_affirmed', 'assessment.plan_recorded', 'assessment.consent_confirmed', 'assessment.observation_recorded',
      'assessment.questioning_recorded', 'assessment.portfolio_verification_recorded', 'assessment.recommendation_signed', 'assessment.feedback_given',
    ]));
  });

  describe('ethics gate', () => {
    it('validates the affirmation: every item of the current version', async () => {
      const lead = await assessor();
      const { id, candidate } = await scheduled(lead);
      const partial = await affirmEthics(t.http, lead.auth, id, { affirmedItems: [1, 2, 3] });
      expect(partial.status).toBe(422);
      expect(partial.body.unaffirmed).toEqual([4, 5, 6, 7, 8]);
      expect((await request(t.http).get('/code-of-ethics').set(candidate.auth).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
      const v = (await post(admin.auth, '/code-of-ethics', { items: ['Setia kepada NKRI', 'Menjaga kerahasiaan', 'Tidak menerima gratifikasi'] }).expect(201)).body;
      expect(v.items).toEqual([
        { number: 1, text: 'Setia kepada NKRI' }, { number: 2, text: 'Menjaga kerahasiaan' }, { number: 3, text: 'Tidak menerima gratifikasi' },
      ]);
      expect((await affirmEthics(t.http, lead.auth, id, { codeVersion: v.version - 1 })).body).toMatchObject({
        code: 'ETHICS.VERSION_OUTDATED', currentVersion: v.version,
      });
      expect((await affirmEthics(t.http, lead.auth, id)).status).toBe(201);
      expect((await affirmEthics(t.http, lead.auth, id)).body.code).toBe('ETHICS.AFFIRMATION_CLOSED');
    });

    it('a declared relationship blocks the assessment until an admin reassigns', async () => {
      const lead = await assessor();
      const other = await assessor();
      const { id, candidate } = await scheduled(lead);
      expect((await affirmEthics(t.http, lead.auth, id, { relationship: 'family', relationshipDetail: 'Sepupu' })).status).toBe(201);
      expect(await status(id)).toBe('scheduled');
      const blocked = await post(admin.auth, `/assessments/${id}/ready`).expect(409);
      expect(blocked.body).toMatchObject({ code: 'ASSESSMENT.ETHICS_GATE', conflicts: [{ assessorUserId: lead.id, relationship: 'family' }] });
      expect((await post(candidate.auth, `/assessments/${id}/consent`).expect(409)).body.code).toBe('ASSESSMENT.ETHICS_GATE');
      await post(admin.auth, `/assessments/${id}/assessors`, { leadAssessorUserId: other.id }).expect(200);
      expect((await affirmEthics(t.http, other.auth, id)).status).toBe(201);
      expect(await status(id)).toBe('ready');
      const view = (await request(t.http).get(`/assessments/${id}/ethics`).set(admin.auth).expect(200)).body;
      expect(view).toMatchObject({ passed: true, gate: { missingAffirmations: [], conflicts: [] } });
      expect(view.affirmations).toHaveLength(2);
    });

    it('gifts block too; a reassignment while ready goes back to scheduled', async () => {
      const lead = await assessor();
      const newcomer = await assessor();
      const { id } = await scheduled(lead);
      await affirmEthics(t.http, lead.auth, id);
      expect(await status(id)).toBe('ready');
      await post(admin.auth, `/assessments/${id}/assessors`, { leadAssessorUserId: lead.id, memberAssessorUserIds: [newcomer.id] }).expect(200);
      expect(await status(id)).toBe('scheduled');
      await affirmEthics(t.http, newcomer.auth, id, { giftsAccepted: true });
      expect(await status(id)).toBe('scheduled');
      await post(admin.auth, `/assessments/${id}/assessors`, { leadAssessorUserId: lead.id }).expect(200);
      expect((await post(admin.auth, `/assessments/${id}/ready`).expect(200)).body.status).toBe('ready');
      const events = (await request(t.http).get(`/assessments/${id}`).set(admin.auth).expect(200)).body.events;
      expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'markReady', 'unready', 'markReady']);
    });
  });

  describe('evidence records', () => {
    let lead: { id: string; auth: Auth };
    let member: { id: string; auth: Auth };
    let id: string;
    let candidateAuth: Auth;
    beforeAll(async () => {
      lead = await assessor();
      member = await assessor();
      const s = await scheduled(lead, [member]);
      id = s.id;
      candidateAuth = s.candidate.auth;
      await affirmEthics(t.http, member.auth, id);
      await startAssessment(t.http, { assessmentId: id, assessorAuth: lead.auth, candidateAuth, scheme });
    });

    it('corrections supersede; two assessors correcting the same record at once: one wins, the other 409', async () => {
      const [first] = (await post(lead.auth, `/assessments/${id}/observations`, observations([kuk[0]], false)).expect(201)).body;
      expect((await post(member.auth, `/assessments/${id}/observations`, observations([kuk[0]])).expect(409)).body.code)
        .toBe('EVIDENCE_RECORD.ALREADY_RECORDED');
      const correct = (a: Auth) => post(a, `/assessments/${id}/observations`, { records: [{ criterionId: kuk[0], achieved: true, supersedes: first.id }] });
      const results = await Promise.all([correct(lead.auth), correct(member.auth)]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(results.find((r) => r.status === 409)!.body.code).toBe('EVIDENCE_RECORD.ALREADY_SUPERSEDED');
      const winner = results.find((r) => r.status === 201)!.body[0];
      const history = (await request(t.http).get(`/assessments/${id}/evidence-records?kind=observation`).set(admin.auth).expect(200)).body
        .filter((r: { criterionIds: string[] }) => r.criterionIds.includes(kuk[0]));
      expect(history.map((r: { id: string; supersedes: string | null; supersededBy: string | null }) => [r.id, r.supersedes, r.supersededBy]))
        .toEqual([[first.id, null, winner.id], [winner.id, first.id, null]]);
      const coverage = (await request(t.http).get(`/assessments/${id}/coverage`).set(member.auth).expect(200)).body;
      expect(coverage.criteria[0]).toMatchObject({ satisfied: true, byMethod: { observation: { records: 1, satisfied: 1 } } });
    });

    it('records a batch all-or-nothing', async () => {
      const before = (await request(t.http).get(`/assessments/${id}/evidence-records`).set(admin.auth).expect(200)).body.length;
      const bad = observations([kuk[2], kuk[3], '00000000-0000-4000-8000-000000000000']);
      expect((await post(lead.auth, `/assessments/${id}/observations`, bad).expect(422)).body.code).toBe('EVIDENCE_RECORD.INVALID');
      const dup = observations([kuk[2], kuk[2]]);
      await post(lead.auth, `/assessments/${id}/observations`, dup).expect(422);
      expect((await request(t.http).get(`/assessments/${id}/evidence-records`).set(admin.auth).expect(200)).body).toHaveLength(before);
    });

    it('hides the assessment from assessors not assigned (404) and refuses the candidate (403)', async () => {
      const stranger = await assessor();
      expect((await post(stranger.auth, `/assessments/${id}/observations`, observations([kuk[4]])).expect(404)).body.code).toBe('ASSESSMENT.NOT_FOUND');
      await post(stranger.auth, `/assessments/${id}/plans`, planBody(scheme)).expect(404);
      await post(stranger.auth, `/assessments/${id}/recommendation`, allK(scheme)).expect(404);
      await request(t.http).get(`/assessments/${id}/coverage`).set(stranger.auth).expect(404);
      await post(candidateAuth, `/assessments/${id}/observations`, observations([kuk[4]])).expect(403);
      await post(candidateAuth, `/assessments/${id}/questions`, { records: [] }).expect(403);
      await request(t.http).get(`/assessments/${id}/coverage`).set(candidateAuth).expect(403);
      const otherCandidate = await signedIn(t.db, t.http, body, ['candidate']);
      await post(otherCandidate.auth, `/assessments/${id}/feedback`, feedbackBody()).expect(404);
      await post(otherCandidate.auth, `/assessments/${id}/consent`).expect(404);
    });
  });

  it('refuses evidence before the start and K for a unit with an unsatisfied KUK', async () => {
    const lead = await assessor();
    const { id, candidate } = await scheduled(lead);
    expect((await post(lead.auth, `/assessments/${id}/observations`, observations([kuk[0]])).expect(409)).body.code).toBe('ASSESSMENT.NOT_IN_PROGRESS');
    await startAssessment(t.http, { assessmentId: id, assessorAuth: lead.auth, candidateAuth: candidate.auth, scheme });
    const firstUnit = scheme.tree.units[0].elements.flatMap((e) => e.criteria.map((c) => c.id));
    await post(lead.auth, `/assessments/${id}/observations`, observations(kuk.filter((k) => k !== firstUnit[0]))).expect(201);
    await post(lead.auth, `/assessments/${id}/observations`, observations([firstUnit[0]], false)).expect(201);
    const gaps = (await post(lead.auth, `/assessments/${id}/recommendation`, allK(scheme)).expect(409)).body.gaps;
    expect(gaps).toEqual([expect.objectContaining({ criterionId: firstUnit[0], reason: 'NOT_SATISFIED' })]);
    const bk = allK(scheme);
    bk.units[0] = { ...bk.units[0], outcome: 'BK' };
    const overallK = (await post(lead.auth, `/assessments/${id}/recommendation`, bk).expect(409)).body.gaps;
    expect(overallK).toEqual([expect.objectContaining({ unitId: scheme.tree.units[0].id, reason: 'UNIT_NOT_K' })]);
    const signed = await post(lead.auth, `/assessments/${id}/recommendation`, { ...bk, overall: 'BK', followUp: 'Uji demonstrasi ulang unit 1' }).expect(201);
    expect(signed.body.units[0]).toMatchObject({ outcome: 'BK' });
    await post(candidate.auth, `/assessments/${id}/feedback`, { answers: feedbackBody().answers.slice(1) }).expect(422);
  });

  it('signAllK helper: every KUK observed and signed in two requests', async () => {
    const lead = await assessor();
    const { id, candidate } = await scheduled(lead);
    await startAssessment(t.http, { assessmentId: id, assessorAuth: lead.auth, candidateAuth: candidate.auth, scheme });
    expect((await signAllK(t.http, lead.auth, id, scheme)).overall).toBe('K');
    // judgements are evidence: the database itself refuses to rewrite them
    await expect(t.db.query(`UPDATE assessment_evidence_records SET satisfied = false WHERE assessment_id = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(t.db.query(`DELETE FROM ethics_affirmations WHERE assessment_id = $1`, [id])).rejects.toThrow(/immutable/);
  });
});
