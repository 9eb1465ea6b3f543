import request from 'supertest';
import { ChainVerifier, entryHash, GENESIS_HASH, type ChainBreak } from '../../src/audit/audit-chain.js';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { createBody, signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

/**
 * The audit trail against someone with SQL access: the database refuses
 * UPDATE/DELETE/TRUNCATE; a superuser who switches the guard off still cannot
 * alter, delete or reorder entries without the chain verifier naming the entry.
 */
describe('audit trail tampering (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()), 60_000);
  afterAll(() => t.close());

  /** A body with a chain of at least five entries. */
  async function bodyWithHistory(): Promise<string> {
    const body = await createBody(t.db);
    const admin = await signedIn(t.db, t.http, body, ['admin']);
    for (let i = 0; i < 4; i++) {
      await request(t.http).post('/invitations').set(admin.auth).send({ email: `audit${i}${Date.now()}@example.test`, roles: ['assessor'] }).expect(201);
    }
    return body.id;
  }

  async function verify(bodyId: string): Promise<{ checked: number; firstBreak?: ChainBreak }> {
    const rows = await t.db.getRepository(AuditEntry).find({ where: { certificationBodyId: bodyId }, order: { seq: 'ASC' } });
    const verifier = new ChainVerifier(GENESIS_HASH, 1);
    for (const row of rows) if (!verifier.push(row)) break;
    return { checked: verifier.checked, firstBreak: verifier.firstBreak };
  }

  /** Runs SQL with the append-only triggers off, as a superuser could. */
  async function asSuperuser(sql: string | string[], params: unknown[]): Promise<void> {
    await t.db.query('ALTER TABLE audit_entries DISABLE TRIGGER USER');
    try {
      for (const statement of [sql].flat()) await t.db.query(statement, params);
    } finally {
      await t.db.query('ALTER TABLE audit_entries ENABLE TRIGGER USER');
    }
  }

  it('verifies an untouched chain (control)', async () => {
    const bodyId = await bodyWithHistory();
    const result = await verify(bodyId);
    expect(result.firstBreak).toBeUndefined();
    expect(result.checked).toBeGreaterThanOrEqual(5);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE of audit entries', async () => {
    const bodyId = await bodyWithHistory();
    await expect(t.db.query(`UPDATE audit_entries SET action = 'x' WHERE certification_body_id = $1`, [bodyId])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_entries WHERE certification_body_id = $1 AND seq = 2`, [bodyId])).rejects.toThrow(/append-only/);
    await expect(t.db.query('TRUNCATE audit_entries')).rejects.toThrow(/append-only/);
    expect((await verify(bodyId)).firstBreak).toBeUndefined();
  });

  it('detects an altered payload at the exact entry', async () => {
    const bodyId = await bodyWithHistory();
    await asSuperuser(`UPDATE audit_entries SET payload = jsonb_set(payload, '{email}', '"pelaku@example.test"') WHERE certification_body_id = $1 AND seq = 3`, [bodyId]);
    expect((await verify(bodyId)).firstBreak).toEqual({ seq: 3, reason: 'payload_mismatch' });
  });

  it('detects an altered field at the exact entry, and a recomputed hash at the next one', async () => {
    const bodyId = await bodyWithHistory();
    await asSuperuser(`UPDATE audit_entries SET actor_user_id = NULL WHERE certification_body_id = $1 AND seq = 3`, [bodyId]);
    expect((await verify(bodyId)).firstBreak).toEqual({ seq: 3, reason: 'hash_mismatch' });
    // the tamperer re-hashes the altered entry: the following entry's link gives it away
    const [row] = await t.db.getRepository(AuditEntry).find({ where: { certificationBodyId: bodyId, seq: 3 } });
    await asSuperuser(`UPDATE audit_entries SET hash = $2 WHERE certification_body_id = $1 AND seq = 3`, [bodyId, entryHash(row.prevHash, row)]);
    expect((await verify(bodyId)).firstBreak).toEqual({ seq: 4, reason: 'prev_hash_mismatch' });
  });

  it('detects a deleted entry', async () => {
    const bodyId = await bodyWithHistory();
    await asSuperuser(`DELETE FROM audit_entries WHERE certification_body_id = $1 AND seq = 3`, [bodyId]);
    expect((await verify(bodyId)).firstBreak).toEqual({ seq: 3, reason: 'gap' });
  });

  it('detects reordered entries', async () => {
    const bodyId = await bodyWithHistory();
    await asSuperuser([2, 3, -2].map((from, i) => `UPDATE audit_entries SET seq = ${[-2, 2, 3][i]} WHERE certification_body_id = $1 AND seq = ${from}`), [bodyId]);
    expect((await verify(bodyId)).firstBreak).toEqual({ seq: 2, reason: 'prev_hash_mismatch' });
  });
});
