import { Check, Column, Entity, ForeignKey, Unique } from 'typeorm';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { User } from '../users/user.entity.js';

/**
 * Per-candidate storage counter. Uploads lock this row (SELECT ... FOR UPDATE)
 * so that concurrent uploads cannot together exceed EVIDENCE_QUOTA_BYTES.
 */
@Entity('evidence_quotas')
@Check('ck_evidence_quotas_used', `"used_bytes" >= 0`)
@Unique('uq_evidence_quotas_candidate', ['certificationBodyId', 'candidateUserId'])
@ForeignKey(() => CertificationBody, ['certificationBodyId'], ['id'])
export class EvidenceQuota extends TenantEntity {
  @Column('uuid')
  @ForeignKey(() => User)
  candidateUserId: string;

  @Column('bigint', { default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  usedBytes: number;
}
