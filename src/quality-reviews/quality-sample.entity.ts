import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { User } from '../users/user.entity.js';

/**
 * A drawn quality sample: its parameters and the size of the population it was
 * drawn from. With the stored seed anyone can draw it again (docs/quality.md).
 * Immutable; its items are quality_sample_items.
 */
@Entity('quality_samples')
@Index('ix_quality_samples_created', ['certificationBodyId', 'createdAt', 'id'])
export class QualitySample extends TenantEntity {
  @Column('uuid')
  @ForeignKey(() => User)
  drawnByUserId: string;

  @Column('varchar', { length: 200 })
  seed: string;

  /** Decisions made from this day to `periodTo` inclusive (WIB). */
  @Column('date')
  periodFrom: string;

  @Column('date')
  periodTo: string;

  /** Only this scheme's assessments, when set. */
  @Column('uuid', { nullable: true })
  schemeId: string | null;

  @Column('text', { array: true })
  stratifyBy: string[];

  /** Null: the default size (10 % of the population, at least one). */
  @Column('int', { nullable: true })
  requestedSize: number | null;

  @Column('boolean')
  minPerAssessor: boolean;

  @Column('int')
  populationSize: number;

  @Column('text', { default: '' })
  purpose: string;
}
