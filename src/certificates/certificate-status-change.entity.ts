import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { Certificate } from './certificate.entity.js';

/** Status history of a certificate (issue, suspend, reinstate, withdraw). Append-only. */
@Entity('certificate_status_changes')
@Index('ix_certificate_status_changes_certificate', ['certificationBodyId', 'certificateId', 'createdAt'])
@ForeignKey(() => Certificate, ['certificationBodyId', 'certificateId'], ['certificationBodyId', 'id'])
export class CertificateStatusChange extends TenantEntity {
  @Column('uuid')
  certificateId: string;

  @Column('varchar', { length: 20 })
  action: string;

  @Column('varchar', { length: 20, nullable: true })
  fromStatus: string | null;

  @Column('varchar', { length: 20 })
  toStatus: string;

  @Column('text', { default: '' })
  reason: string;

  @Column('uuid')
  actorUserId: string;
}
