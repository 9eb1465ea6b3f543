import request from 'supertest';
import { createBody, signedIn } from '../factories/identity.factory.js';
import { acceptedApplication, createAssessor, draftApplication, scheduleAssessment, tuk } from '../factories/candidate.factory.js';
import { createPublishedScheme, type PublishedScheme } from '../factories/scheme.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

const WHEN = '2026-03-10T08:00:00+07:00';

describe('assessments and impartial assignment (e2e)', () => {
  let t: TestApp;
  let body: Awaited<ReturnType<typeof createBody>>;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  let scheme: PublishedScheme;
  let code: string;
  beforeAll(async () => {
    t = await createTestApp();
    body = await createBody(t.db);
    admin = await signedIn(t.db, t.http, body, ['admin']);
    scheme = await createPublishedScheme(t, body, admin.auth);
    code = scheme.document.scheme.code;
  });
  afterAll(() => t.close());

  /** A candidate (optionally also an assessor) with an accepted application. */
  const accepted = async (roles: Array<'candidate' | 'assessor'> = ['candidate'], employer: string | null = null) => {
    const c = await signedIn(t.db, t.http, body, roles);
    if (employer) await t.db.query(`UPDATE users SET employer = $2 WHERE id = $1`, [c.user.id, employer]);
    const app = await acceptedApplication(t.http, c.auth, admin.auth, scheme);
    return { c, app };
  };
  const assessor = (opts: Partial<Parameters<typeof createAssessor>[4]> = {}) =>
    createAssessor(t.db, t.http, body, admin.auth, { schemeCodes: [code], ...opts });
  const create = (applicationId: string, leadAssessorUserId: string, memberAssessorUserIds: string[] = []) =>
    request(t.http).post('/assessments').set(admin.auth).send({ applicationId, tuk, scheduledAt: WHEN, leadAssessorUserId, memberAssessorUserIds });
  const reasonsOf = (res: request.Response) => {
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ASSESSMENT.ASSIGNMENT_REFUSED');
    return res.body.reasons as Array<{ assessorUserId: string; code: string }>;
  };
  const declare = (assessorUserId: string, b: Record<string, unknown>) =>
    request(t.http).post('/relationships').set(admin.auth).send({ assessorUserId, ...b }).expect(201);

  it('creates an assessment with a lead and a member, history and assignment rows', async () => {
    const { c, app } = await accepted();
    const lead = await assessor();
    const member = await assessor();
    const res = await create(app.id, lead.user.id, [member.user.id]).expect(201);
    expect(res.body).toMatchObject({
      applicationId: app.id, candidateUserId: c.user.id, schemeCode: code, attempt: 1, status: 'scheduled',
      tuk: { name: tuk.name, type: 'sewaktu', address: tuk.address },
    });
    expect(res.body.assessors.map((a: { assessorUserId: string; role: string; active: boolean }) => [a.assessorUserId, a.role, a.active]))
      .toEqual(expect.arrayContaining([[lead.user.id, 'lead', true], [member.user.id, 'member', true]]));
    expect(res.body.events).toEqual([expect.objectContaining({ action: 'create', fromStatus: null, toStatus: 'scheduled', actorUserId: admin.user.id })]);
    const dup = await create(app.id, lead.user.id).expect(409);
    expect(dup.body.code).toBe('ASSESSMENT.ALREADY_SCHEDULED');
  });

  it('refuses an application that is not accepted', async () => {
    const c = await signedIn(t.db, t.http, body, ['candidate']);
    const app = await draftApplication(t.http, c.auth, scheme);
    const res = await create(app.id, (await assessor()).user.id).expect(409);
    expect(res.body.code).toBe('ASSESSMENT.APPLICATION_NOT_ACCEPTED');
  });

  describe('refusal reasons, each alone', () => {
    it('CERTIFICATE_NOT_VALID: the certificate expired before the scheduled date', async () => {
      const { app } = await accepted();
      const a = await assessor({ validUntil: '2026-03-09' });
      expect(reasonsOf(await create(app.id, a.user.id))).toEqual([{ assessorUserId: a.user.id, code: 'CERTIFICATE_NOT_VALID' }]);
    });

    it('NOT_AUTHORISED_FOR_SCHEME', async () => {
      const { app } = await accepted();
      const a = await assessor({ schemeCodes: ['SKM/LAIN/2020'] });
      expect(reasonsOf(await create(app.id, a.user.id))).toEqual([{ assessorUserId: a.user.id, code: 'NOT_AUTHORISED_FOR_SCHEME' }]);
    });

    it('SAME_PERSON: the candidate cannot assess themselves', async () => {
      const { c, app } = await accepted(['candidate', 'assessor']);
      await request(t.http).post('/assessor-profiles').set(admin.auth).send({
        userId: c.user.id, registrationNumber: `MET-SELF-${c.user.id.slice(0, 8)}`, certificateValidFrom: '2025-01-01',
        certificateValidUntil: '2027-12-31', schemeCodes: [code],
      }).expect(201);
      expect(reasonsOf(await create(app.id, c.user.id))).toEqual([{ assessorUserId: c.user.id, code: 'SAME_PERSON' }]);
    });

    it('TRAINED_CANDIDATE: a declared training relationship', async () => {
      const { c, app } = await accepted();
      const a = await assessor();
      await declare(a.user.id, { kind: 'trained', counterpartUserId: c.user.id, schemeCode: code });
      expect(reasonsOf(await create(app.id, a.user.id))).toEqual([{ assessorUserId: a.user.id, code: 'TRAINED_CANDIDATE' }]);
    });

    it('SHARED_EMPLOYER: both work for the same organisation', async () => {
      const { app } = await accepted(['candidate'], 'PT Maju Jaya');
      const a = await assessor({ user: { employer: 'pt  maju jaya' } });
      expect(reasonsOf(await create(app.id, a.user.id))).toEqual([{ assessorUserId: a.user.id, code: 'SHARED_EMPLOYER' }]);
    });

    it('FAMILY_RELATIONSHIP: any declared relationship', async () => {
      const { c, app } = await accepted();
      const a = await assessor();
      await declare(a.user.id, { kind: 'family', counterpartUserId: c.user.id });
      expect(reasonsOf(await create(app.id, a.user.id))).toEqual([{ assessorUserId: a.user.id, code: 'FAMILY_RELATIONSHIP' }]);
    });

    it('NO_ASSESSOR_PROFILE: a member without assessor credentials', async () => {
      const { app } = await accepted();
      const plain = await signedIn(t.db, t.http, body, ['assessor']);
      expect(reasonsOf(await create(app.id, plain.user.id))).toEqual([{ assessorUserId: plain.user.id, code: 'NO_ASSESSOR_PROFILE' }]);
    });
  });

  it('lists every reason of every proposed assessor at once, and assigns nobody', async () => {
    const { c, app } = await accepted(['candidate'], 'PT Maju Jaya');
    const lead = await assessor({ validUntil: '2026-01-01', schemeCodes: ['SKM/LAIN/2020'] });
    await declare(lead.user.id, { kind: 'business', counterpartUserId: c.user.id });
    const member = await assessor({ user: { employer: 'PT Maju Jaya' } });
    await declare(member.user.id, { kind: 'trained', counterpartUserId: c.user.id });
    const reasons = reasonsOf(await create(app.id, lead.user.id, [member.user.id]));
    expect(reasons).toEqual(expect.arrayContaining([
      { assessorUserId: lead.user.id, code: 'CERTIFICATE_NOT_VALID' },
      { assessorUserId: lead.user.id, code: 'NOT_AUTHORISED_FOR_SCHEME' },
      { assessorUserId: lead.user.id, code: 'BUSINESS_RELATIONSHIP' },
      { assessorUserId: member.user.id, code: 'SHARED_EMPLOYER' },
      { assessorUserId: member.user.id, code: 'TRAINED_CANDIDATE' },
    ]));
    expect(reasons).toHaveLength(5);
    const [n] = await t.db.query(`SELECT count(*)::int AS n FROM assessments WHERE application_id = $1`, [app.id]);
    expect(n.n).toBe(0);
  });

  it('refuses a team naming an assessor twice (422)', async () => {
    const { app } = await accepted();
    const a = await assessor();
    expect((await create(app.id, a.user.id, [a.user.id]).expect(422)).body.code).toBe('ASSESSMENT.TEAM_INVALID');
  });

  it('reassigns: old rows deactivated, new rows added, the new team checked too; cancel ends it', async () => {
    const { c, app } = await accepted();
    const first = await assessor();
    const second = await assessor();
    const { id } = await scheduleAssessment(t.http, admin.auth, app.id, first.user.id);
    await declare(second.user.id, { kind: 'other', counterpartUserId: c.user.id, note: 'Tetangga' });
    const refused = await request(t.http).post(`/assessments/${id}/assessors`).set(admin.auth).send({ leadAssessorUserId: second.user.id });
    expect(reasonsOf(refused)).toEqual([{ assessorUserId: second.user.id, code: 'OTHER_DECLARED_RELATIONSHIP' }]);
    const third = await assessor();
    const res = await request(t.http).post(`/assessments/${id}/assessors`).set(admin.auth)
      .send({ leadAssessorUserId: third.user.id, reason: 'Asesor semula berhalangan' }).expect(200);
    const rows = res.body.assessors.map((a: { assessorUserId: string; active: boolean }) => [a.assessorUserId, a.active]);
    expect(rows).toEqual([[first.user.id, false], [third.user.id, true]]);
    const firstAuth = (await request(t.http).post('/auth/login').send({ email: first.email, password: first.password, certificationBodyId: body.id })).body.accessToken;
    await request(t.http).get(`/assessments/${id}`).set({ Authorization: `Bearer ${firstAuth}` }).expect(404);

    const cancelled = await request(t.http).post(`/assessments/${id}/cancel`).set(admin.auth).send({ reason: 'Asesi sakit' }).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.events.at(-1)).toMatchObject({ action: 'cancel', fromStatus: 'scheduled', toStatus: 'cancelled', reason: 'Asesi sakit' });
    const again = await request(t.http).post(`/assessments/${id}/cancel`).set(admin.auth).send({ reason: 'lagi' }).expect(409);
    expect(again.body.code).toBe('ASSESSMENT.ILLEGAL_TRANSITION');
    expect((await request(t.http).post(`/assessments/${id}/assessors`).set(admin.auth).send({ leadAssessorUserId: third.user.id }).expect(409)).body.code)
      .toBe('ASSESSMENT.TEAM_LOCKED');
    // a cancelled assessment can be replaced
    await scheduleAssessment(t.http, admin.auth, app.id, third.user.id);
  });

  it('gives one winner when two cancels race', async () => {
    const { app } = await accepted();
    const { id } = await scheduleAssessment(t.http, admin.auth, app.id, (await assessor()).user.id);
    const results = await Promise.all([1, 2].map(() => request(t.http).post(`/assessments/${id}/cancel`).set(admin.auth).send({ reason: 'Ganda' })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('lists with filters and keyset pagination; assessors see their own, candidates theirs, other bodies nothing', async () => {
    const own = await createBody(t.db);
    const ownAdmin = await signedIn(t.db, t.http, own, ['admin']);
    const s = await createPublishedScheme(t, own, ownAdmin.auth);
    const a1 = await createAssessor(t.db, t.http, own, ownAdmin.auth, { schemeCodes: [s.document.scheme.code] });
    const a2 = await createAssessor(t.db, t.http, own, ownAdmin.auth, { schemeCodes: [s.document.scheme.code] });
    const ids: string[] = [];
    let candidateAuth: Record<string, string> = {};
    for (const [i, when] of ['2026-03-01T08:00:00+07:00', '2026-03-02T08:00:00+07:00', '2026-04-01T08:00:00+07:00'].entries()) {
      const c = await signedIn(t.db, t.http, own, ['candidate']);
      candidateAuth = c.auth;
      const app = await acceptedApplication(t.http, c.auth, ownAdmin.auth, s);
      ids.push((await scheduleAssessment(t.http, ownAdmin.auth, app.id, (i === 1 ? a2 : a1).user.id, when)).id);
    }
    const list = (q: string, auth: Record<string, string> = ownAdmin.auth) => request(t.http).get(`/assessments${q}`).set(auth).expect(200).then((r) => r.body);
    const p1 = await list('?limit=2');
    expect(p1.items.map((i: { id: string }) => i.id)).toEqual(ids.slice(0, 2));
    const p2 = await list(`?limit=2&cursor=${p1.nextCursor}`);
    expect(p2.items.map((i: { id: string }) => i.id)).toEqual([ids[2]]);
    expect(p2.nextCursor).toBeNull();
    expect((await list(`?assessorUserId=${a2.user.id}`)).items.map((i: { id: string }) => i.id)).toEqual([ids[1]]);
    expect((await list('?from=2026-03-02T00:00:00%2B07:00&to=2026-03-31T00:00:00%2B07:00')).items.map((i: { id: string }) => i.id)).toEqual([ids[1]]);
    expect((await list(`?schemeId=${s.schemeId}&status=scheduled`)).items).toHaveLength(3);
    expect((await list('?status=cancelled')).items).toHaveLength(0);
    const a1Auth = { Authorization: `Bearer ${(await request(t.http).post('/auth/login').send({ email: a1.email, password: a1.password, certificationBodyId: own.id })).body.accessToken}` };
    expect((await list('', a1Auth)).items.map((i: { id: string }) => i.id)).toEqual([ids[0], ids[2]]);
    expect((await list('', candidateAuth)).items.map((i: { id: string }) => i.id)).toEqual([ids[2]]);
    expect((await list('')).items.every((i: { id: string }) => ids.includes(i.id))).toBe(true);
    expect((await list('', admin.auth)).items.some((i: { id: string }) => ids.includes(i.id))).toBe(false);
    await request(t.http).get(`/assessments/${ids[0]}`).set(admin.auth).expect(404);
    await request(t.http).post(`/assessments/${ids[0]}/cancel`).set(admin.auth).send({ reason: 'bukan milik kami' }).expect(404);
    await request(t.http).get(`/assessments/${ids[0]}`).set(candidateAuth).expect(404);
  });
});
