import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { AppConfig } from '../config/app-config.js';
import { AuditAnchor } from './audit-anchor.entity.js';
import { anchorSignatureValid, keyFingerprint, signAnchor } from './audit-anchor-signature.js';
import { GENESIS_HASH } from './audit-chain.js';
import { AuditAnchorNotFoundError } from './audit.errors.js';
import { AuditService } from './audit.service.js';
import { AuditVerificationService, type ChainVerificationResult } from './audit-verification.service.js';
import { ownBody } from './own-body.js';

export interface AnchorVerificationResult {
  ok: boolean;
  anchor: AuditAnchor;
  /** The anchor row is as it was signed (under the current key). */
  signatureValid: boolean;
  /** The entry at the anchored seq still has the anchored hash. */
  anchoredHashMatches: boolean;
  /** The chain from genesis up to the anchored seq. */
  chain: ChainVerificationResult;
}

@Injectable()
export class AuditAnchorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly verification: AuditVerificationService,
    private readonly config: AppConfig,
  ) {}

  /** Signs the current chain head; the anchor's own audit entry comes after the anchored seq. */
  create(actor: AuthUser): Promise<AuditAnchor> {
    const bodyId = ownBody(actor);
    const key = this.config.env.AUDIT_ANCHOR_KEY;
    return this.db.transaction(async (em) => {
      // The row lock keeps appends out until this transaction ends, so the head read is the head.
      const [head] = await em.query(
        `SELECT seq::text AS seq, hash FROM audit_chain_heads WHERE certification_body_id = $1 FOR UPDATE`,
        [bodyId],
      );
      const anchored = {
        certificationBodyId: bodyId,
        seq: head ? Number(head.seq) : 0,
        hash: head?.hash ?? GENESIS_HASH,
        anchoredAt: new Date(),
      };
      const anchor = await em.save(
        AuditAnchor,
        em.create(AuditAnchor, {
          ...anchored,
          createdByUserId: actor.id,
          keyFingerprint: keyFingerprint(key),
          signature: signAnchor(key, anchored),
        }),
      );
      await this.audit.record(em, {
        bodyId, actor, action: 'audit.anchor_created', entityType: 'audit_anchor', entityId: anchor.id,
        payload: { seq: anchor.seq, hash: anchor.hash, anchoredAt: anchored.anchoredAt.toISOString(), signature: anchor.signature },
      });
      return anchor;
    });
  }

  list(actor: AuthUser): Promise<AuditAnchor[]> {
    return this.db.getRepository(AuditAnchor).find({
      where: { certificationBodyId: ownBody(actor) },
      order: { seq: 'DESC', createdAt: 'DESC' },
    });
  }

  async verify(actor: AuthUser, id: string): Promise<AnchorVerificationResult> {
    const bodyId = ownBody(actor);
    const anchor = await this.db.getRepository(AuditAnchor).findOneBy({ certificationBodyId: bodyId, id });
    if (!anchor) throw new AuditAnchorNotFoundError(id);
    const signatureValid = anchorSignatureValid(this.config.env.AUDIT_ANCHOR_KEY, anchor, anchor.signature);
    const chain = await this.verification.verify(bodyId, anchor.seq > 0 ? { fromSeq: 1, toSeq: anchor.seq } : { toSeq: 0 });
    const anchoredHashMatches = chain.checked === anchor.seq && chain.lastHash === anchor.hash;
    return { ok: signatureValid && anchoredHashMatches && chain.ok, anchor, signatureValid, anchoredHashMatches, chain };
  }
}
