import pg from 'pg';
import { ChainVerifier, GENESIS_HASH, type ChainBreak, type StoredEntry } from '../../src/audit/audit-chain.js';

const BATCH = 5000;

export interface ChainCheck {
  checked: number;
  ok: boolean;
  firstBreak?: ChainBreak;
}

/**
 * Streams one body's chain in keyset batches (seq > last, on the primary key) through ChainVerifier. The next
 * batch is already being read while the current one is hashed, so database and hashing overlap.
 * `readOnly` only reads the rows (the database and driver share of the cost, for the baseline).
 * Stand-in until AuditVerificationService (branch `audit`) is merged.
 */
export async function verifyChainFromDb(url: string, bodyId: string, options: { readOnly?: boolean } = {}): Promise<ChainCheck> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const verifier = new ChainVerifier(GENESIS_HASH, 1);
    const read = (after: number) =>
      db.query(
        `SELECT certification_body_id AS "certificationBodyId", seq::float8 AS seq, occurred_at AS "occurredAt",
                actor_user_id AS "actorUserId", actor_roles AS "actorRoles", action, entity_type AS "entityType",
                entity_id AS "entityId", request_id AS "requestId", client_ip AS "clientIp", payload,
                payload_hash AS "payloadHash", prev_hash AS "prevHash", hash
           FROM audit_entries WHERE certification_body_id = $1 AND seq > $2 ORDER BY seq LIMIT ${BATCH}`,
        [bodyId, after],
      );
    let last = 0;
    let next = read(last);
    for (;;) {
      const { rows } = (await next) as { rows: StoredEntry[] };
      if (rows.length === 0) break;
      last = rows[rows.length - 1].seq;
      next = read(last);
      if (options.readOnly) {
        verifier.checked += rows.length;
        continue;
      }
      for (const entry of rows) {
        const ok = verifier.push(entry);
        if (!ok) {
          await next;
          return { checked: verifier.checked, ok: false, firstBreak: verifier.firstBreak };
        }
      }
    }
    return { checked: verifier.checked, ok: true };
  } finally {
    await db.end();
  }
}
