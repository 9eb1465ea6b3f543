import { Column, Entity, ForeignKey, Unique } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { ApplicationReview } from './application-review.entity.js';

/** FR.APL.01 part 3, one basic requirement as the admin verified it: ada / tidak ada, memenuhi / tidak memenuhi syarat. */
@Entity('application_requirement_checks')
@Unique('uq_application_requirement_checks', ['certificationBodyId', 'reviewId', 'requirementIndex'])
@ForeignKey(() => ApplicationReview, ['certificationBodyId', 'reviewId'], ['certificationBodyId', 'id'])
export class RequirementCheck extends TenantEntity {
  @Column('uuid')
  reviewId: string;

  @Column('int')
  requirementIndex: number;

  /** The requirement text as it was verified. */
  @Column('text')
  description: string;

  @Column('boolean')
  present: boolean;

  @Column('boolean')
  meets: boolean;

  @Column('text', { default: '' })
  note: string;
}
