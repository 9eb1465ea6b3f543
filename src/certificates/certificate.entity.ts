import { Check, Column, Entity, ForeignKey, Index, Unique, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { CertificationDecision } from '../decisions/certification-decision.entity.js';
import type { StoredCertificateStatus } from './certificate-status.js';

export interface CertificateUnitSnapshot { code: string; titleId: string; titleEn: string }

/**
 * A competency certificate issued on a K decision. Holder, scheme and units are
 * snapshots; `expired` is derived from expiresOn and never stored.
 */
@Entity('certificates')
@Unique('uq_certificates_number', ['certificationBodyId', 'certificateNumber'])
@Unique('uq_certificates_decision', ['certificationBodyId', 'decisionId'])
/** Codes are 160 random bits: unique per body by constraint, globally by construction; public lookups use the plain index. */
@Unique('uq_certificates_verification_code', ['certificationBodyId', 'verificationCode'])
@Index('ix_certificates_verification_code', ['verificationCode'])
@Index('ix_certificates_number_lookup', ['certificateNumber'])
@Index('ix_certificates_expiry', ['certificationBodyId', 'expiresOn', 'id'])
@Index('ix_certificates_next_surveillance', ['certificationBodyId', 'nextSurveillanceOn', 'id'])
@Index('ix_certificates_holder', ['certificationBodyId', 'holderUserId', 'issuedOn'])
@Index('ix_certificates_issued', ['certificationBodyId', 'issuedOn'])
@Check('ck_certificates_status', `"status" IN ('active', 'suspended', 'withdrawn')`)
@Check('ck_certificates_dates', `"expires_on" > "issued_on"`)
@ForeignKey(() => CertificationDecision, ['certificationBodyId', 'decisionId'], ['certificationBodyId', 'id'])
export class Certificate extends TenantEntity {
  @Column('uuid')
  decisionId: string;

  @Column('uuid')
  assessmentId: string;

  @Column('uuid')
  applicationId: string;

  @Column('varchar', { length: 100 })
  certificateNumber: string;

  @Column('varchar', { length: 100 })
  registrationNumber: string;

  @Column('uuid')
  holderUserId: string;

  @Column('varchar', { length: 200 })
  holderName: string;

  /** NIK as applied; masked in every public view. */
  @Column('varchar', { length: 16, nullable: true })
  holderNationalId: string | null;

  @Column('uuid')
  schemeId: string;

  @Column('uuid')
  schemeVersionId: string;

  @Column('varchar', { length: 100 })
  schemeCode: string;

  @Column('varchar', { length: 300 })
  schemeTitleId: string;

  @Column('varchar', { length: 300 })
  schemeTitleEn: string;

  @Column('jsonb')
  units: CertificateUnitSnapshot[];

  @Column('date')
  issuedOn: string;

  @Column('date')
  expiresOn: string;

  @Column('date', { array: true })
  surveillanceDueDates: string[];

  /** The first surveillance date not yet done (null when none is left): what the surveillance list sorts by. */
  @Column('date', { nullable: true })
  nextSurveillanceOn: string | null;

  @Column('varchar', { length: 20, default: 'active' })
  status: StoredCertificateStatus;

  /** Random, ≥128 bits, base64url: the public verification key (also in the QR code). */
  @Column('varchar', { length: 64 })
  verificationCode: string;

  @Column('bigint', { default: 0 })
  verificationCount: string;

  /** Recertification: the certificate this one renews. */
  @Column('uuid', { nullable: true })
  renewsCertificateId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
