import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { Membership } from '../memberships/membership.entity.js';
import { User } from '../users/user.entity.js';
import type { AssessorRole } from './assessment-state.js';
import { Assessment } from './assessment.entity.js';

/**
 * An assessor assigned to an assessment (surat tugas). Reassignment deactivates
 * the row and adds a new one; rows are never deleted.
 */
@Entity('assessment_assessors')
@Index('ix_assessment_assessors_assessment', ['certificationBodyId', 'assessmentId', 'active'])
/** "Is this assessor assigned to this candidate / assessment?": evidence access and list filters. */
@Index('ix_assessment_assessors_assessor', ['certificationBodyId', 'assessorUserId', 'candidateUserId', 'assessmentId'], { where: '"active"' })
@Index('uq_assessment_assessors_active', ['certificationBodyId', 'assessmentId', 'assessorUserId'], { unique: true, where: '"active"' })
@Index('uq_assessment_assessors_one_lead', ['certificationBodyId', 'assessmentId'], { unique: true, where: `"active" AND "role" = 'lead'` })
@Check('ck_assessment_assessors_role', `"role" IN ('lead', 'member')`)
@Check('ck_assessment_assessors_deactivated', `"active" = ("deactivated_at" IS NULL)`)
@ForeignKey(() => Assessment, ['certificationBodyId', 'assessmentId'], ['certificationBodyId', 'id'])
@ForeignKey(() => Membership, ['certificationBodyId', 'assessorUserId'], ['certificationBodyId', 'userId'])
export class AssessmentAssessor extends TenantEntity {
  @Column('uuid')
  assessmentId: string;

  /** The candidate is denormalised here so that "assigned to this candidate" is one index lookup. */
  @Column('uuid')
  candidateUserId: string;

  @Column('uuid')
  assessorUserId: string;

  @Column('varchar', { length: 10 })
  role: AssessorRole;

  @Column('timestamptz', { default: () => 'now()' })
  assignedAt: Date;

  @Column('uuid')
  @ForeignKey(() => User)
  assignedByUserId: string;

  @Column('boolean', { default: true })
  active: boolean;

  @Column('timestamptz', { nullable: true })
  deactivatedAt: Date | null;

  @Column('uuid', { nullable: true })
  @ForeignKey(() => User)
  deactivatedByUserId: string | null;
}
