import { Check, Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import type { Outcome } from '../recommendations/evidence-methods.js';

/**
 * The certification decision (ISO/IEC 17024 §9.4): made by a decision maker who
 * neither assessed nor trained the candidate. Immutable; separate from the
 * assessor's FR.AK.02 recommendation. One per assessment.
 */
@Entity('certification_decisions')
@Unique('uq_certification_decisions_assessment', ['certificationBodyId', 'assessmentId'])
@Index('ix_certification_decisions_candidate', ['certificationBodyId', 'candidateUserId', 'decidedAt'])
/** Reports and quality samples: decisions of a period. */
@Index('ix_certification_decisions_decided', ['certificationBodyId', 'decidedAt'])
@Check('ck_certification_decisions_outcome', `"outcome" IN ('K', 'BK')`)
@ForeignKey(() => Assessment, ['certificationBodyId', 'assessmentId'], ['certificationBodyId', 'id'])
export class CertificationDecision extends TenantEntity {
  @Column('uuid')
  assessmentId: string;

  @Column('uuid')
  applicationId: string;

  /**
   * Facts of the assessment at decision time, kept on the decision so that reports and quality samples
   * over a period read one table (docs/quality.md): the scheme, the TUK, the lead assessor who signed
   * the FR.AK.02 recommendation decided, and when the application was submitted.
   */
  @Column('uuid')
  schemeId: string;

  @Column('varchar', { length: 100 })
  schemeCode: string;

  @Column('varchar', { length: 200 })
  tukName: string;

  @Column('uuid')
  assessorUserId: string;

  @Column('timestamptz', { nullable: true })
  applicationSubmittedAt: Date | null;

  @Column('uuid')
  candidateUserId: string;

  @Column('varchar', { length: 2 })
  outcome: Outcome;

  @Column('text', { default: '' })
  notes: string;

  /** BK: the units still to be shown competent (scheme unit ids). */
  @Column('uuid', { array: true, default: () => `'{}'` })
  bkUnitIds: string[];

  /** BK: tindak lanjut (follow-up) for the candidate. */
  @Column('text', { default: '' })
  followUp: string;

  @Column('uuid')
  decidedByUserId: string;

  @Column('timestamptz')
  decidedAt: Date;

  /** Set when an appeal panel granted a reassessment: the next attempt needs assessors who had no part so far. */
  @Column('uuid', { nullable: true })
  reassessmentGrantedByAppealId: string | null;
}
