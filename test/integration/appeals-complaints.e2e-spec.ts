import request from 'supertest';
import { certificationWorld, type CertificationWorld, decidedIn } from '../factories/certification.factory.js';
import { createAssessor } from '../factories/candidate.factory.js';
import { signedIn } from '../factories/identity.factory.js';
import { withoutTriggers } from '../utils/test-database.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

const FR_AK_04 = { processExplained: true, discussedWithAssessor: true, involvesOtherPerson: false, reasons: 'Observasi tidak sesuai MAPA dan SOP asesmen' };

describe('appeals FR.AK.04 and complaints (e2e)', () => {
  let t: TestApp;
  let w: CertificationWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await certificationWorld(t);
  });
  afterAll(() => t.close());

  it('takes an appeal inside the window, once, and refuses one after it', async () => {
    const { decision } = await decidedIn(w, 'BK');
    const other = await signedIn(t.db, t.http, w.body, ['candidate']);
    await request(t.http).post('/appeals').set(other.auth).send({ decisionId: decision.id, ...FR_AK_04 }).expect(404);
    const filed = await request(t.http).post('/appeals').set(w.candidate.auth).send({ decisionId: decision.id, ...FR_AK_04 }).expect(201);
    expect(filed.body).toMatchObject({ status: 'filed', ...FR_AK_04, overdue: false, panelUserIds: [] });
    expect(new Date(filed.body.resolutionDueAt).getTime() - new Date(filed.body.filedAt).getTime()).toBe(14 * 86_400_000);
    const twice = await request(t.http).post('/appeals').set(w.candidate.auth).send({ decisionId: decision.id, ...FR_AK_04 }).expect(409);
    expect(twice.body.code).toBe('APPEAL.ALREADY_FILED');

    const late = await decidedIn(w, 'BK');
    await withoutTriggers(t.db, `UPDATE certification_decisions SET decided_at = now() - interval '15 days' WHERE id = $1`, [late.decision.id]);
    const closed = await request(t.http).post('/appeals').set(w.candidate.auth).send({ decisionId: late.decision.id, ...FR_AK_04 }).expect(409);
    expect(closed.body).toMatchObject({ code: 'APPEAL.WINDOW_CLOSED', windowDays: 14 });
  });

  it('refuses a panel with people who took part, then a panel member grants a reassessment by a different assessor', async () => {
    const { rec, decision } = await decidedIn(w, 'BK');
    const appeal = (await request(t.http).post('/appeals').set(w.candidate.auth).send({ decisionId: decision.id, ...FR_AK_04 }).expect(201)).body;
    const refused = await request(t.http).post(`/appeals/${appeal.id}/panel`).set(w.admin.auth)
      .send({ memberUserIds: [w.assessorUserId, w.decisionMaker.user.id, w.candidate.user.id] }).expect(409);
    expect(refused.body.code).toBe('APPEAL.PANEL_NOT_INDEPENDENT');
    expect(refused.body.reasons).toEqual([
      { userId: w.assessorUserId, code: 'ASSESSOR_OF_ASSESSMENT' }, { userId: w.decisionMaker.user.id, code: 'DECISION_MAKER' },
      { userId: w.candidate.user.id, code: 'CANDIDATE' },
    ]);
    const panel = [await signedIn(t.db, t.http, w.body, ['decision_maker']), await signedIn(t.db, t.http, w.body, ['admin'])];
    const appointed = await request(t.http).post(`/appeals/${appeal.id}/panel`).set(w.admin.auth)
      .send({ memberUserIds: panel.map((p) => p.user.id), notes: 'SK Direktur 12/2026' }).expect(200);
    expect(appointed.body).toMatchObject({ status: 'panel_appointed', panelUserIds: expect.arrayContaining(panel.map((p) => p.user.id)) });

    const notOnPanel = await request(t.http).post(`/appeals/${appeal.id}/resolution`).set(w.admin.auth).send({ outcome: 'uphold', notes: 'x-x' }).expect(409);
    expect(notOnPanel.body.code).toBe('APPEAL.NOT_ON_PANEL');
    const granted = await request(t.http).post(`/appeals/${appeal.id}/resolution`).set(panel[0].auth)
      .send({ outcome: 'reassess', notes: 'Proses tidak sesuai SOP' }).expect(200);
    expect(granted.body.status).toBe('reassessment_granted');
    expect(granted.body.events.map((e: { action: string }) => e.action)).toEqual(['file', 'appointPanel', 'grantReassessment']);
    const seen = await request(t.http).get(`/decisions/${decision.id}`).set(w.admin.auth).expect(200);
    expect(seen.body.reassessmentGrantedByAppealId).toBe(appeal.id);

    const body = { tuk: { name: 'TUK Sewaktu', type: 'sewaktu' }, scheduledAt: '2026-04-20T08:00:00+07:00' };
    const same = await request(t.http).post(`/decisions/${decision.id}/reassessment`).set(w.admin.auth).send({ ...body, leadAssessorUserId: w.assessorUserId }).expect(409);
    expect(same.body).toMatchObject({ code: 'ASSESSMENT.ASSIGNMENT_REFUSED', reasons: [{ assessorUserId: w.assessorUserId, code: 'PREVIOUS_ASSESSOR' }] });
    const fresh = await createAssessor(t.db, t.http, w.body, w.admin.auth, { schemeCodes: [w.scheme.document.scheme.code] });
    const re = await request(t.http).post(`/decisions/${decision.id}/reassessment`).set(w.admin.auth).send({ ...body, leadAssessorUserId: fresh.user.id }).expect(201);
    expect(re.body).toMatchObject({ attempt: 2, previousAssessmentId: rec.assessmentId });
    const audited = (await t.db.query(`SELECT action FROM audit_entries WHERE entity_id = $1 ORDER BY seq`, [appeal.id])).map((r: { action: string }) => r.action);
    expect(audited).toEqual(['appeal.filed', 'appeal.panel_appointed', 'appeal.reassessment_granted']);
  });

  it('lists overdue appeals for the body', async () => {
    const { decision } = await decidedIn(w, 'K');
    const appeal = (await request(t.http).post('/appeals').set(w.candidate.auth).send({ decisionId: decision.id, ...FR_AK_04 }).expect(201)).body;
    const before = await request(t.http).get('/appeals?overdue=true').set(w.admin.auth).expect(200);
    expect(before.body.items.map((a: { id: string }) => a.id)).not.toContain(appeal.id);
    await t.db.query(`UPDATE appeals SET resolution_due_at = now() - interval '1 day' WHERE id = $1`, [appeal.id]);
    const overdue = await request(t.http).get('/appeals?overdue=true').set(w.admin.auth).expect(200);
    expect(overdue.body.items.find((a: { id: string }) => a.id === appeal.id)).toMatchObject({ overdue: true });
    const mine = await request(t.http).get('/appeals').set(w.candidate.auth).expect(200);
    expect(mine.body.items.every((a: { appellantUserId: string }) => a.appellantUserId === w.candidate.user.id)).toBe(true);
  });

  it('runs a complaint from public filing to closure, and takes signed-in complaints', async () => {
    const filed = await request(t.http).post('/public/complaints').send({
      certificationBodyId: w.body.id, subjectType: 'assessor', subjectReference: 'MET.000.004231 2019',
      description: 'Asesor meminta imbalan di luar biaya resmi', contactName: 'Siti Rahmawati', contactEmail: 'siti@example.id',
    }).expect(201);
    expect(Object.keys(filed.body).sort()).toEqual(['id', 'receivedAt', 'status']);
    expect(filed.body.status).toBe('received');
    await request(t.http).post('/public/complaints').send({
      certificationBodyId: '00000000-0000-4000-8000-000000000000', subjectType: 'body', description: 'Tidak ada tanggapan dari LSP', contactName: 'A', contactEmail: 'a@example.id',
    }).expect((r) => expect([400, 404]).toContain(r.status));
    const id = filed.body.id;
    const step = (body: Record<string, unknown>) => request(t.http).post(`/complaints/${id}/transitions`).set(w.admin.auth).send(body);
    expect((await step({ action: 'resolve', outcome: 'x-x-x' })).body.code).toBe('COMPLAINT.ILLEGAL_TRANSITION');
    expect((await step({ action: 'triage', notes: 'Relevan' })).body.status).toBe('triaged');
    expect((await step({ action: 'investigate' })).body.status).toBe('investigating');
    const noOutcome = await step({ action: 'resolve' });
    expect([noOutcome.status, noOutcome.body.code]).toEqual([422, 'COMPLAINT.OUTCOME_INVALID']);
    const resolved = await step({ action: 'resolve', outcome: 'Terbukti; asesor dinonaktifkan', correctiveAction: 'Sosialisasi kode etik' });
    expect(resolved.body).toMatchObject({ status: 'resolved', outcome: 'Terbukti; asesor dinonaktifkan', correctiveAction: 'Sosialisasi kode etik', channel: 'public' });
    const closed = await step({ action: 'close' });
    expect(closed.body.events.map((e: { action: string }) => e.action)).toEqual(['file', 'triage', 'investigate', 'resolve', 'close']);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1`, [id]))[0].n).toBe(5);

    const mine = await request(t.http).post('/complaints').set(w.candidate.auth).send({
      subjectType: 'certificate_holder', subjectReference: 'LSP/X/2026/000001', description: 'Sertifikat dipakai di luar ruang lingkup', contactName: 'Budi', contactEmail: 'budi@example.id',
    }).expect(201);
    const register = await request(t.http).get('/complaints').set(w.auditor.auth).expect(200);
    expect(register.body.items.find((c: { id: string }) => c.id === mine.body.id)).toMatchObject({ channel: 'signed_in', subjectType: 'certificate_holder' });
    await request(t.http).get(`/complaints/${id}`).set(w.candidate.auth).expect(403);
  });
});
