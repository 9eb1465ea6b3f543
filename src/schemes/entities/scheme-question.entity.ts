import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../../common/entities/tenant-columns.js';
import type { CompetencyDimension, McOption, QuestionKind } from '../scheme-rules.js';
import { SchemeVersion } from './scheme-version.entity.js';

/**
 * A question of a version's question bank. expectedAnswer and answerKey are
 * confidential (ISO/IEC 17024 7.4): never sent to candidates.
 */
@Entity('scheme_questions')
@Index('ix_scheme_questions_version', ['certificationBodyId', 'schemeVersionId', 'position'])
@ForeignKey(() => SchemeVersion, ['certificationBodyId', 'schemeVersionId'], ['certificationBodyId', 'id'], { onDelete: 'CASCADE' })
export class SchemeQuestion extends TenantEntity {
  @Column('uuid')
  schemeVersionId: string;

  @Column('int')
  position: number;

  @Column('varchar', { length: 40 })
  kind: QuestionKind;

  @Column('varchar', { length: 40 })
  dimension: CompetencyDimension;

  @Column('text')
  text: string;

  /** Multiple choice only. */
  @Column('jsonb', { default: [] })
  options: McOption[];

  @Column('varchar', { length: 10, default: '' })
  answerKey: string;

  @Column('text', { default: '' })
  expectedAnswer: string;

  /** KUK ids of the same version (checked by the service and at publish). */
  @Column('uuid', { array: true })
  criterionIds: string[];
}
