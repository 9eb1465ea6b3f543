import { Check, Column, Entity, ForeignKey, Index, Unique, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { CertificationDecision } from '../decisions/certification-decision.entity.js';
import type { AppealStatus } from './appeal-state.js';

/** FR.AK.04 Banding Asesmen: the candidate's appeal against a certification decision. One per decision. */
@Entity('appeals')
@Unique('uq_appeals_decision', ['certificationBodyId', 'decisionId'])
@Index('ix_appeals_due', ['certificationBodyId', 'status', 'resolutionDueAt', 'id'])
@Index('ix_appeals_appellant', ['certificationBodyId', 'appellantUserId', 'filedAt'])
@Index('ix_appeals_filed', ['certificationBodyId', 'filedAt'])
@Check('ck_appeals_status', `"status" IN ('filed', 'panel_appointed', 'upheld', 'reassessment_granted')`)
@ForeignKey(() => CertificationDecision, ['certificationBodyId', 'decisionId'], ['certificationBodyId', 'id'])
export class Appeal extends TenantEntity {
  @Column('uuid')
  decisionId: string;

  @Column('uuid')
  assessmentId: string;

  @Column('uuid')
  appellantUserId: string;

  /** 1. Apakah proses banding telah dijelaskan kepada Anda? */
  @Column('boolean')
  processExplained: boolean;

  /** 2. Apakah Anda telah mendiskusikan banding dengan asesor? */
  @Column('boolean')
  discussedWithAssessor: boolean;

  /** 3. Apakah Anda mau melibatkan "orang lain" membantu Anda dalam proses banding? */
  @Column('boolean')
  involvesOtherPerson: boolean;

  @Column('text')
  reasons: string;

  @Column('varchar', { length: 30, default: 'filed' })
  status: AppealStatus;

  @Column('timestamptz')
  filedAt: Date;

  @Column('timestamptz')
  resolutionDueAt: Date;

  @Column('timestamptz', { nullable: true })
  resolvedAt: Date | null;

  @Column('text', { default: '' })
  resolutionNotes: string;

  @Column('uuid', { nullable: true })
  resolvedByUserId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
