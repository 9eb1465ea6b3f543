import type { EntityManager } from 'typeorm';
import { EvidenceQuotaExceededError } from './evidence.errors.js';

/**
 * Adds `bytes` to the candidate's counter, refusing when it would pass
 * `quotaBytes`. The counter row is locked (FOR UPDATE) for the rest of the
 * transaction, so concurrent uploads of one candidate are serialised.
 */
export async function reserveQuota(
  em: EntityManager,
  bodyId: string,
  candidateUserId: string,
  bytes: number,
  quotaBytes: number,
): Promise<void> {
  await em.query(
    `INSERT INTO evidence_quotas (certification_body_id, candidate_user_id) VALUES ($1, $2)
     ON CONFLICT ON CONSTRAINT uq_evidence_quotas_candidate DO NOTHING`,
    [bodyId, candidateUserId],
  );
  const [row] = await em.query(
    `SELECT used_bytes FROM evidence_quotas WHERE certification_body_id = $1 AND candidate_user_id = $2 FOR UPDATE`,
    [bodyId, candidateUserId],
  );
  const used = Number(row.used_bytes);
  if (used + bytes > quotaBytes) throw new EvidenceQuotaExceededError(quotaBytes, used, bytes);
  await em.query(
    `UPDATE evidence_quotas SET used_bytes = used_bytes + $3 WHERE certification_body_id = $1 AND candidate_user_id = $2`,
    [bodyId, candidateUserId, bytes],
  );
}

export async function releaseQuota(em: EntityManager, bodyId: string, candidateUserId: string, bytes: number) {
  await em.query(
    `UPDATE evidence_quotas SET used_bytes = GREATEST(0, used_bytes - $3)
     WHERE certification_body_id = $1 AND candidate_user_id = $2`,
    [bodyId, candidateUserId, bytes],
  );
}
