import { Column, Entity, Unique } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';

/**
 * Per body and year, the last certificate sequence number used. Incremented with
 * INSERT … ON CONFLICT DO UPDATE … RETURNING inside the issuing transaction: the
 * row lock serialises issuers and a rolled-back issue leaves no gap.
 */
@Entity('certificate_number_counters')
@Unique('uq_certificate_number_counters_year', ['certificationBodyId', 'year'])
export class CertificateNumberCounter extends TenantEntity {
  @Column('int')
  year: number;

  @Column('int')
  lastValue: number;
}
