import { Column, Entity, ForeignKey, Index, Unique, UpdateDateColumn } from 'typeorm';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { User } from '../users/user.entity.js';
import type { BodyRole } from '../auth/roles.js';

/** A user's roles inside one certification body. */
@Entity('memberships')
@Unique('uq_memberships_body_user', ['certificationBodyId', 'userId'])
@Index('ix_memberships_user', ['userId'])
@ForeignKey(() => CertificationBody, ['certificationBodyId'], ['id'])
export class Membership extends TenantEntity {
  @Column('uuid')
  @ForeignKey(() => User)
  userId: string;

  @Column('text', { array: true })
  roles: BodyRole[];

  @Column('boolean', { default: true })
  active: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
