import { Check, Column, Entity, ForeignKey, Unique } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { Certificate } from './certificate.entity.js';

/** A reminder raised by the nightly job: a surveillance or the expiry of a certificate is near. One per due date. */
@Entity('certificate_reminders')
@Unique('uq_certificate_reminders_due', ['certificationBodyId', 'certificateId', 'kind', 'dueOn'])
@Check('ck_certificate_reminders_kind', `"kind" IN ('surveillance', 'expiry')`)
@ForeignKey(() => Certificate, ['certificationBodyId', 'certificateId'], ['certificationBodyId', 'id'])
export class CertificateReminder extends TenantEntity {
  @Column('uuid')
  certificateId: string;

  @Column('varchar', { length: 20 })
  kind: 'surveillance' | 'expiry';

  @Column('date')
  dueOn: string;
}
