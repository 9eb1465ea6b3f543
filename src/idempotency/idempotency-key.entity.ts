import { Column, Entity, Unique } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';

/**
 * A client's `Idempotency-Key` on a create request (docs/api.md). The row is
 * inserted in the same transaction as the effect (via the audit hook), so a
 * crash leaves both or neither; the response is added right after commit.
 */
@Entity('idempotency_keys')
@Unique('uq_idempotency_keys_key', ['certificationBodyId', 'key'])
export class IdempotencyKey extends TenantEntity {
  @Column('varchar', { length: 255 })
  key: string;

  @Column('uuid')
  userId: string;

  /** "POST /assessments/…/observations" as requested (path without query). */
  @Column('varchar', { length: 600 })
  request: string;

  /** SHA-256 of method, path and body (multipart: its declared length), hex. */
  @Column('char', { length: 64 })
  requestHash: string;

  /** The audited record the request created. */
  @Column('varchar', { length: 100 })
  entityType: string;

  @Column('varchar', { length: 100 })
  entityId: string;

  /** Null between commit and storing the response (or when the process died in that window). */
  @Column('int', { nullable: true })
  responseStatus: number | null;

  @Column('jsonb', { nullable: true })
  responseBody: unknown;
}
