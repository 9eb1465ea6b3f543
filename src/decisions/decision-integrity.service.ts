import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { payloadHashOf } from '../audit/audit-chain.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CertificationDecision } from './certification-decision.entity.js';
import { DecisionNotFoundError } from './decisions.errors.js';

export interface DecisionIntegrity {
  decisionId: string;
  /** seq of the `decision.made` entry in the body's audit chain (null: no entry). */
  auditSeq: number | null;
  payloadMatches: boolean;
  deciderMatches: boolean;
  intact: boolean;
}

/** The audited payload of `decision.made`, rebuilt from the row as it is now (same fields as DecisionsService.decide). */
const auditedPayloadOf = (d: CertificationDecision) =>
  ({ assessmentId: d.assessmentId, outcome: d.outcome, notes: d.notes, bkUnitIds: d.bkUnitIds, followUp: d.followUp });

/**
 * Compares a decision row with the audit entry written with it. The chain
 * (GET /audit/verify) proves the entry untouched; this proves the row still
 * says what the entry recorded, so a row altered behind the trigger shows up.
 */
@Injectable()
export class DecisionIntegrityService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async check(actor: AuthUser, id: string): Promise<DecisionIntegrity> {
    const bodyId = actor.bodyId ?? '';
    const decision = await this.db.getRepository(CertificationDecision).findOneBy({ certificationBodyId: bodyId, id });
    if (!decision) throw new DecisionNotFoundError(id);
    const [entry] = await this.db.query(
      `SELECT seq, payload_hash, actor_user_id FROM audit_entries
       WHERE certification_body_id = $1 AND entity_type = 'certification_decision' AND entity_id = $2 AND action = 'decision.made'
       ORDER BY seq LIMIT 1`,
      [bodyId, id],
    ) as Array<{ seq: string; payload_hash: string; actor_user_id: string | null }>;
    const payloadMatches = !!entry && entry.payload_hash === payloadHashOf(auditedPayloadOf(decision));
    const deciderMatches = !!entry && entry.actor_user_id === decision.decidedByUserId;
    return {
      decisionId: id, auditSeq: entry ? Number(entry.seq) : null, payloadMatches, deciderMatches, intact: payloadMatches && deciderMatches,
    };
  }
}
