import { Column, Entity, ForeignKey, Unique, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { Membership } from '../memberships/membership.entity.js';

export const ASSESSOR_STATUSES = ['active', 'inactive', 'suspended'] as const;
export type AssessorStatus = (typeof ASSESSOR_STATUSES)[number];

/** An assessor's credentials in one body: No. Reg (MET), certificate validity, authorised schemes. */
@Entity('assessor_profiles')
@Unique('uq_assessor_profiles_body_user', ['certificationBodyId', 'userId'])
@Unique('uq_assessor_profiles_body_registration', ['certificationBodyId', 'registrationNumber'])
@ForeignKey(() => Membership, ['certificationBodyId', 'userId'], ['certificationBodyId', 'userId'])
export class AssessorProfile extends TenantEntity {
  @Column('uuid')
  userId: string;

  /** No. Reg / No. MET as printed on the assessor certificate. */
  @Column('varchar', { length: 60 })
  registrationNumber: string;

  @Column('date')
  certificateValidFrom: string;

  @Column('date')
  certificateValidUntil: string;

  @Column('varchar', { length: 20, default: 'active' })
  status: AssessorStatus;

  /** Scheme codes the assessor may assess. */
  @Column('text', { array: true, default: () => "'{}'" })
  schemeCodes: string[];

  /** Fields (bidang) of competence, free text. */
  @Column('text', { array: true, default: () => "'{}'" })
  fields: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
