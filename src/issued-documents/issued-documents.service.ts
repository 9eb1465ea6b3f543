import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, hasRole } from '../auth/auth-user.js';
import { type DocumentJob, PdfRenderPool, renderDocument, sha256 } from '../documents/index.js';
import { IssuedDocument } from './issued-document.entity.js';
import { DocumentRegenerationMismatchError, IssuedDocumentNotFoundError } from './issued-documents.errors.js';

export interface IssueDocumentInput {
  bodyId: string;
  subjectType: 'assessment' | 'decision' | 'certificate';
  subjectId: string;
  holderUserId: string;
  job: DocumentJob;
}

export interface Authenticity { authentic: boolean; kind: string | null; subject: { type: string; id: string } | null }

/** The compiled worker next to the renderer; under jest (TypeScript sources) the dist build of it. */
function workerUrl(): URL {
  const sibling = new URL('../documents/pdf-render.worker.js', import.meta.url);
  return existsSync(fileURLToPath(sibling)) ? sibling : pathToFileURL(resolve('dist/src/documents/pdf-render.worker.js'));
}

const staffRoles = ['admin', 'auditor', 'decision_maker'] as const;
export const seesAllDocuments = (actor: AuthUser) => staffRoles.some((r) => hasRole(actor, r));

/** Issues PDFs (hash + model stored; bytes re-rendered deterministically), serves them and checks files for authenticity. */
@Injectable()
export class IssuedDocumentsService implements OnModuleDestroy {
  private pool?: PdfRenderPool;

  constructor(@InjectDataSource() private readonly db: DataSource, private readonly audit: AuditService) {}

  /** Renders and records one document inside the caller's transaction. */
  async issue(em: EntityManager, input: IssueDocumentInput): Promise<IssuedDocument> {
    const pdf = await renderDocument(input.job);
    return em.save(IssuedDocument, em.create(IssuedDocument, {
      certificationBodyId: input.bodyId, kind: input.job.kind, subjectType: input.subjectType, subjectId: input.subjectId,
      holderUserId: input.holderUserId, sha256: sha256(pdf), size: pdf.length, renderedAt: new Date(), job: input.job,
    }));
  }

  listForSubjects(em: EntityManager, bodyId: string, subjectIds: string[]): Promise<IssuedDocument[]> {
    if (!subjectIds.length) return Promise.resolve([]);
    return em.find(IssuedDocument, { where: { certificationBodyId: bodyId, subjectId: In(subjectIds) }, order: { kind: 'ASC' } });
  }

  /** The issued bytes, re-rendered and checked against the stored hash. Staff of the body, or the holder. */
  async download(actor: AuthUser, id: string): Promise<{ doc: IssuedDocument; pdf: Buffer }> {
    const doc = await this.db.getRepository(IssuedDocument).findOneBy({ certificationBodyId: actor.bodyId ?? '', id });
    if (!doc || (!seesAllDocuments(actor) && doc.holderUserId !== actor.id)) throw new IssuedDocumentNotFoundError(id);
    const pdf = await renderDocument(doc.job);
    if (sha256(pdf) !== doc.sha256) throw new DocumentRegenerationMismatchError(id);
    return { doc, pdf };
  }

  /**
   * Whether the bytes are exactly a document some body issued. Answers only the
   * kind and subject; a match is recorded in the issuing body's audit trail.
   */
  async authenticity(file: Buffer): Promise<Authenticity> {
    const hash = sha256(file);
    const found = await this.db.getRepository(IssuedDocument).findOne({
      where: { sha256: hash }, select: { certificationBodyId: true, id: true, kind: true, subjectType: true, subjectId: true },
    });
    if (!found) return { authentic: false, kind: null, subject: null };
    await this.db.transaction((em) => this.audit.record(em, {
      bodyId: found.certificationBodyId, actor: null, action: 'document.authenticity_confirmed', entityType: 'issued_document', entityId: found.id,
      payload: { kind: found.kind, sha256: hash },
    }));
    return { authentic: true, kind: found.kind, subject: { type: found.subjectType, id: found.subjectId } };
  }

  /**
   * Re-renders the given subjects' documents on the worker pool (never on the
   * event loop), e.g. all certificates of a decision meeting, and reports
   * whether each still hashes as issued.
   */
  async renderBatch(bodyId: string, subjectIds: string[], kind: DocumentJob['kind']): Promise<Array<{ doc: IssuedDocument; sha256: string; pdf: Buffer }>> {
    const docs = await this.db.getRepository(IssuedDocument).findBy({ certificationBodyId: bodyId, subjectId: In(subjectIds), kind });
    this.pool ??= new PdfRenderPool({ size: 2, workerUrl: workerUrl() });
    const rendered = await this.pool.renderAll(docs.map((d) => d.job));
    return docs.map((doc, i) => ({ doc, sha256: rendered[i].sha256, pdf: rendered[i].pdf }));
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.close();
  }
}
