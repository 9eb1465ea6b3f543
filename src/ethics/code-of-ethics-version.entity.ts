import { Column, Entity, ForeignKey, Unique } from 'typeorm';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import type { EthicsItem } from './code-of-ethics.js';

/** One published version of a body's code of ethics; a change is a new version (the highest is current). */
@Entity('code_of_ethics_versions')
@Unique('uq_code_of_ethics_versions_version', ['certificationBodyId', 'version'])
@ForeignKey(() => CertificationBody, ['certificationBodyId'], ['id'])
export class CodeOfEthicsVersion extends TenantEntity {
  @Column('int')
  version: number;

  @Column('jsonb')
  items: EthicsItem[];

  /** Null for the BNSP seed. */
  @Column('uuid', { nullable: true })
  publishedByUserId: string | null;
}
