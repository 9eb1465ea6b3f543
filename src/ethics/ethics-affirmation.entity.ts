import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { AssessmentAssessor } from '../assessments/assessment-assessor.entity.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import type { DeclaredRelationship, EthicsItem } from './code-of-ethics.js';
import { CodeOfEthicsVersion } from './code-of-ethics-version.entity.js';

/**
 * An assigned assessor's affirmation of the code of ethics and impartiality
 * declaration for one assignment. Immutable (a trigger refuses UPDATE and DELETE).
 */
@Entity('ethics_affirmations')
@Index('uq_ethics_affirmations_assignment', ['certificationBodyId', 'assessmentAssessorId'], { unique: true })
@Index('ix_ethics_affirmations_assessment', ['certificationBodyId', 'assessmentId'])
@Check('ck_ethics_affirmations_relationship', `"relationship" IN ('none', 'family', 'employer_subordinate', 'trainer_trainee', 'business', 'other')`)
@ForeignKey(() => Assessment, ['certificationBodyId', 'assessmentId'], ['certificationBodyId', 'id'])
@ForeignKey(() => AssessmentAssessor, ['certificationBodyId', 'assessmentAssessorId'], ['certificationBodyId', 'id'])
@ForeignKey(() => CodeOfEthicsVersion, ['certificationBodyId', 'codeVersionId'], ['certificationBodyId', 'id'])
export class EthicsAffirmation extends TenantEntity {
  @Column('uuid')
  assessmentId: string;

  @Column('uuid')
  assessmentAssessorId: string;

  @Column('uuid')
  assessorUserId: string;

  @Column('uuid')
  codeVersionId: string;

  @Column('int')
  codeVersion: number;

  /** The items as affirmed (text included: the version's wording at the time). */
  @Column('jsonb')
  answers: Array<EthicsItem & { affirmed: boolean }>;

  @Column('varchar', { length: 30 })
  relationship: DeclaredRelationship;

  @Column('text', { default: '' })
  relationshipDetail: string;

  @Column('boolean')
  giftsAccepted: boolean;
}
