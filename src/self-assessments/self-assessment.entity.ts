import { Check, Column, Entity, ForeignKey, Unique, UpdateDateColumn } from 'typeorm';
import { Application } from '../applications/application.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';

export type SelfAssessmentStatus = 'draft' | 'submitted';

/** FR.APL.02 (asesmen mandiri) of one accepted application. Immutable once submitted. */
@Entity('self_assessments')
@Unique('uq_self_assessments_application', ['certificationBodyId', 'applicationId'])
@Check('ck_self_assessments_status', `"status" IN ('draft', 'submitted')`)
@ForeignKey(() => Application, ['certificationBodyId', 'applicationId'], ['certificationBodyId', 'id'])
export class SelfAssessment extends TenantEntity {
  @Column('uuid')
  applicationId: string;

  @Column('uuid')
  candidateUserId: string;

  @Column('uuid')
  schemeVersionId: string;

  @Column('varchar', { length: 20, default: 'draft' })
  status: SelfAssessmentStatus;

  @Column('timestamptz', { nullable: true })
  submittedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
