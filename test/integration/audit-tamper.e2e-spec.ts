import { execFileSync } from 'node:child_process';
import request from 'supertest';
import { entryHash, payloadHashOf } from '../../src/audit/audit-chain.js';
import type { CertificationBody } from '../../src/certification-bodies/certification-body.entity.js';
import { appendEntries, tamper } from '../factories/audit.factory.js';
import { createBody, signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

/** The offline CLI, compiled, against this test's database. */
function auditCli(databaseUrl: string, args: string[]): { status: number; result: any } {
  try {
    const out = execFileSync(process.execPath, ['dist/src/audit/audit-cli.js', ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, result: JSON.parse(out) };
  } catch (e) {
    const err = e as { status?: number; stdout?: string };
    return { status: err.status ?? -1, result: err.stdout ? JSON.parse(err.stdout) : null };
  }
}

describe('audit tamper detection and anchors (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** A body whose chain is: auth.login (seq 1) then 8 test entries (seq 2..9). */
  async function bodyWithChain() {
    const body = await createBody(t.db);
    const admin = await signedIn(t.db, t.http, body, ['admin']);
    await appendEntries(t.app, t.db, body.id, 8);
    return { body, admin };
  }
  const verify = (admin: { auth: Record<string, string> }, query: Record<string, unknown> = {}) =>
    request(t.http).get('/audit/verify').query(query).set(admin.auth).expect(200);
  const where = (body: CertificationBody, seq: number) => [`certification_body_id = $1 AND seq = ${seq}`, [body.id]] as const;

  it('verifies an intact chain, whole and by range, and the CLI agrees', async () => {
    const { body, admin } = await bodyWithChain();
    const whole = await verify(admin);
    expect(whole.body).toMatchObject({ ok: true, scope: 'full', checked: 9, headSeq: 9, fromSeq: 1, toSeq: 9 });
    expect(whole.body.lastHash).toBe(whole.body.headHash);
    expect((await verify(admin, { fromSeq: 3, toSeq: 6 })).body).toMatchObject({ ok: true, scope: 'seq_range', checked: 4 });
    const timed = await verify(admin, { from: '2000-01-01T00:00:00Z' });
    expect(timed.body).toMatchObject({ ok: true, scope: 'time_range', fromSeq: 1, toSeq: 9, checked: 9 });
    const cli = auditCli(t.databaseUrl, ['verify', '--body', body.code]);
    expect(cli).toMatchObject({ status: 0, result: { ok: true, checked: 9, bodyId: body.id } });
    await request(t.http).get('/audit/verify').query({ fromSeq: 5, toSeq: 2 }).set(admin.auth).expect(422);
  });

  it.each([
    ['payload altered', (b: CertificationBody) => `UPDATE audit_entries SET payload = '{"i": 99}' WHERE ${where(b, 4)[0]}`, { seq: 4, reason: 'payload_mismatch' }],
    ['action altered', (b: CertificationBody) => `UPDATE audit_entries SET action = 'certificate.revoked' WHERE ${where(b, 5)[0]}`, { seq: 5, reason: 'hash_mismatch' }],
    ['middle row deleted', (b: CertificationBody) => `DELETE FROM audit_entries WHERE ${where(b, 6)[0]}`, { seq: 6, reason: 'gap' }],
    ['tail deleted', (_b: CertificationBody) => `DELETE FROM audit_entries WHERE certification_body_id = $1 AND seq >= 8`, { seq: 8, reason: 'tail_missing' }],
    ['two rows swapped', (_b: CertificationBody) => `UPDATE audit_entries SET seq = CASE seq WHEN 3 THEN -3 ELSE 3 END WHERE certification_body_id = $1 AND seq IN (3, 7)`, { seq: 3, reason: 'prev_hash_mismatch' }],
  ])('reports the first broken seq when a %s', async (name, sql, expected) => {
    const { body, admin } = await bodyWithChain();
    await tamper(t.db, sql(body), [body.id]);
    if (name === 'two rows swapped') await tamper(t.db, `UPDATE audit_entries SET seq = 7 WHERE certification_body_id = $1 AND seq = -3`, [body.id]);
    const res = await verify(admin);
    expect(res.body).toMatchObject({ ok: false, firstBreak: expected });
    const cli = auditCli(t.databaseUrl, ['verify', '--body', body.id]);
    expect(cli).toMatchObject({ status: 1, result: { ok: false, firstBreak: expected } });
  });

  it('a seq range after the tampered entry still verifies; one covering it does not', async () => {
    const { body, admin } = await bodyWithChain();
    await tamper(t.db, `UPDATE audit_entries SET entity_id = 'other' WHERE ${where(body, 3)[0]}`, [body.id]);
    expect((await verify(admin, { fromSeq: 4 })).body).toMatchObject({ ok: true, checked: 6 });
    expect((await verify(admin, { fromSeq: 2, toSeq: 5 })).body).toMatchObject({ ok: false, firstBreak: { seq: 3, reason: 'hash_mismatch' } });
    expect(auditCli(t.databaseUrl, ['verify', '--body', body.code, '--from-seq', '2', '--to-seq', '5']).status).toBe(1);
  });

  it('signs an anchor, audits it, and verifies it', async () => {
    const { body, admin } = await bodyWithChain();
    const created = await request(t.http).post('/audit/anchors').set(admin.auth).expect(201);
    expect(created.body).toMatchObject({ certificationBodyId: body.id, seq: 9, createdByUserId: admin.user.id });
    expect(created.body.signature).toMatch(/^[0-9a-f]{64}$/);
    const [anchorEntry] = await t.db.query(
      `SELECT seq, entity_id, payload FROM audit_entries WHERE certification_body_id = $1 AND action = 'audit.anchor_created'`, [body.id],
    );
    expect(anchorEntry).toMatchObject({ seq: '10', entity_id: created.body.id, payload: { seq: 9, hash: created.body.hash } });
    const listed = await request(t.http).get('/audit/anchors').set(admin.auth).expect(200);
    expect(listed.body.map((a: { id: string }) => a.id)).toEqual([created.body.id]);
    const checked = await request(t.http).get(`/audit/anchors/${created.body.id}/verify`).set(admin.auth).expect(200);
    expect(checked.body).toMatchObject({ ok: true, signatureValid: true, anchoredHashMatches: true, chain: { ok: true, checked: 9 } });
  });

  it('detects a change before the anchor even when the whole chain was recomputed', async () => {
    const { body, admin } = await bodyWithChain();
    const anchor = (await request(t.http).post('/audit/anchors').set(admin.auth).expect(201)).body;
    await rewriteChainFrom(body.id, 4, { forged: true });
    // The rewritten chain is internally consistent: only the anchor can tell.
    expect((await verify(admin)).body.ok).toBe(true);
    const checked = await request(t.http).get(`/audit/anchors/${anchor.id}/verify`).set(admin.auth).expect(200);
    expect(checked.body).toMatchObject({ ok: false, signatureValid: true, anchoredHashMatches: false, chain: { ok: true } });
  });

  it('detects an altered anchor row and a broken chain below the anchor', async () => {
    const { body, admin } = await bodyWithChain();
    const anchor = (await request(t.http).post('/audit/anchors').set(admin.auth).expect(201)).body;
    await tamper(t.db, `UPDATE audit_entries SET client_ip = '10.6.6.6' WHERE ${where(body, 2)[0]}`, [body.id]);
    const broken = await request(t.http).get(`/audit/anchors/${anchor.id}/verify`).set(admin.auth).expect(200);
    expect(broken.body).toMatchObject({ ok: false, signatureValid: true, chain: { ok: false, firstBreak: { seq: 2, reason: 'hash_mismatch' } } });
    await tamper(t.db, `UPDATE audit_anchors SET seq = 5 WHERE certification_body_id = $1 AND id = $2`, [body.id, anchor.id]);
    const forged = await request(t.http).get(`/audit/anchors/${anchor.id}/verify`).set(admin.auth).expect(200);
    expect(forged.body).toMatchObject({ ok: false, signatureValid: false });
  });

  /** What an attacker with superuser access could do: change one payload and rehash everything after it. */
  async function rewriteChainFrom(bodyId: string, fromSeq: number, payload: unknown) {
    const rows = await t.db.query(
      `SELECT * FROM audit_entries WHERE certification_body_id = $1 AND seq >= $2 ORDER BY seq`, [bodyId, fromSeq],
    );
    let prev: string = rows[0].prev_hash;
    const updates: string[] = [];
    for (const r of rows) {
      const p = Number(r.seq) === fromSeq ? payload : r.payload;
      const f = {
        certificationBodyId: bodyId, seq: Number(r.seq), occurredAt: r.occurred_at as Date, actorUserId: r.actor_user_id,
        actorRoles: r.actor_roles, action: r.action, entityType: r.entity_type, entityId: r.entity_id,
        requestId: r.request_id, clientIp: r.client_ip, payloadHash: payloadHashOf(p),
      };
      const hash = entryHash(prev, f);
      updates.push(
        `UPDATE audit_entries SET payload = '${JSON.stringify(p)}', payload_hash = '${f.payloadHash}', prev_hash = '${prev}', hash = '${hash}'
         WHERE certification_body_id = '${bodyId}' AND seq = ${f.seq};`,
      );
      prev = hash;
    }
    updates.push(`UPDATE audit_chain_heads SET hash = '${prev}' WHERE certification_body_id = '${bodyId}';`);
    await tamper(t.db, updates.join('\n'));
  }
});
