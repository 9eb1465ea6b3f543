import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity.js';

/**
 * A signed-in session: one refresh-token family. Revoking it (logout, password
 * change, refresh-token reuse) ends every token of the family at once.
 */
@Entity('auth_sessions')
@Index('ix_auth_sessions_user', ['userId'])
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey(() => User)
  userId: string;

  /** Body the session acts in (null: platform-only). Not a tenant row: it belongs to the user. */
  @Column('uuid', { nullable: true })
  certificationBodyId: string | null;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('varchar', { length: 40, nullable: true })
  revokedReason: string | null;

  @Column('varchar', { length: 64, default: '' })
  clientIp: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
