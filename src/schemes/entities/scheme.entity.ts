import { Column, Entity, ForeignKey, Index, Unique, UpdateDateColumn } from 'typeorm';
import { CertificationBody } from '../../certification-bodies/certification-body.entity.js';
import { TenantEntity } from '../../common/entities/tenant-columns.js';
import type { SchemeStatus, SchemeType } from '../scheme-rules.js';

/** A certification scheme (skema sertifikasi). Versioned content lives in SchemeVersion. */
@Entity('schemes')
@Unique('uq_schemes_body_code', ['certificationBodyId', 'code'])
@Index('ix_schemes_body_type_code', ['certificationBodyId', 'type', 'code', 'id'])
@Index('ix_schemes_body_status_code', ['certificationBodyId', 'status', 'code', 'id'])
@ForeignKey(() => CertificationBody, ['certificationBodyId'], ['id'])
export class Scheme extends TenantEntity {
  /** Nomor skema: free string, unique per body. */
  @Column('varchar', { length: 100 })
  code: string;

  @Column('varchar', { length: 300 })
  titleId: string;

  @Column('varchar', { length: 300, default: '' })
  titleEn: string;

  @Column('varchar', { length: 20 })
  type: SchemeType;

  /** KKNI level 1–9; required for type KKNI, optional otherwise. */
  @Column('smallint', { nullable: true })
  kkniLevel: number | null;

  @Column('varchar', { length: 200, default: '' })
  sector: string;

  @Column('text', { default: '' })
  description: string;

  /** draft: nothing published yet; published: a version is in force; retired: every published version retired. */
  @Column('varchar', { length: 20, default: 'draft' })
  status: SchemeStatus;

  /** The published version in force, if any. */
  @Column('uuid', { nullable: true })
  currentVersionId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
