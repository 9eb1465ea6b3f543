import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';

/**
 * The head of a body's audit chain at one moment, signed with HMAC-SHA256 under
 * AUDIT_ANCHOR_KEY (a key that is not in the database). Whoever holds the anchor,
 * or the key, can later show that no entry up to `seq` changed. Append-only like
 * audit_entries (trigger in the migration).
 */
@Entity('audit_anchors')
@Index('ix_audit_anchors_body_seq', ['certificationBodyId', 'seq'])
@ForeignKey(() => CertificationBody, ['certificationBodyId'], ['id'])
export class AuditAnchor extends TenantEntity {
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq: number;

  @Column('char', { length: 64 })
  hash: string;

  @Column('timestamptz')
  anchoredAt: Date;

  @Column('uuid')
  createdByUserId: string;

  /** First 16 hex digits of sha256(key): tells which key signed, without revealing it. */
  @Column('varchar', { length: 16 })
  keyFingerprint: string;

  @Column('char', { length: 64 })
  signature: string;
}
