import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { Appeal } from './appeal.entity.js';

/** Every step of an appeal: filed, panel appointed, upheld / reassessment granted. Append-only. */
@Entity('appeal_events')
@Index('ix_appeal_events_appeal', ['certificationBodyId', 'appealId', 'createdAt'])
@ForeignKey(() => Appeal, ['certificationBodyId', 'appealId'], ['certificationBodyId', 'id'])
export class AppealEvent extends TenantEntity {
  @Column('uuid')
  appealId: string;

  @Column('varchar', { length: 30 })
  action: string;

  @Column('varchar', { length: 30, nullable: true })
  fromStatus: string | null;

  @Column('varchar', { length: 30 })
  toStatus: string;

  @Column('uuid')
  actorUserId: string;

  @Column('text', { default: '' })
  notes: string;
}
