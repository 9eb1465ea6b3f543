import { Check, Column, Entity, ForeignKey, Index, Unique, UpdateDateColumn } from 'typeorm';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { User } from '../users/user.entity.js';

export const EVIDENCE_TYPES = ['direct', 'indirect', 'supplementary'] as const;
/** Jenis bukti: direct (L), indirect (TL), supplementary (T); DOMAIN.md §3.3. */
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export type PortfolioItemStatus = 'draft' | 'locked' | 'discarded';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * One uploaded piece of portfolio evidence of a candidate. Content lives in the
 * content-addressed EvidenceStorage under `sha256`. A correction is a new row
 * whose `previousVersionId` points at the row it supersedes; rows are never
 * overwritten once locked (part of a submitted application or self-assessment).
 */
@Entity('portfolio_items')
@Check('ck_portfolio_items_status', `"status" IN ('draft', 'locked', 'discarded')`)
@Check('ck_portfolio_items_evidence_type', `"evidence_type" IN ('direct', 'indirect', 'supplementary')`)
@Check('ck_portfolio_items_content', `"size_bytes" > 0 AND "sha256" ~ '^[0-9a-f]{64}$' AND "version" >= 1`)
@Index('ix_portfolio_items_candidate', ['certificationBodyId', 'candidateUserId', 'createdAt'])
@Unique('uq_portfolio_items_successor', ['certificationBodyId', 'previousVersionId'])
// Platform-wide on purpose: the orphan sweep asks whether any body still references a blob.
@Index('ix_portfolio_items_sha256', ['sha256'])
@ForeignKey(() => CertificationBody, ['certificationBodyId'], ['id'])
@ForeignKey(() => PortfolioItem, ['certificationBodyId', 'previousVersionId'], ['certificationBodyId', 'id'])
export class PortfolioItem extends TenantEntity {
  @Column('uuid')
  @ForeignKey(() => User)
  candidateUserId: string;

  @Column('varchar', { length: 200 })
  title: string;

  @Column('text', { default: '' })
  description: string;

  @Column('varchar', { length: 20 })
  evidenceType: EvidenceType;

  /** Date of the work or of issue: the currency (terkini) rule of evidence. */
  @Column('date', { nullable: true })
  workDate: string | null;

  @Column('varchar', { length: 200, nullable: true })
  issuer: string | null;

  /**
   * KUK (performance criterion) ids the item supports. Plain uuid[] without FK:
   * the schemes tables live in another module/branch; a link table with composite
   * FKs replaces this once they exist (issue 5, application + self-assessment).
   */
  @Column('uuid', { array: true, default: () => "'{}'" })
  criterionIds: string[];

  @Column('varchar', { length: 255 })
  originalFileName: string;

  @Column('varchar', { length: 120 })
  mediaType: string;

  @Column('bigint', { transformer: bigintAsNumber })
  sizeBytes: number;

  @Column('varchar', { length: 64 })
  sha256: string;

  @Column('varchar', { length: 20, default: 'draft' })
  status: PortfolioItemStatus;

  @Column('int', { default: 1 })
  version: number;

  @Column('uuid', { nullable: true })
  previousVersionId: string | null;

  @Column('timestamptz', { nullable: true })
  supersededAt: Date | null;

  @Column('timestamptz', { nullable: true })
  lockedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  discardedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
