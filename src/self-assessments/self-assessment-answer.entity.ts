import { Check, Column, Entity, ForeignKey, Unique, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { SchemeElement } from '../schemes/entities/scheme-element.entity.js';
import { SelfAssessment } from './self-assessment.entity.js';

export const SELF_CLAIMS = ['K', 'BK'] as const;
/** The candidate's own judgement: K (kompeten) or BK (belum kompeten). */
export type SelfClaim = (typeof SELF_CLAIMS)[number];

/** One element of FR.APL.02: the candidate's claim and the portfolio items (bukti yang relevan) behind it. */
@Entity('self_assessment_answers')
@Unique('uq_self_assessment_answers_element', ['certificationBodyId', 'selfAssessmentId', 'elementId'])
@Check('ck_self_assessment_answers_claim', `"claim" IN ('K', 'BK')`)
@ForeignKey(() => SelfAssessment, ['certificationBodyId', 'selfAssessmentId'], ['certificationBodyId', 'id'])
@ForeignKey(() => SchemeElement, ['certificationBodyId', 'elementId'], ['certificationBodyId', 'id'])
export class SelfAssessmentAnswer extends TenantEntity {
  @Column('uuid')
  selfAssessmentId: string;

  @Column('uuid')
  elementId: string;

  @Column('varchar', { length: 2 })
  claim: SelfClaim;

  @Column('uuid', { array: true, default: () => "'{}'" })
  portfolioItemIds: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
