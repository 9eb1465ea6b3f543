import { Check, Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import type { ComplaintStatus, ComplaintSubject } from './complaint-state.js';

/** A complaint about the body, an assessor or a certificate holder, from a signed-in user or the public. */
@Entity('complaints')
@Index('ix_complaints_status', ['certificationBodyId', 'status', 'createdAt', 'id'])
@Check('ck_complaints_status', `"status" IN ('received', 'triaged', 'investigating', 'resolved', 'closed')`)
@Check('ck_complaints_subject', `"subject_type" IN ('body', 'assessor', 'certificate_holder')`)
@Check('ck_complaints_channel', `"channel" IN ('signed_in', 'public')`)
export class Complaint extends TenantEntity {
  @Column('varchar', { length: 30 })
  subjectType: ComplaintSubject;

  /** Optional: the assessor's user id or name, or the certificate number. */
  @Column('varchar', { length: 200, default: '' })
  subjectReference: string;

  @Column('text')
  description: string;

  @Column('varchar', { length: 200 })
  contactName: string;

  @Column('varchar', { length: 254 })
  contactEmail: string;

  @Column('varchar', { length: 30, default: '' })
  contactPhone: string;

  @Column('varchar', { length: 20 })
  channel: 'signed_in' | 'public';

  @Column('uuid', { nullable: true })
  filedByUserId: string | null;

  @Column('varchar', { length: 20, default: 'received' })
  status: ComplaintStatus;

  @Column('text', { default: '' })
  outcome: string;

  @Column('text', { default: '' })
  correctiveAction: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
