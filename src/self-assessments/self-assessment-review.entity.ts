import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { Membership } from '../memberships/membership.entity.js';
import { SelfAssessment } from './self-assessment.entity.js';

/**
 * The assessor's review of FR.APL.02: "asesmen dapat / tidak dapat dilanjutkan".
 * Kept apart from the candidate's answers and from the assessor's own judgement;
 * append-only (a later review supersedes an earlier one).
 */
@Entity('self_assessment_reviews')
@Index('ix_self_assessment_reviews_self_assessment', ['certificationBodyId', 'selfAssessmentId', 'createdAt'])
@ForeignKey(() => SelfAssessment, ['certificationBodyId', 'selfAssessmentId'], ['certificationBodyId', 'id'])
@ForeignKey(() => Membership, ['certificationBodyId', 'assessorUserId'], ['certificationBodyId', 'userId'])
export class SelfAssessmentReview extends TenantEntity {
  @Column('uuid')
  selfAssessmentId: string;

  @Column('uuid')
  assessorUserId: string;

  @Column('boolean')
  canProceed: boolean;

  @Column('text', { default: '' })
  notes: string;
}
