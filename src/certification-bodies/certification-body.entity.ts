import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A Lembaga Sertifikasi Profesi (LSP): the tenant. Settings here are read by later workflows. */
@Entity('certification_bodies')
@Unique('uq_certification_bodies_code', ['code'])
export class CertificationBody {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 50 })
  code: string;

  @Column('varchar', { length: 200 })
  name: string;

  /** BNSP licence number (nomor lisensi). */
  @Column('varchar', { length: 100 })
  licenseNumber: string;

  @Column('text', { default: '' })
  address: string;

  @Column('varchar', { length: 254, default: '' })
  contactEmail: string;

  @Column('varchar', { length: 30, default: '' })
  contactPhone: string;

  @Column('int', { default: 14 })
  appealWindowDays: number;

  @Column('int', { default: 36 })
  certificateValidityMonths: number;

  /** Tokens: {BODY} {SCHEME} {YEAR} {SEQ:n}. */
  @Column('varchar', { length: 200, default: '{BODY}/{SCHEME}/{YEAR}/{SEQ:6}' })
  certificateNumberTemplate: string;

  @Column('varchar', { length: 300, default: '' })
  verificationBaseUrl: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
