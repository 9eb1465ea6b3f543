import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../../common/entities/tenant-columns.js';
import { SchemeElement } from './scheme-element.entity.js';

/** A performance criterion (KUK), numbered "element.n" (1.1, 1.2 …). Assessments reference its id. */
@Entity('performance_criteria')
@Index('ix_performance_criteria_element', ['certificationBodyId', 'elementId', 'position'])
@Index('ix_performance_criteria_version', ['certificationBodyId', 'schemeVersionId'])
@ForeignKey(() => SchemeElement, ['certificationBodyId', 'elementId'], ['certificationBodyId', 'id'], { onDelete: 'CASCADE' })
export class PerformanceCriterion extends TenantEntity {
  @Column('uuid')
  schemeVersionId: string;

  @Column('uuid')
  elementId: string;

  @Column('int')
  position: number;

  @Column('varchar', { length: 20 })
  number: string;

  @Column('text')
  text: string;
}
