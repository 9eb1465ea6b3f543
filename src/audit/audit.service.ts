import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { RequestContext } from '../common/http/request-context.js';
import { recordIdempotencyClaim } from '../idempotency/idempotency-claim.js';
import { canonicalJson, entryHash, GENESIS_HASH, MAX_INLINE_PAYLOAD, payloadHashOf, PLATFORM_CHAIN } from './audit-chain.js';

export interface AuditRecord {
  /** The body whose chain receives the entry; null for platform-level actions. */
  bodyId: string | null;
  actor: Pick<AuthUser, 'id' | 'roles'> | null;
  action: string;
  entityType: string;
  entityId: string;
  payload?: unknown;
}

/**
 * Appends audit entries inside the caller's transaction: the entry commits or
 * rolls back with the change it describes. The chain head row lock orders
 * concurrent appends of one body.
 */
@Injectable()
export class AuditService {
  async record(em: EntityManager, rec: AuditRecord): Promise<void> {
    // Before the chain head lock: a concurrent request with the same key waits on the key, not on the chain.
    await recordIdempotencyClaim(em, rec.entityType, rec.entityId);
    const bodyId = rec.bodyId ?? PLATFORM_CHAIN;
    const [head] = await em.query(
      `INSERT INTO audit_chain_heads (certification_body_id, seq, hash) VALUES ($1, 0, $2)
       ON CONFLICT (certification_body_id) DO UPDATE SET seq = audit_chain_heads.seq
       RETURNING seq, hash`,
      [bodyId, GENESIS_HASH],
    );
    const ctx = RequestContext.current();
    const payload = rec.payload ?? null;
    const fields = {
      certificationBodyId: bodyId,
      seq: Number(head.seq) + 1,
      occurredAt: new Date(),
      actorUserId: rec.actor?.id ?? null,
      actorRoles: [...(rec.actor?.roles ?? [])],
      action: rec.action,
      entityType: rec.entityType,
      entityId: rec.entityId,
      requestId: ctx?.requestId ?? '',
      clientIp: ctx?.ip ?? '',
      payloadHash: payloadHashOf(payload),
    };
    const hash = entryHash(head.hash, fields);
    const inline = canonicalJson(payload).length <= MAX_INLINE_PAYLOAD ? payload : null;
    await em.query(
      `WITH appended AS (
         INSERT INTO audit_entries (certification_body_id, seq, occurred_at, actor_user_id, actor_roles, action,
           entity_type, entity_id, request_id, client_ip, payload, payload_hash, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         RETURNING certification_body_id, seq, hash)
       UPDATE audit_chain_heads h SET seq = a.seq, hash = a.hash FROM appended a
       WHERE h.certification_body_id = a.certification_body_id`,
      [
        bodyId, fields.seq, fields.occurredAt, fields.actorUserId, fields.actorRoles, fields.action,
        fields.entityType, fields.entityId, fields.requestId, fields.clientIp,
        inline === null ? null : JSON.stringify(inline), fields.payloadHash, head.hash, hash,
      ],
    );
  }
}
