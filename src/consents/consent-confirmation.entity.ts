import { Check, Column, Entity, ForeignKey, Unique } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { User } from '../users/user.entity.js';
import type { ConsentParty, ConsentTerms } from './consent-terms.js';

/** FR.AK.01: one party's confirmation of the terms, from their own account. Once per party; immutable. */
@Entity('consent_confirmations')
@Unique('uq_consent_confirmations_party', ['certificationBodyId', 'assessmentId', 'party'])
@Check('ck_consent_confirmations_party', `"party" IN ('candidate', 'assessor')`)
@ForeignKey(() => Assessment, ['certificationBodyId', 'assessmentId'], ['certificationBodyId', 'id'])
export class ConsentConfirmation extends TenantEntity {
  @Column('uuid')
  assessmentId: string;

  @Column('varchar', { length: 10 })
  party: ConsentParty;

  @Column('uuid')
  @ForeignKey(() => User)
  userId: string;

  @Column('jsonb')
  terms: ConsentTerms;
}
