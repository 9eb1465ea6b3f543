import { Column, ForeignKey } from 'typeorm';
import { User } from '../../users/user.entity.js';
import { TenantEntity } from './tenant-columns.js';

/** Base of the status-history tables: one append-only row per transition — who, when (createdAt), from, to, why. */
export abstract class TransitionEvent extends TenantEntity {
  @Column('varchar', { length: 20 })
  action: string;

  /** Null for the creation event. */
  @Column('varchar', { length: 20, nullable: true })
  fromStatus: string | null;

  @Column('varchar', { length: 20 })
  toStatus: string;

  @Column('uuid')
  @ForeignKey(() => User)
  actorUserId: string;

  @Column('text', { default: '' })
  reason: string;
}
