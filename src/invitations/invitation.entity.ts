import { Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import type { BodyRole } from '../auth/roles.js';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { User } from '../users/user.entity.js';

/** A single-use, expiring invitation to join a body; only the token's SHA-256 hash is stored. */
@Entity('invitations')
@Unique('uq_invitations_body_token', ['certificationBodyId', 'tokenHash'])
@Index('ix_invitations_token', ['tokenHash'])
@ForeignKey(() => CertificationBody, ['certificationBodyId'], ['id'])
export class Invitation extends TenantEntity {
  /** Lower-cased. */
  @Column('varchar', { length: 254 })
  email: string;

  @Column('text', { array: true })
  roles: BodyRole[];

  @Column('char', { length: 64 })
  tokenHash: string;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;

  @Column('uuid', { nullable: true })
  @ForeignKey(() => User)
  acceptedUserId: string | null;

  @Column('uuid')
  @ForeignKey(() => User)
  invitedByUserId: string;
}
