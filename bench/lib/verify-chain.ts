import pg from 'pg';
import { DataSource } from 'typeorm';
import { AuditVerificationService } from '../../src/audit/audit-verification.service.js';
import { typeOrmOptions } from '../../src/database/typeorm.options.js';

const BATCH = 10_000;

/** The application's own verifier (the same code as GET /audit/verify and the CLI). */
export async function verifyChainWithService(url: string, bodyId: string): Promise<{ checked: number; ok: boolean }> {
  const db = await new DataSource(typeOrmOptions(url, 2)).initialize();
  try {
    const result = await new AuditVerificationService(db).verify(bodyId);
    return { checked: result.checked, ok: result.ok };
  } finally {
    await db.destroy();
  }
}

/**
 * Baseline: the same rows read in keyset batches (seq > last) without hashing, i.e.
 * what the database and the driver alone allow.
 */
export async function readChainFromDb(url: string, bodyId: string): Promise<{ checked: number; ok: boolean }> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    let checked = 0;
    let last = 0;
    for (;;) {
      const { rows } = await db.query(
        `SELECT certification_body_id, seq::float8 AS seq, occurred_at, actor_user_id, actor_roles, action, entity_type,
                entity_id, request_id, client_ip, payload, payload_hash, prev_hash, hash
           FROM audit_entries WHERE certification_body_id = $1 AND seq > $2 ORDER BY seq LIMIT ${BATCH}`,
        [bodyId, last],
      );
      if (rows.length === 0) return { checked, ok: true };
      checked += rows.length;
      last = rows[rows.length - 1].seq;
    }
  } finally {
    await db.end();
  }
}
