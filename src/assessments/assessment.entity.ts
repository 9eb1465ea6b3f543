import { Check, Column, Entity, ForeignKey, Index, UpdateDateColumn } from 'typeorm';
import { Application } from '../applications/application.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { Membership } from '../memberships/membership.entity.js';
import { SchemeVersion } from '../schemes/entities/scheme-version.entity.js';
import type { AssessmentStatus, TukType } from './assessment-state.js';

/**
 * One assessment of one candidate against one scheme version (an accepted
 * application), at a TUK on a date. Status changes only in AssessmentWorkflowService.
 * Later issues add the ethics checklist, plan, consent and evidence tables beside it.
 */
@Entity('assessments')
@Index('ix_assessments_scheduled', ['certificationBodyId', 'scheduledAt', 'id'])
@Index('ix_assessments_status', ['certificationBodyId', 'status', 'scheduledAt', 'id'])
@Index('ix_assessments_scheme', ['certificationBodyId', 'schemeId', 'scheduledAt', 'id'])
@Index('ix_assessments_candidate', ['certificationBodyId', 'candidateUserId', 'scheduledAt', 'id'])
/** One live assessment per application and attempt; a cancelled one may be replaced. */
@Index('uq_assessments_live_attempt', ['certificationBodyId', 'applicationId', 'attempt'], { unique: true, where: `"status" <> 'cancelled'` })
@Check('ck_assessments_status', `"status" IN ('scheduled', 'ready', 'in_progress', 'recommended', 'decided', 'cancelled')`)
@Check('ck_assessments_tuk_type', `"tuk_type" IN ('sewaktu', 'tempat_kerja', 'mandiri')`)
@Check('ck_assessments_attempt', `"attempt" >= 1`)
@ForeignKey(() => Application, ['certificationBodyId', 'applicationId'], ['certificationBodyId', 'id'])
@ForeignKey(() => SchemeVersion, ['certificationBodyId', 'schemeVersionId'], ['certificationBodyId', 'id'])
@ForeignKey(() => Membership, ['certificationBodyId', 'candidateUserId'], ['certificationBodyId', 'userId'])
export class Assessment extends TenantEntity {
  @Column('uuid')
  applicationId: string;

  @Column('uuid')
  schemeId: string;

  @Column('uuid')
  schemeVersionId: string;

  /** Scheme code at creation: what assessor authorisation is checked against. */
  @Column('varchar', { length: 100 })
  schemeCode: string;

  @Column('uuid')
  candidateUserId: string;

  /** 1 for the first assessment; re-assessments of BK units get the next number. */
  @Column('int', { default: 1 })
  attempt: number;

  /** Reassessment: the assessment this attempt follows (a BK decision or an appeal that granted reassessment). */
  @Column('uuid', { nullable: true })
  previousAssessmentId: string | null;

  /** Reassessment: the units to assess again (null: the whole scheme). */
  @Column('uuid', { array: true, nullable: true })
  reassessedUnitIds: string[] | null;

  @Column('varchar', { length: 200 })
  tukName: string;

  @Column('varchar', { length: 20 })
  tukType: TukType;

  @Column('text', { default: '' })
  tukAddress: string;

  @Column('timestamptz')
  scheduledAt: Date;

  @Column('varchar', { length: 20, default: 'scheduled' })
  status: AssessmentStatus;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
