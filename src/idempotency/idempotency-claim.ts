import type { EntityManager } from 'typeorm';
import { RequestContext } from '../common/http/request-context.js';

/** What a keyed request will store next to its effect. */
export interface IdempotencyClaim {
  bodyId: string;
  key: string;
  userId: string;
  request: string;
  requestHash: string;
  /** The transaction that already holds the key row (one row per request). */
  recordedIn?: EntityManager;
}

/**
 * Called by the audit trail inside the effect's transaction: inserts the key row
 * there, so the key commits (or rolls back) with the effect. A concurrent request
 * with the same key blocks on the unique index and fails once this one commits.
 */
export async function recordIdempotencyClaim(em: EntityManager, entityType: string, entityId: string): Promise<void> {
  const claim = RequestContext.current()?.idempotency;
  if (!claim || claim.recordedIn === em) return;
  claim.recordedIn = em;
  await em.query(
    `INSERT INTO idempotency_keys (certification_body_id, key, user_id, request, request_hash, entity_type, entity_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [claim.bodyId, claim.key, claim.userId, claim.request, claim.requestHash, entityType, entityId],
  );
}
