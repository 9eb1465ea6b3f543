import { Column, Entity, ForeignKey, Index, Unique, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../../common/entities/tenant-columns.js';
import type { BasicRequirement, InstrumentGeneration, VersionStatus } from '../scheme-rules.js';
import { Scheme } from './scheme.entity.js';

/** One numbered version of a scheme. Published and retired versions never change. */
@Entity('scheme_versions')
@Unique('uq_scheme_versions_number', ['certificationBodyId', 'schemeId', 'number'])
/** At most one draft per scheme, even under concurrent "new version" requests. */
@Index('uq_scheme_versions_one_draft', ['certificationBodyId', 'schemeId'], { unique: true, where: `"status" = 'draft'` })
@ForeignKey(() => Scheme, ['certificationBodyId', 'schemeId'], ['certificationBodyId', 'id'], { onDelete: 'CASCADE' })
export class SchemeVersion extends TenantEntity {
  @Column('uuid')
  schemeId: string;

  @Column('int')
  number: number;

  @Column('varchar', { length: 20, default: 'draft' })
  status: VersionStatus;

  /** Which BNSP form generation the instruments of this version use. */
  @Column('varchar', { length: 10, default: '2023' })
  instrumentGeneration: InstrumentGeneration;

  @Column('int')
  certificateValidityMonths: number;

  @Column('int', { default: 12 })
  surveillanceIntervalMonths: number;

  /** Persyaratan dasar pemohon, in order. */
  @Column('jsonb', { default: [] })
  requirements: BasicRequirement[];

  /** Free text about the version's sources (e.g. which SKKNI text it reproduces). */
  @Column('text', { default: '' })
  note: string;

  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  retiredAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
