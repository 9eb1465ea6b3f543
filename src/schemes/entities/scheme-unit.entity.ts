import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../../common/entities/tenant-columns.js';
import { SchemeVersion } from './scheme-version.entity.js';

/** A unit of competency inside one scheme version (kode unit + judul unit). */
@Entity('scheme_units')
@Index('ix_scheme_units_version', ['certificationBodyId', 'schemeVersionId', 'position'])
@ForeignKey(() => SchemeVersion, ['certificationBodyId', 'schemeVersionId'], ['certificationBodyId', 'id'], { onDelete: 'CASCADE' })
export class SchemeUnit extends TenantEntity {
  @Column('uuid')
  schemeVersionId: string;

  @Column('int')
  position: number;

  /** Free string: SKKNI codes are not uniform. */
  @Column('varchar', { length: 60 })
  code: string;

  @Column('varchar', { length: 300 })
  titleId: string;

  @Column('varchar', { length: 300, default: '' })
  titleEn: string;

  /** Optional grouping: inti / pilihan, or a kelompok pekerjaan. */
  @Column('varchar', { length: 120, default: '' })
  groupName: string;

  @Column('text', { default: '' })
  description: string;

  /** Batasan variabel. */
  @Column('text', { default: '' })
  rangeStatement: string;

  /** Panduan penilaian (context, prerequisites, knowledge, skills, attitudes). */
  @Column('text', { default: '' })
  assessmentGuide: string;

  /** Aspek kritis. */
  @Column('text', { default: '' })
  criticalAspects: string;
}
