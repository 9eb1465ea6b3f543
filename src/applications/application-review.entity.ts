import { Check, Column, Entity, ForeignKey, Unique } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { User } from '../users/user.entity.js';
import { Application } from './application.entity.js';

export const APPLICATION_RECOMMENDATIONS = ['accept', 'reject', 'return'] as const;
export type ApplicationRecommendation = (typeof APPLICATION_RECOMMENDATIONS)[number];

/**
 * The LSP part of FR.APL.01 for one submission round: the recommendation
 * (diterima / tidak diterima / returned for corrections) and notes. Never
 * edited; a re-submission gets a new round.
 */
@Entity('application_reviews')
@Unique('uq_application_reviews_round', ['certificationBodyId', 'applicationId', 'round'])
@Check('ck_application_reviews_recommendation', `"recommendation" IN ('accept', 'reject', 'return')`)
@ForeignKey(() => Application, ['certificationBodyId', 'applicationId'], ['certificationBodyId', 'id'])
export class ApplicationReview extends TenantEntity {
  @Column('uuid')
  applicationId: string;

  @Column('int')
  round: number;

  @Column('varchar', { length: 20 })
  recommendation: ApplicationRecommendation;

  @Column('text', { default: '' })
  notes: string;

  @Column('uuid')
  @ForeignKey(() => User)
  reviewerUserId: string;
}
