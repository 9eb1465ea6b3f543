import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { User } from '../users/user.entity.js';
import { Application } from './application.entity.js';

/** One row per status transition of an application: who, when (createdAt), from, to, why. Append-only. */
@Entity('application_events')
@Index('ix_application_events_application', ['certificationBodyId', 'applicationId', 'createdAt'])
@ForeignKey(() => Application, ['certificationBodyId', 'applicationId'], ['certificationBodyId', 'id'])
export class ApplicationEvent extends TenantEntity {
  @Column('uuid')
  applicationId: string;

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
