import { Check, Column, Entity, ForeignKey, Unique } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { SchemeUnit } from '../schemes/entities/scheme-unit.entity.js';
import { AssessmentRecommendation } from './assessment-recommendation.entity.js';
import type { EvidenceMethod, Outcome } from './evidence-methods.js';

/** FR.AK.02 table row: one unit of competency, the evidence methods used, K or BK. */
@Entity('unit_recommendations')
@Unique('uq_unit_recommendations_unit', ['certificationBodyId', 'recommendationId', 'unitId'])
@Check('ck_unit_recommendations_outcome', `"outcome" IN ('K', 'BK')`)
@ForeignKey(() => AssessmentRecommendation, ['certificationBodyId', 'recommendationId'], ['certificationBodyId', 'id'])
@ForeignKey(() => SchemeUnit, ['certificationBodyId', 'unitId'], ['certificationBodyId', 'id'])
export class UnitRecommendation extends TenantEntity {
  @Column('uuid')
  recommendationId: string;

  @Column('uuid')
  assessmentId: string;

  @Column('uuid')
  unitId: string;

  @Column('varchar', { length: 2 })
  outcome: Outcome;

  @Column('text', { array: true })
  evidenceMethods: EvidenceMethod[];

  /** Follow-up for a BK unit (e.g. re-assessment by observation). */
  @Column('text', { default: '' })
  followUp: string;
}
