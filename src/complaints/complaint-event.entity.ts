import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { Complaint } from './complaint.entity.js';

/** Every step of a complaint. Append-only; actor null for a public filing. */
@Entity('complaint_events')
@Index('ix_complaint_events_complaint', ['certificationBodyId', 'complaintId', 'createdAt'])
@ForeignKey(() => Complaint, ['certificationBodyId', 'complaintId'], ['certificationBodyId', 'id'])
export class ComplaintEvent extends TenantEntity {
  @Column('uuid')
  complaintId: string;

  @Column('varchar', { length: 20 })
  action: string;

  @Column('varchar', { length: 20, nullable: true })
  fromStatus: string | null;

  @Column('varchar', { length: 20 })
  toStatus: string;

  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Column('text', { default: '' })
  notes: string;
}
