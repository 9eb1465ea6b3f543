import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type CertificationWorld, certificationWorld, decidedIn } from '../factories/certification.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { withoutTriggers } from '../utils/test-database.js';

/**
 * Decisions and what was issued with them, against someone with SQL access:
 * the database refuses rewrites; a row altered with the triggers off no longer
 * matches its audit entry, and GET /decisions/:id/integrity says so.
 */
describe('decision and certificate tampering (e2e)', () => {
  let t: TestApp;
  let w: CertificationWorld;
  let decisionId: string;
  let certificateId: string;

  beforeAll(async () => {
    t = await createTestApp();
    w = await certificationWorld(t);
    const { decision } = await decidedIn(w, 'K');
    decisionId = decision.id;
    certificateId = decision.certificate.id;
  });
  afterAll(() => t?.close());

  const refused = (sql: string, params: unknown[]) => expect(t.db.query(sql, params)).rejects.toThrow(/immutable|append-only/);
  const integrity = async () => (await request(t.http).get(`/decisions/${decisionId}/integrity`).set(w.auditor.auth).expect(200)).body;

  it('refuses UPDATE and DELETE of a decision row', async () => {
    await refused(`UPDATE certification_decisions SET outcome = 'BK' WHERE id = $1`, [decisionId]);
    await refused(`UPDATE certification_decisions SET decided_by_user_id = $2 WHERE id = $1`, [decisionId, randomUUID()]);
    await refused(`DELETE FROM certification_decisions WHERE id = $1`, [decisionId]);
    const [row] = await t.db.query(`SELECT outcome FROM certification_decisions WHERE id = $1`, [decisionId]);
    expect(row.outcome).toBe('K');
  });

  it('lets an appeal grant a reassessment once, and nothing else change with it', async () => {
    const { decision } = await decidedIn(w, 'BK');
    const grant = `UPDATE certification_decisions SET reassessment_granted_by_appeal_id = $2 WHERE id = $1`;
    await t.db.query(grant, [decision.id, randomUUID()]);
    await refused(grant, [decision.id, randomUUID()]);
    await refused(`UPDATE certification_decisions SET reassessment_granted_by_appeal_id = $2, notes = 'x' WHERE id = $1`, [decisionId, randomUUID()]);
  });

  it("refuses changes to a certificate's issued fields and its deletion, but not its lifecycle status", async () => {
    await refused(`UPDATE certificates SET holder_name = 'Orang Lain' WHERE id = $1`, [certificateId]);
    await refused(`UPDATE certificates SET expires_on = expires_on + 3650 WHERE id = $1`, [certificateId]);
    await refused(`UPDATE certificates SET certificate_number = 'PALSU-1' WHERE id = $1`, [certificateId]);
    await refused(`DELETE FROM certificates WHERE id = $1`, [certificateId]);
    await request(t.http).post(`/certificates/${certificateId}/suspend`).set(w.admin.auth).send({ reason: 'Pelanggaran kode etik' }).expect(200);
    const [row] = await t.db.query(`SELECT status FROM certificates WHERE id = $1`, [certificateId]);
    expect(row.status).toBe('suspended');
  });

  it('keeps status changes and issued documents append-only', async () => {
    await refused(`UPDATE certificate_status_changes SET reason = 'x' WHERE certificate_id = $1`, [certificateId]);
    await refused(`DELETE FROM certificate_status_changes WHERE certificate_id = $1`, [certificateId]);
    await refused(`UPDATE issued_documents SET sha256 = repeat('0', 64) WHERE certification_body_id = $1`, [w.body.id]);
    await refused(`DELETE FROM issued_documents WHERE certification_body_id = $1`, [w.body.id]);
  });

  it('detects a decision altered with the triggers off: the row no longer matches its audit entry', async () => {
    expect(await integrity()).toMatchObject({ decisionId, intact: true, payloadMatches: true, deciderMatches: true });
    await withoutTriggers(t.db, `UPDATE certification_decisions SET notes = 'Ditulis ulang' WHERE id = $1`, [decisionId]);
    const altered = await integrity();
    expect(altered).toMatchObject({ intact: false, payloadMatches: false, deciderMatches: true });
    expect(altered.auditSeq).toBeGreaterThan(0);
    // The chain itself is untouched: only the row-to-entry comparison sees this.
    const chain = await request(t.http).get('/audit/verify').set(w.auditor.auth).expect(200);
    expect(chain.body.ok).toBe(true);

    await withoutTriggers(t.db, `UPDATE certification_decisions SET decided_by_user_id = $2 WHERE id = $1`, [decisionId, w.admin.user.id]);
    expect(await integrity()).toMatchObject({ intact: false, deciderMatches: false });
  });

  it('answers 404 for a decision of another body', async () => {
    const other = await certificationWorld(t);
    await request(t.http).get(`/decisions/${decisionId}/integrity`).set(other.admin.auth).expect(404);
  });
});
