import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { User } from '../users/user.entity.js';
import { QualitySample } from './quality-sample.entity.js';
import type { ConsistencyCheck, PrincipleCheck } from './review-form.js';

/**
 * FR.AK.06: a review of one decided assessment by someone who did not assess
 * it. Never changed: a correction is a new row whose `supersedesId` names the
 * old one; the unique index lets exactly one correction win.
 */
@Entity('quality_reviews')
@Index('ix_quality_reviews_assessment', ['certificationBodyId', 'assessmentId', 'createdAt'])
@Index('ix_quality_reviews_sample', ['certificationBodyId', 'sampleId', 'assessmentId'])
@Index('uq_quality_reviews_supersedes', ['certificationBodyId', 'supersedesId'], { unique: true, where: '"supersedes_id" IS NOT NULL' })
@ForeignKey(() => Assessment, ['certificationBodyId', 'assessmentId'], ['certificationBodyId', 'id'])
@ForeignKey(() => QualitySample, ['certificationBodyId', 'sampleId'], ['certificationBodyId', 'id'])
@ForeignKey(() => QualityReview, ['certificationBodyId', 'supersedesId'], ['certificationBodyId', 'id'])
export class QualityReview extends TenantEntity {
  @Column('uuid')
  assessmentId: string;

  /** The sample the assessment was reviewed for, when it was sampled. */
  @Column('uuid', { nullable: true })
  sampleId: string | null;

  @Column('uuid')
  @ForeignKey(() => User)
  reviewerUserId: string;

  /** Table 1: every stage × principle, in form order. */
  @Column('jsonb')
  principles: PrincipleCheck[];

  /** Rekomendasi untuk peningkatan (table 1). */
  @Column('text', { default: '' })
  improvementRecommendations: string;

  /** Table 2: consistency of decisions in each dimension of competency. */
  @Column('jsonb')
  consistency: ConsistencyCheck[];

  /** Rekomendasi (table 2). */
  @Column('text', { default: '' })
  consistencyRecommendations: string;

  @Column('text', { default: '' })
  findings: string;

  @Column('text', { default: '' })
  comments: string;

  @Column('uuid', { nullable: true })
  supersedesId: string | null;

  /** Why a correction replaced the review it supersedes. */
  @Column('text', { default: '' })
  correctionReason: string;
}
