import type pg from 'pg';
import { entryHash, GENESIS_HASH, payloadHashOf, type ChainedFields } from '../../src/audit/audit-chain.js';

const BATCH = 2000;
const COLUMNS = `certification_body_id, seq, occurred_at, actor_user_id, actor_roles, action, entity_type, entity_id,
  request_id, client_ip, payload, payload_hash, prev_hash, hash`;
/** One array parameter per column: a 2,000-row batch is one statement with 14 parameters. */
const INSERT = `INSERT INTO audit_entries (${COLUMNS})
  SELECT b, s, o, a, string_to_array(r, ','), ac, et, ei, rq, ip, p::jsonb, ph, pv, h
  FROM unnest($1::uuid[], $2::bigint[], $3::timestamptz[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[],
              $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[]) AS t(b, s, o, a, r, ac, et, ei, rq, ip, p, ph, pv, h)`;

const ACTIONS = ['judgement.recorded', 'assessment.scheduled', 'evidence.uploaded', 'decision.recorded', 'certificate.issued'];

/**
 * Appends `count` valid chain entries to `bodyId`'s audit chain (hashes computed here with the
 * application's own entryHash/payloadHashOf) and moves the chain head, in batches of 2,000 rows with the
 * next batch hashed while the previous one is inserted. Realistic small payloads, one actor per 50 entries.
 */
export async function seedAuditChain(db: pg.Client, bodyId: string, actorIds: string[], count: number): Promise<{ lastHash: string }> {
  let prevHash = GENESIS_HASH;
  const start = Date.UTC(2026, 0, 5, 1, 0, 0);
  let inFlight: Promise<unknown> = Promise.resolve();
  for (let first = 1; first <= count; first += BATCH) {
    const cols: unknown[][] = Array.from({ length: 14 }, () => []);
    for (let seq = first; seq < Math.min(first + BATCH, count + 1); seq++) {
      const payload = { assessmentId: `a-${seq % 100_000}`, criterionIds: [`k-${seq % 80}`, `k-${(seq + 1) % 80}`], verdict: seq % 7 ? 'K' : 'BK' };
      const f: ChainedFields = {
        certificationBodyId: bodyId,
        seq,
        occurredAt: new Date(start + seq * 1537),
        actorUserId: actorIds[Math.floor(seq / 50) % actorIds.length],
        actorRoles: ['assessor'],
        action: ACTIONS[seq % ACTIONS.length],
        entityType: 'assessment',
        entityId: payload.assessmentId,
        requestId: `bench-${seq}`,
        clientIp: '10.0.0.1',
        payloadHash: payloadHashOf(payload),
      };
      const hash = entryHash(prevHash, f);
      const row = [bodyId, seq, (f.occurredAt as Date).toISOString(), f.actorUserId, f.actorRoles.join(','), f.action, f.entityType,
        f.entityId, f.requestId, f.clientIp, JSON.stringify(payload), f.payloadHash, prevHash, hash];
      row.forEach((v, i) => cols[i].push(v));
      prevHash = hash;
    }
    await inFlight;
    inFlight = db.query(INSERT, cols);
  }
  await inFlight;
  await db.query(
    `INSERT INTO audit_chain_heads (certification_body_id, seq, hash) VALUES ($1, $2, $3)
     ON CONFLICT (certification_body_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`,
    [bodyId, count, prevHash],
  );
  await db.query('ANALYZE audit_entries');
  return { lastHash: prevHash };
}
