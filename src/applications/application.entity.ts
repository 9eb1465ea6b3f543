import { Check, Column, Entity, ForeignKey, Index, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { Membership } from '../memberships/membership.entity.js';
import { SchemeVersion } from '../schemes/entities/scheme-version.entity.js';
import type { ApplicationPurpose, ApplicationStatus, RequirementEvidence } from './application-state.js';

/** FR.APL.01 part 1 as it stood when the candidate applied (refreshed on every submission). */
export interface ApplicantSnapshot {
  fullName: string;
  nationalId: string | null;
  birthPlace: string | null;
  birthDate: string | null;
  homeAddress: string | null;
  phone: string;
  email: string;
  education: string | null;
  employer: string | null;
  position: string | null;
  officeAddress: string | null;
}

/** A candidate's application (permohonan sertifikasi) to a published scheme version. Status changes only in ApplicationWorkflowService. */
@Entity('applications')
@Index('ix_applications_candidate', ['certificationBodyId', 'candidateUserId', 'createdAt', 'id'])
@Index('ix_applications_status', ['certificationBodyId', 'status', 'createdAt', 'id'])
@Index('ix_applications_created', ['certificationBodyId', 'createdAt', 'id'])
@Check('ck_applications_status', `"status" IN ('draft', 'submitted', 'accepted', 'rejected', 'returned', 'withdrawn')`)
@Check('ck_applications_purpose', `"purpose" IN ('certification', 'recertification', 'pkt', 'rpl', 'other')`)
@Check('ck_applications_renews', `("purpose" = 'recertification') = ("renews_certificate_number" IS NOT NULL)`)
@ForeignKey(() => SchemeVersion, ['certificationBodyId', 'schemeVersionId'], ['certificationBodyId', 'id'])
@ForeignKey(() => Membership, ['certificationBodyId', 'candidateUserId'], ['certificationBodyId', 'userId'])
export class Application extends TenantEntity {
  @Column('uuid')
  candidateUserId: string;

  @Column('uuid')
  schemeId: string;

  @Column('uuid')
  schemeVersionId: string;

  @Column('varchar', { length: 20, default: 'draft' })
  status: ApplicationStatus;

  @Column('varchar', { length: 20 })
  purpose: ApplicationPurpose;

  /** The text of "Lainnya" (purpose other). */
  @Column('varchar', { length: 300, nullable: true })
  purposeOther: string | null;

  /** Recertification: number of the certificate being renewed (certificates come later: no FK). */
  @Column('varchar', { length: 100, nullable: true })
  renewsCertificateNumber: string | null;

  @Column('jsonb')
  applicant: ApplicantSnapshot;

  /** Per basic requirement (index into the version's requirements), the portfolio items offered for it. */
  @Column('jsonb', { default: [] })
  requirementEvidence: RequirementEvidence[];

  /** How many times it was submitted; the review round of verification rows. */
  @Column('int', { default: 0 })
  submissionCount: number;

  @Column('timestamptz', { nullable: true })
  submittedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  decidedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
