import { Check, Column, Entity, ForeignKey, Unique } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import type { Outcome } from './evidence-methods.js';

/**
 * FR.AK.02: the assessor's signed recommendation for one assessment. Immutable
 * once written (signing it moves the assessment to `recommended` and locks its
 * evidence); the certification decision is a separate record (issue 7).
 */
@Entity('assessment_recommendations')
@Unique('uq_assessment_recommendations_assessment', ['certificationBodyId', 'assessmentId'])
@Check('ck_assessment_recommendations_overall', `"overall" IN ('K', 'BK')`)
@ForeignKey(() => Assessment, ['certificationBodyId', 'assessmentId'], ['certificationBodyId', 'id'])
export class AssessmentRecommendation extends TenantEntity {
  @Column('uuid')
  assessmentId: string;

  /** Rekomendasi hasil asesmen: K only when every unit is K. */
  @Column('varchar', { length: 2 })
  overall: Outcome;

  /** Tindak lanjut yang dibutuhkan (for BK units). */
  @Column('text', { default: '' })
  followUp: string;

  /** Komentar / observasi oleh asesor. */
  @Column('text', { default: '' })
  comments: string;

  @Column('uuid')
  signedByUserId: string;

  @Column('timestamptz')
  signedAt: Date;
}
