import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import request from 'supertest';
import { createAssessor } from '../factories/candidate.factory.js';
import { certificationWorld, type CertificationWorld, decidedIn, recommendedIn } from '../factories/certification.factory.js';
import { createBody, login, signedIn } from '../factories/identity.factory.js';
import { reviewForm } from '../factories/quality.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { pdfText } from '../utils/pdf-inspect.js';

const PERIOD = { from: '2020-01-01', to: '2099-12-31' };
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const parts: Buffer[] = [];
  (res as unknown as NodeJS.ReadableStream).on('data', (c: Buffer) => parts.push(c)).on('end', () => cb(null, Buffer.concat(parts)));
};
type Auth = Record<string, string>;

describe('quality sampling and FR.AK.06 reviews (e2e)', () => {
  let t: TestApp;
  let w: CertificationWorld;
  /** A second lead assessor who is also an auditor of the body, with the assessments they led. */
  let dual: { id: string; auth: Auth };
  const decidedByFirst: string[] = [];
  const decidedByDual: string[] = [];
  let recommendedOnly: string;

  beforeAll(async () => {
    t = await createTestApp();
    w = await certificationWorld(t);
    const u = await createAssessor(t.db, t.http, w.body, w.admin.auth, { schemeCodes: [w.scheme.document.scheme.code] });
    await t.db.query(`UPDATE memberships SET roles = ARRAY['assessor', 'auditor'] WHERE certification_body_id = $1 AND user_id = $2`, [w.body.id, u.user.id]);
    dual = { id: u.user.id, auth: { Authorization: `Bearer ${(await login(t.http, u, w.body.id)).accessToken}` } };
    for (const outcome of ['K', 'BK', 'K'] as const) {
      const candidate = await signedIn(t.db, t.http, w.body, ['candidate']);
      decidedByFirst.push((await decidedIn(w, outcome, {}, candidate)).rec.assessmentId);
    }
    const dualWorld = { ...w, assessorUserId: dual.id, assessorAuth: dual.auth };
    for (const outcome of ['K', 'BK'] as const) {
      const candidate = await signedIn(t.db, t.http, w.body, ['candidate']);
      decidedByDual.push((await decidedIn(dualWorld, outcome, {}, candidate)).rec.assessmentId);
    }
    recommendedOnly = (await recommendedIn(w, {}, await signedIn(t.db, t.http, w.body, ['candidate']))).assessmentId;
  }, 180_000);
  afterAll(() => t.close());

  const draw = (auth: Auth, body: Record<string, unknown>) => request(t.http).post('/quality/samples').set(auth).send(body);
  const review = (auth: Auth, body: Record<string, unknown>) => request(t.http).post('/quality/reviews').set(auth).send(body);
  const ids = (s: { items: Array<{ assessmentId: string }> }) => s.items.map((i) => i.assessmentId);

  describe('samples', () => {
    it('draws from the decided assessments of the period only, and stores what redraws it', async () => {
      const res = await draw(w.admin.auth, { ...PERIOD, size: 10000, seed: 'semua', purpose: 'Validasi triwulan' }).expect(201);
      expect(res.body).toMatchObject({ seed: 'semua', periodFrom: PERIOD.from, periodTo: PERIOD.to, populationSize: 5, requestedSize: 10000, purpose: 'Validasi triwulan', reviewed: 0 });
      expect(ids(res.body).sort()).toEqual([...decidedByFirst, ...decidedByDual].sort());
      expect(ids(res.body)).not.toContain(recommendedOnly);
      const leads = Object.fromEntries(res.body.items.map((i: { assessmentId: string; assessorUserId: string }) => [i.assessmentId, i.assessorUserId]));
      for (const id of decidedByDual) expect(leads[id]).toBe(dual.id);
      const [decidedByDualItem] = res.body.items.filter((i: { assessmentId: string }) => i.assessmentId === decidedByDual[0]);
      expect(decidedByDualItem).toMatchObject({ schemeId: w.scheme.schemeId, schemeCode: w.scheme.document.scheme.code, assessorName: expect.stringMatching(/\S/), reviewId: null });
      expect(res.body.items.map((i: { position: number }) => i.position)).toEqual([1, 2, 3, 4, 5]);
      const ranks = res.body.items.map((i: { rank: string }) => i.rank);
      expect(ranks).toEqual([...ranks].sort());
    });

    it('is reproducible: the same seed over the same data gives the same items; another seed may not', async () => {
      const a = (await draw(w.auditor.auth, { ...PERIOD, size: 2, seed: 'audit-2026', stratifyBy: ['assessor'] }).expect(201)).body;
      const b = (await draw(w.admin.auth, { ...PERIOD, size: 2, seed: 'audit-2026', stratifyBy: ['assessor'] }).expect(201)).body;
      expect(ids(a)).toHaveLength(2);
      expect(ids(b)).toEqual(ids(a));
      expect(a.items.map((i: { rank: string }) => i.rank)).toEqual(b.items.map((i: { rank: string }) => i.rank));
      // stratified by assessor, 3 : 2 of 5 → one each
      expect(new Set(a.items.map((i: { assessorUserId: string }) => i.assessorUserId)).size).toBe(2);
      const seeds = await Promise.all(['s1', 's2', 's3', 's4', 's5', 's6'].map(async (seed) =>
        ids((await draw(w.admin.auth, { ...PERIOD, size: 1, seed }).expect(201)).body)[0]));
      expect(new Set(seeds).size).toBeGreaterThan(1);
    });

    it('gives every assessor of the period at least one item when asked', async () => {
      const s = (await draw(w.admin.auth, { ...PERIOD, size: 1, seed: 'min-per-assessor', minPerAssessor: true }).expect(201)).body;
      expect(s.items).toHaveLength(2);
      expect(new Set(s.items.map((i: { assessorUserId: string }) => i.assessorUserId))).toEqual(new Set([w.assessorUserId, dual.id]));
      expect(s.items.map((i: { reason: string }) => i.reason).sort()).toEqual(['allocation', 'min_per_assessor']);
    });

    it('picks a random seed when none is given, and lists samples newest first', async () => {
      const s = (await draw(w.admin.auth, { ...PERIOD, schemeId: w.scheme.schemeId }).expect(201)).body;
      expect(s.seed).toMatch(/^[0-9a-f]{32}$/);
      expect(s.items).toHaveLength(1); // 10 % of 5, at least one
      const list = (await request(t.http).get('/quality/samples?pageSize=1').set(w.auditor.auth).expect(200)).body;
      expect(list).toMatchObject({ page: 1, pageSize: 1 });
      expect(list.items[0].id).toBe(s.id);
      expect(list.total).toBeGreaterThanOrEqual(5);
    });

    it('writes an audit entry naming the seed and the sampled assessments', async () => {
      const s = (await draw(w.auditor.auth, { ...PERIOD, size: 3, seed: 'audited' }).expect(201)).body;
      const [entry] = await t.db.query(`SELECT actor_user_id, payload FROM audit_entries WHERE action = 'quality_sample.drawn' AND entity_id = $1`, [s.id]);
      expect(entry.actor_user_id).toBe(w.auditor.user.id);
      expect(entry.payload).toMatchObject({ seed: 'audited', populationSize: 5, assessmentIds: ids(s) });
    });

    it('refuses an empty or inverted period, an unknown scheme and bad fields, in problem+json', async () => {
      const empty = await draw(w.admin.auth, { from: '2021-01-01', to: '2021-12-31' }).expect(409);
      expect(empty.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(empty.body.code).toBe('QUALITY_SAMPLE.NO_DECIDED_ASSESSMENTS');
      expect((await draw(w.admin.auth, { from: '2026-12-31', to: '2026-01-01' }).expect(422)).body.code).toBe('QUALITY_SAMPLE.PERIOD_INVALID');
      expect((await draw(w.admin.auth, { ...PERIOD, schemeId: '00000000-0000-4000-8000-000000000000' }).expect(404)).body.code).toBe('SCHEME.NOT_FOUND');
      for (const bad of [{ ...PERIOD, stratifyBy: ['tuk'] }, { ...PERIOD, size: 0 }, { from: '2026-01-01T00:00:00Z', to: PERIOD.to }, { ...PERIOD, extra: 1 }]) {
        expect((await draw(w.admin.auth, bad).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
      }
    });

    it("shows a sample only inside its body", async () => {
      const s = (await draw(w.admin.auth, { ...PERIOD, seed: 'scoped' }).expect(201)).body;
      const other = await signedIn(t.db, t.http, await createBody(t.db), ['admin']);
      expect((await request(t.http).get(`/quality/samples/${s.id}`).set(other.auth).expect(404)).body.code).toBe('QUALITY_SAMPLE.NOT_FOUND');
      expect((await review(other.auth, { assessmentId: decidedByFirst[0], ...reviewForm() }).expect(404)).body.code).toBe('ASSESSMENT.NOT_FOUND');
    });
  });

  describe('reviews', () => {
    let sample: { id: string; items: Array<{ assessmentId: string; reviewId: string | null }> };
    beforeAll(async () => {
      sample = (await draw(w.admin.auth, { ...PERIOD, size: 10000, seed: 'reviews' }).expect(201)).body;
    });

    it('records a review against the principles × stages and the five dimensions, in form order, audited', async () => {
      const form = reviewForm({ findings: 'Bukti observasi unit 1 kurang rinci' }, ['decision/fair', 'transfer_skills']);
      const res = await review(w.auditor.auth, { assessmentId: decidedByFirst[0], sampleId: sample.id, ...form, principles: [...form.principles].reverse() }).expect(201);
      expect(res.body).toMatchObject({ assessmentId: decidedByFirst[0], sampleId: sample.id, reviewerUserId: w.auditor.user.id, supersedes: null, supersededBy: null });
      expect(res.body.principles).toHaveLength(20);
      expect(res.body.principles[0]).toEqual({ stage: 'plan', principle: 'valid', met: true, note: '' });
      expect(res.body.principles.filter((p: { met: boolean }) => !p.met)).toEqual([{ stage: 'decision', principle: 'fair', met: false, note: 'Belum memenuhi' }]);
      expect(res.body.consistency.map((c: { dimension: string }) => c.dimension)).toEqual([
        'task_skills', 'task_management_skills', 'contingency_management_skills', 'job_role_environment_skills', 'transfer_skills']);
      const [entry] = await t.db.query(`SELECT payload FROM audit_entries WHERE action = 'quality_review.recorded' AND entity_id = $1`, [decidedByFirst[0]]);
      expect(entry.payload).toMatchObject({ reviewId: res.body.id, principlesNotMet: 1, dimensionsInconsistent: 1 });
      const s = (await request(t.http).get(`/quality/samples/${sample.id}`).set(w.admin.auth).expect(200)).body;
      expect(s.reviewed).toBe(1);
      expect(s.items.find((i: { assessmentId: string }) => i.assessmentId === decidedByFirst[0]).reviewId).toBe(res.body.id);
    });

    it("refuses a review by one of the assessment's own assessors", async () => {
      const res = await review(dual.auth, { assessmentId: decidedByDual[0], sampleId: sample.id, ...reviewForm() }).expect(409);
      expect(res.body.code).toBe('QUALITY_REVIEW.OWN_ASSESSMENT');
      // the same person may review another assessor's work
      await review(dual.auth, { assessmentId: decidedByFirst[1], sampleId: sample.id, ...reviewForm() }).expect(201);
    });

    it('refuses an undecided assessment, an incomplete form, an assessment outside the sample, and a second review of the same', async () => {
      expect((await review(w.admin.auth, { assessmentId: recommendedOnly, ...reviewForm() }).expect(409)).body.code).toBe('QUALITY_REVIEW.ASSESSMENT_NOT_DECIDED');
      const form = reviewForm();
      const incomplete = await review(w.admin.auth, { assessmentId: decidedByFirst[2], ...form, principles: form.principles.slice(1), consistency: [...form.consistency, form.consistency[0]] }).expect(422);
      expect(incomplete.body).toMatchObject({ code: 'QUALITY_REVIEW.FORM_INVALID', missing: ['plan/valid'], repeated: ['task_skills'] });
      const small = (await draw(w.admin.auth, { ...PERIOD, size: 1, seed: 'small' }).expect(201)).body;
      const outside = [...decidedByFirst, ...decidedByDual].find((id) => !ids(small).includes(id))!;
      expect((await review(w.admin.auth, { assessmentId: outside, sampleId: small.id, ...form }).expect(422)).body.code).toBe('QUALITY_REVIEW.SAMPLE_INVALID');
      await review(w.admin.auth, { assessmentId: decidedByFirst[2], sampleId: sample.id, ...form }).expect(201);
      expect((await review(w.admin.auth, { assessmentId: decidedByFirst[2], sampleId: sample.id, ...form }).expect(409)).body.code).toBe('QUALITY_REVIEW.ALREADY_REVIEWED');
      const none = await t.db.query(`SELECT count(*)::int AS n FROM quality_reviews WHERE assessment_id = $1`, [recommendedOnly]);
      expect(none[0].n).toBe(0);
    });

    it('is corrected only by a new review from its reviewer; the old one stays, linked both ways', async () => {
      const first = (await review(w.admin.auth, { assessmentId: decidedByDual[1], sampleId: sample.id, ...reviewForm() }).expect(201)).body;
      const correction = { ...reviewForm({ findings: 'Umpan balik tidak tercatat' }, ['feedback/valid']), reason: 'Temuan tertinggal' };
      expect((await request(t.http).post(`/quality/reviews/${first.id}/corrections`).set(w.auditor.auth).send(correction).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
      expect((await request(t.http).post(`/quality/reviews/${first.id}/corrections`).set(w.admin.auth).send(reviewForm()).expect(400)).body.code)
        .toBe('REQUEST.VALIDATION_FAILED'); // no reason
      const second = (await request(t.http).post(`/quality/reviews/${first.id}/corrections`).set(w.admin.auth).send(correction).expect(201)).body;
      expect(second).toMatchObject({ supersedes: first.id, correctionReason: 'Temuan tertinggal', findings: 'Umpan balik tidak tercatat', sampleId: sample.id });
      const again = await request(t.http).post(`/quality/reviews/${first.id}/corrections`).set(w.admin.auth).send(correction).expect(409);
      expect(again.body).toMatchObject({ code: 'QUALITY_REVIEW.ALREADY_SUPERSEDED', supersededById: second.id });
      const old = (await request(t.http).get(`/quality/reviews/${first.id}`).set(w.auditor.auth).expect(200)).body;
      expect(old).toMatchObject({ id: first.id, supersededBy: second.id, findings: 'Tidak ada temuan' });
      const current = (await request(t.http).get(`/quality/reviews?assessmentId=${decidedByDual[1]}&current=true`).set(w.auditor.auth).expect(200)).body;
      expect(current.items.map((r: { id: string }) => r.id)).toEqual([second.id]);
      const all = (await request(t.http).get(`/quality/reviews?assessmentId=${decidedByDual[1]}`).set(w.auditor.auth).expect(200)).body;
      expect(all).toMatchObject({ total: 2 });
      const actions = await t.db.query(`SELECT action FROM audit_entries WHERE entity_id = $1 AND action LIKE 'quality_review.%' ORDER BY seq`, [decidedByDual[1]]);
      expect(actions.map((a: { action: string }) => a.action)).toEqual(['quality_review.recorded', 'quality_review.corrected']);
      const s = (await request(t.http).get(`/quality/samples/${sample.id}`).set(w.admin.auth).expect(200)).body;
      expect(s.items.find((i: { assessmentId: string }) => i.assessmentId === decidedByDual[1]).reviewId).toBe(second.id);
    });

    it('prints a review as the FR.AK.06 form, with the correction it makes', async () => {
      const [current] = (await request(t.http).get(`/quality/reviews?assessmentId=${decidedByDual[1]}&current=true`).set(w.admin.auth).expect(200)).body.items;
      const res = await request(t.http).get(`/quality/reviews/${current.id}/pdf`).set(w.auditor.auth).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const [{ name }] = await t.db.query(
        `SELECT app.applicant->>'fullName' AS name FROM assessments a JOIN applications app ON app.certification_body_id = a.certification_body_id
           AND app.id = a.application_id WHERE a.id = $1`, [decidedByDual[1]]);
      const text = (await pdfText(res.body as Buffer)).pages.join('\n');
      for (const expected of ['FR.AK.06', 'MENINJAU PROSES ASESMEN', name, w.scheme.document.scheme.code, 'Validitas', 'Reliabel', 'Fleksibel', 'Adil',
        'Keterampilan transfer', 'Koreksi atas tinjauan', 'Temuan tertinggal', 'Umpan balik tidak tercatat', 'Umpan balik asesmen – Validitas: Belum memenuhi']) {
        expect(text).toContain(expected);
      }
      const other = await signedIn(t.db, t.http, await createBody(t.db), ['admin']);
      expect((await request(t.http).get(`/quality/reviews/${current.id}/pdf`).set(other.auth).expect(404)).body.code).toBe('QUALITY_REVIEW.NOT_FOUND');
    });

    it('lets the database refuse to rewrite or delete reviews and samples', async () => {
      for (const sql of [
        `UPDATE quality_reviews SET findings = 'diubah' WHERE certification_body_id = $1`,
        `DELETE FROM quality_reviews WHERE certification_body_id = $1`,
        `UPDATE quality_samples SET seed = 'lain' WHERE certification_body_id = $1`,
        `DELETE FROM quality_sample_items WHERE certification_body_id = $1`,
      ]) await expect(t.db.query(sql, [w.body.id])).rejects.toThrow(/append-only/);
    });

    it('puts the reviews of an assessment into its dossier', async () => {
      const d = (await request(t.http).get(`/assessments/${decidedByDual[1]}/dossier`).set(w.auditor.auth).expect(200)).body;
      expect(d.qualityReviews.map((r: { supersedes: string | null }) => r.supersedes === null)).toEqual([true, false]);
      expect(d.qualityReviews[1].supersedes).toBe(d.qualityReviews[0].id);
      expect(d.qualityReviews[0].supersededBy).toBe(d.qualityReviews[1].id);
      const res = await request(t.http).get(`/assessments/${decidedByDual[1]}/dossier/export`).set(w.auditor.auth).buffer(true).parse(binary).expect(200);
      const zip = await JSZip.loadAsync(res.body as Buffer);
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { files: Array<{ path: string; sha256: string }> };
      const forms = manifest.files.filter((f) => f.path.startsWith('quality-reviews/'));
      expect(forms.map((f) => f.path).sort()).toEqual(d.qualityReviews.map((r: { id: string }) => `quality-reviews/FR.AK.06-${r.id}.pdf`).sort());
      for (const f of forms) {
        const bytes = await zip.file(f.path)!.async('nodebuffer');
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
        expect((await pdfText(bytes)).pages.join(' ')).toContain('MENINJAU PROSES ASESMEN');
      }
      const [exported] = await t.db.query(
        `SELECT payload FROM audit_entries WHERE action = 'assessment.dossier_exported' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`, [decidedByDual[1]]);
      expect(exported.payload.qualityReviews.map((r: { sha256: string }) => r.sha256).sort()).toEqual(forms.map((f) => f.sha256).sort());
    });
  });
});
