import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { PortfolioItem } from '../evidence/portfolio-item.entity.js';
import { User } from '../users/user.entity.js';
import type { JudgementDetails, JudgementKind } from './judgement.js';

/**
 * One judgement recorded by an assessor: an observation of a KUK (FR.IA.01), a
 * question and answer (FR.IA.03/07/09) or a portfolio item verification (FR.IA.08).
 * Never changed: a correction is a new row whose `supersedesId` names the old
 * one; the unique index lets exactly one correction win.
 */
@Entity('assessment_evidence_records')
@Index('ix_assessment_evidence_records_assessment', ['certificationBodyId', 'assessmentId', 'createdAt'])
@Index('uq_assessment_evidence_records_supersedes', ['certificationBodyId', 'supersedesId'], { unique: true, where: '"supersedes_id" IS NOT NULL' })
@Check('ck_assessment_evidence_records_kind', `"kind" IN ('observation', 'questioning', 'portfolio_verification')`)
@Check('ck_assessment_evidence_records_item', `("kind" = 'portfolio_verification') = ("portfolio_item_id" IS NOT NULL)`)
@ForeignKey(() => Assessment, ['certificationBodyId', 'assessmentId'], ['certificationBodyId', 'id'])
@ForeignKey(() => PortfolioItem, ['certificationBodyId', 'portfolioItemId'], ['certificationBodyId', 'id'])
@ForeignKey(() => EvidenceRecord, ['certificationBodyId', 'supersedesId'], ['certificationBodyId', 'id'])
export class EvidenceRecord extends TenantEntity {
  @Column('uuid')
  assessmentId: string;

  @Column('varchar', { length: 30 })
  kind: JudgementKind;

  /** KUK the record is evidence for (ids of the assessed version, checked by the service). */
  @Column('uuid', { array: true })
  criterionIds: string[];

  /** Derived from the details when recorded (see judgement.ts). */
  @Column('boolean')
  satisfied: boolean;

  /** Penilaian lanjut: open while a current record carries a note. */
  @Column('text', { default: '' })
  furtherAssessment: string;

  @Column('uuid', { nullable: true })
  portfolioItemId: string | null;

  /** A question of the version's bank, when not ad hoc. */
  @Column('uuid', { nullable: true })
  questionId: string | null;

  @Column('jsonb')
  details: JudgementDetails;

  @Column('uuid')
  @ForeignKey(() => User)
  recordedByUserId: string;

  @Column('uuid', { nullable: true })
  supersedesId: string | null;
}
