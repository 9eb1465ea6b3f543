import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../../common/entities/tenant-columns.js';
import { SchemeUnit } from './scheme-unit.entity.js';

/** A numbered element (elemen kompetensi) of a unit. */
@Entity('scheme_elements')
@Index('ix_scheme_elements_unit', ['certificationBodyId', 'unitId', 'number'])
@Index('ix_scheme_elements_version', ['certificationBodyId', 'schemeVersionId'])
@ForeignKey(() => SchemeUnit, ['certificationBodyId', 'unitId'], ['certificationBodyId', 'id'], { onDelete: 'CASCADE' })
export class SchemeElement extends TenantEntity {
  @Column('uuid')
  schemeVersionId: string;

  @Column('uuid')
  unitId: string;

  @Column('int')
  number: number;

  @Column('text')
  title: string;
}
