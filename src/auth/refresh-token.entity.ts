import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AuthSession } from './auth-session.entity.js';

/** One refresh token of a session family, stored only as a SHA-256 hash. Single use. */
@Entity('refresh_tokens')
@Unique('uq_refresh_tokens_hash', ['tokenHash'])
@Index('ix_refresh_tokens_session', ['sessionId'])
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey(() => AuthSession, { onDelete: 'CASCADE' })
  sessionId: string;

  @Column('char', { length: 64 })
  tokenHash: string;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
