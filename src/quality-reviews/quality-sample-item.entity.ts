import { Check, Column, Entity, ForeignKey, Unique } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { QualitySample } from './quality-sample.entity.js';

/** One sampled assessment, in the sample's seeded order, with the stratum and reason it was picked for. */
@Entity('quality_sample_items')
@Unique('uq_quality_sample_items_assessment', ['certificationBodyId', 'sampleId', 'assessmentId'])
@Check('ck_quality_sample_items_reason', `"reason" IN ('allocation', 'min_per_assessor')`)
@ForeignKey(() => QualitySample, ['certificationBodyId', 'sampleId'], ['certificationBodyId', 'id'])
@ForeignKey(() => Assessment, ['certificationBodyId', 'assessmentId'], ['certificationBodyId', 'id'])
export class QualitySampleItem extends TenantEntity {
  @Column('uuid')
  sampleId: string;

  @Column('int')
  position: number;

  @Column('uuid')
  assessmentId: string;

  @Column('uuid')
  schemeId: string;

  /** The lead assessor of the assessment. */
  @Column('uuid')
  assessorUserId: string;

  /** Month of the decision in WIB, YYYY-MM. */
  @Column('varchar', { length: 7 })
  period: string;

  @Column('varchar', { length: 200 })
  stratum: string;

  /** SHA-256 of seed and assessment id, hex: the item's place in the seeded order. */
  @Column('varchar', { length: 64 })
  rank: string;

  @Column('varchar', { length: 20 })
  reason: 'allocation' | 'min_per_assessor';
}
