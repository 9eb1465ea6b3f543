import { Check, Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import type { DocumentJob, DocumentKind } from '../documents/index.js';

/**
 * A PDF the body issued: its SHA-256 and size, and the view model it was rendered
 * from. The bytes are not stored: rendering is deterministic, so a download
 * re-renders the model and checks the hash against this row.
 */
@Entity('issued_documents')
@Index('ix_issued_documents_sha256', ['sha256'])
@Index('ix_issued_documents_subject', ['certificationBodyId', 'subjectId', 'kind'])
@Index('uq_issued_documents_subject_kind', ['certificationBodyId', 'subjectId', 'kind'], { unique: true })
@Check('ck_issued_documents_kind', `"kind" IN ('assessment-record', 'decision-letter', 'certificate')`)
export class IssuedDocument extends TenantEntity {
  @Column('varchar', { length: 30 })
  kind: DocumentKind;

  /** assessment (FR.AK.02), decision (letter) or certificate. */
  @Column('varchar', { length: 30 })
  subjectType: string;

  @Column('uuid')
  subjectId: string;

  /** The candidate / holder: may download their own documents. */
  @Column('uuid')
  holderUserId: string;

  @Column('char', { length: 64 })
  sha256: string;

  @Column('int')
  size: number;

  @Column('timestamptz')
  renderedAt: Date;

  @Column('jsonb')
  job: DocumentJob;
}
