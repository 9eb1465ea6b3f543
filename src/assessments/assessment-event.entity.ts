import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { User } from '../users/user.entity.js';
import { Assessment } from './assessment.entity.js';

/** One row per status transition of an assessment: who, when (createdAt), from, to, why. Append-only. */
@Entity('assessment_events')
@Index('ix_assessment_events_assessment', ['certificationBodyId', 'assessmentId', 'createdAt'])
@ForeignKey(() => Assessment, ['certificationBodyId', 'assessmentId'], ['certificationBodyId', 'id'])
export class AssessmentEvent extends TenantEntity {
  @Column('uuid')
  assessmentId: string;

  @Column('varchar', { length: 20 })
  action: string;

  /** Null for the creation event. */
  @Column('varchar', { length: 20, nullable: true })
  fromStatus: string | null;

  @Column('varchar', { length: 20 })
  toStatus: string;

  @Column('uuid')
  @ForeignKey(() => User)
  actorUserId: string;

  @Column('text', { default: '' })
  reason: string;
}
