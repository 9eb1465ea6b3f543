import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/**
 * A person. Platform-wide (one person may belong to several bodies through
 * memberships); a reference table under Citus. Candidate fields feed FR.APL.01 part 1.
 */
@Entity('users')
@Unique('uq_users_email', ['email'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased: email identity is case-insensitive. */
  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { length: 200 })
  fullName: string;

  @Column('text')
  passwordHash: string;

  @Column('varchar', { length: 30, default: '' })
  phone: string;

  /** Nomor Induk Kependudukan: 16 digits. */
  @Column('varchar', { length: 16, nullable: true })
  nationalId: string | null;

  @Column('varchar', { length: 100, nullable: true })
  birthPlace: string | null;

  @Column('date', { nullable: true })
  birthDate: string | null;

  @Column('varchar', { length: 200, nullable: true })
  employer: string | null;

  @Column('varchar', { length: 200, nullable: true })
  position: string | null;

  @Column('boolean', { default: false })
  isPlatformAdmin: boolean;

  @Column('timestamptz', { default: () => 'now()' })
  passwordChangedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
