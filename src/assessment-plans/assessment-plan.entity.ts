import { Check, Column, Entity, ForeignKey, Unique } from 'typeorm';
import type { ApplicationPurpose } from '../applications/application-state.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import type { CandidateCharacteristic, PlannedCriterion } from './assessment-plan.js';

export interface PlanContext {
  environment: 'real_workplace' | 'simulated';
  evidenceOpportunity: 'available' | 'limited';
  assessedBy: 'certification_body' | 'training_provider' | 'workplace';
  notes: string;
}
export interface ReasonableAdjustment { characteristics: CandidateCharacteristic[]; adjustments: string }

/**
 * FR.MAPA.01 (with FR.AK.07 when adjusted): one version of an assessment's plan.
 * A change is a new version; earlier versions stay (the highest is current).
 */
@Entity('assessment_plans')
@Unique('uq_assessment_plans_version', ['certificationBodyId', 'assessmentId', 'version'])
@Check('ck_assessment_plans_potential', `"candidate_potential" BETWEEN 1 AND 5`)
@ForeignKey(() => Assessment, ['certificationBodyId', 'assessmentId'], ['certificationBodyId', 'id'])
export class AssessmentPlan extends TenantEntity {
  @Column('uuid')
  assessmentId: string;

  @Column('int')
  version: number;

  /** Potensi asesi 1–5 (FR.MAPA.02 legend). */
  @Column('smallint')
  candidatePotential: number;

  @Column('varchar', { length: 20 })
  purpose: ApplicationPurpose;

  @Column('jsonb')
  context: PlanContext;

  /** Per KUK: evidence types (L/TL/T) and methods. */
  @Column('jsonb')
  criteria: PlannedCriterion[];

  /** FR.AK.07, when the plan is adjusted to the candidate. */
  @Column('jsonb', { nullable: true })
  reasonableAdjustment: ReasonableAdjustment | null;

  @Column('uuid')
  createdByUserId: string;
}
