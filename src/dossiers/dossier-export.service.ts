import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ZipArchive } from 'archiver';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { PortfolioItem } from '../evidence/portfolio-item.entity.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { IssuedDocumentsService } from '../issued-documents/issued-documents.service.js';
import { type ManifestFile, pipeHashed, readme, safeFileName, sha256sums } from './dossier-archive.js';
import { DossierService } from './dossier.service.js';
import { toDossierResponse } from './dto/dossier-response.dto.js';
import { QualityReviewsService } from '../quality-reviews/quality-reviews.service.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * The dossier as a ZIP, streamed: dossier.json, the issued PDFs (re-rendered,
 * refused on a hash mismatch before anything is sent), the FR.AK.06 reviews, the evidence files one
 * after another from storage, then manifest.json, SHA256SUMS and README.txt.
 */
@Injectable()
export class DossierExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dossiers: DossierService,
    private readonly documents: IssuedDocumentsService,
    private readonly evidence: EvidenceService,
    private readonly audit: AuditService,
    private readonly qualityReviews: QualityReviewsService,
  ) {}

  async open(actor: AuthUser, assessmentId: string): Promise<{ fileName: string; stream: Readable }> {
    const dossier = await this.dossiers.assemble(actor, assessmentId);
    const pdfs = await Promise.all(dossier.documents.map((d) => this.documents.download(actor, d.id)));
    // FR.AK.06 reviews are not issued documents: their forms are rendered now, corrections included
    const bodyId = dossier.assessment.assessment.certificationBodyId;
    const reviews = await this.qualityReviews.forms(bodyId, assessmentId, dossier.qualityReviews.map((r) => r.review));
    await this.db.transaction((em) => this.audit.record(em, {
      bodyId, actor, action: 'assessment.dossier_exported', entityType: 'assessment', entityId: assessmentId,
      payload: {
        documents: pdfs.map(({ doc }) => ({ id: doc.id, sha256: doc.sha256 })), qualityReviews: reviews.map(({ id, pdf }) => ({ id, sha256: sha256(pdf) })),
        portfolioItems: dossier.portfolioItems.map((i) => ({ id: i.id, sha256: i.sha256 })),
      },
    }));

    const zip = new ZipArchive({ zlib: { level: 6 } });
    const files: ManifestFile[] = [];
    const date = dossier.generatedAt;
    const add = (path: string, bytes: Buffer) => {
      zip.append(bytes, { name: path, date });
      files.push({ path, sha256: sha256(bytes), size: bytes.length });
    };
    add('dossier.json', Buffer.from(`${JSON.stringify(toDossierResponse(dossier), null, 2)}\n`));
    for (const { doc, pdf } of pdfs) add(`documents/${doc.kind}-${doc.id}.pdf`, pdf);
    for (const { id, pdf } of reviews) add(`quality-reviews/FR.AK.06-${id}.pdf`, pdf);
    void this.appendEvidence(zip, dossier.portfolioItems, files)
      .then(() => {
        const manifest = Buffer.from(`${JSON.stringify({ assessmentId, generatedAt: date, files }, null, 2)}\n`);
        const manifestEntry = { path: 'manifest.json', sha256: sha256(manifest), size: manifest.length };
        zip.append(manifest, { name: 'manifest.json', date });
        zip.append(sha256sums([...files, manifestEntry]), { name: 'SHA256SUMS', date });
        zip.append(readme(assessmentId, date), { name: 'README.txt', date });
        return zip.finalize();
      })
      .catch((e: Error) => zip.destroy(e));
    return { fileName: `dossier-${assessmentId}.zip`, stream: zip };
  }

  /** One storage stream at a time: the next opens once the archive has consumed the previous. */
  private async appendEvidence(zip: ZipArchive, items: PortfolioItem[], files: ManifestFile[]): Promise<void> {
    for (const item of items) {
      const path = `evidence/${item.id}-${safeFileName(item.originalFileName)}`;
      const hashed = pipeHashed(await this.evidence.openStored(item));
      zip.append(hashed.stream, { name: path, date: item.createdAt });
      const { sha256: actual, size } = await hashed.done;
      files.push({ path, sha256: actual, size, ...(actual === item.sha256 ? {} : { expectedSha256: item.sha256 }) });
    }
  }
}
