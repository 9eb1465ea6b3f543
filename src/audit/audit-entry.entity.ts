import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One append-only audit entry. Entries form a hash chain per certification
 * body (seq 1, 2, 3 …); the database refuses UPDATE and DELETE on this table
 * (trigger created by a migration). Platform-level actions use PLATFORM_CHAIN.
 */
@Entity('audit_entries')
@Index('ix_audit_entries_entity', ['certificationBodyId', 'entityType', 'entityId'])
@Index('ix_audit_entries_actor', ['certificationBodyId', 'actorUserId', 'occurredAt'])
@Index('ix_audit_entries_time', ['certificationBodyId', 'occurredAt'])
export class AuditEntry {
  @PrimaryColumn('uuid')
  certificationBodyId: string;

  @PrimaryColumn('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq: number;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  actorRoles: string[];

  @Column('varchar', { length: 80 })
  action: string;

  @Column('varchar', { length: 60 })
  entityType: string;

  @Column('varchar', { length: 80 })
  entityId: string;

  @Column('varchar', { length: 128, default: '' })
  requestId: string;

  @Column('varchar', { length: 64, default: '' })
  clientIp: string;

  /** The change itself; null when it was too large to keep inline (its hash still is). */
  @Column('jsonb', { nullable: true })
  payload: unknown;

  @Column('char', { length: 64 })
  payloadHash: string;

  @Column('char', { length: 64 })
  prevHash: string;

  @Column('char', { length: 64 })
  hash: string;
}
