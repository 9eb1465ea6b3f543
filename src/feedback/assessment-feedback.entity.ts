import { Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { User } from '../users/user.entity.js';
import type { FeedbackAnswer } from './feedback-statements.js';

/** FR.AK.03: the candidate's feedback, once per assessment, immutable. */
@Entity('assessment_feedback')
@Index('ix_assessment_feedback_created', ['certificationBodyId', 'createdAt'])
@Unique('uq_assessment_feedback_assessment', ['certificationBodyId', 'assessmentId'])
@ForeignKey(() => Assessment, ['certificationBodyId', 'assessmentId'], ['certificationBodyId', 'id'])
export class AssessmentFeedback extends TenantEntity {
  @Column('uuid')
  assessmentId: string;

  @Column('uuid')
  @ForeignKey(() => User)
  candidateUserId: string;

  /** With the statement text as shown. */
  @Column('jsonb')
  answers: Array<FeedbackAnswer & { text: string }>;

  @Column('text', { default: '' })
  comments: string;
}
