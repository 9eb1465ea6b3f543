import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import type { SchemeDocumentDto } from './dto/scheme-document.dto.js';
import { SchemeUnit } from './entities/scheme-unit.entity.js';
import { SchemeVersion } from './entities/scheme-version.entity.js';
import { Scheme } from './entities/scheme.entity.js';
import { bodyOf, SchemeAccess } from './scheme-access.js';
import { validateSchemeHeader, validateVersionContent, type SchemeDocument } from './scheme-rules.js';
import { SchemeTreeStore } from './scheme-tree.store.js';
import { parseSchemeWorkbook } from './scheme-workbook.js';
import { SchemesService } from './schemes.service.js';
import {
  DraftExistsError, DraftNotEmptyError, SchemeHeaderInvalidError, VersionContentInvalidError, WorkbookInvalidError,
} from './scheme.errors.js';

/** All-or-nothing imports: a JSON document (new scheme or new draft version) or an XLSX workbook into an empty draft. */
@Injectable()
export class SchemeImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: SchemeAccess,
    private readonly tree: SchemeTreeStore,
    private readonly schemes: SchemesService,
  ) {}

  /** Creates a scheme and its draft version 1 from a document. */
  importScheme(actor: AuthUser, doc: SchemeDocumentDto): Promise<SchemeVersion> {
    const bodyId = bodyOf(actor);
    this.validate(doc as SchemeDocument);
    return this.db.transaction(async (em) => {
      const v = doc.version;
      const { scheme, version } = await this.schemes.createWithDraft(em, bodyId, {
        ...doc.scheme, note: doc.note, instrumentGeneration: v.instrumentGeneration, requirements: v.requirements,
        certificateValidityMonths: v.certificateValidityMonths, surveillanceIntervalMonths: v.surveillanceIntervalMonths,
      });
      await this.tree.write(em, version, doc.version);
      await this.audit.record(em, {
        bodyId, actor, action: 'scheme.imported', entityType: 'scheme', entityId: scheme.id,
        payload: { versionId: version.id, code: scheme.code, units: doc.version.units.length, questions: doc.version.questions.length },
      });
      return version;
    });
  }

  /** Adds a new draft version to an existing scheme from a document (the scheme header is left as it is). */
  importVersion(actor: AuthUser, schemeId: string, doc: SchemeDocumentDto): Promise<SchemeVersion> {
    const bodyId = bodyOf(actor);
    this.validate(doc as SchemeDocument);
    return this.db.transaction(async (em) => {
      const scheme = await this.access.scheme(em, actor, schemeId, true);
      const draft = await em.findOneBy(SchemeVersion, { certificationBodyId: bodyId, schemeId, status: 'draft' });
      if (draft) throw new DraftExistsError(draft.id);
      const last = await em.findOneOrFail(SchemeVersion, { where: { certificationBodyId: bodyId, schemeId }, order: { number: 'DESC' } });
      const body = await em.findOneByOrFail(CertificationBody, { id: bodyId });
      const v = doc.version;
      const version = await em.save(SchemeVersion, em.create(SchemeVersion, {
        certificationBodyId: bodyId, schemeId: scheme.id, number: last.number + 1, status: 'draft', note: doc.note,
        instrumentGeneration: v.instrumentGeneration, surveillanceIntervalMonths: v.surveillanceIntervalMonths,
        certificateValidityMonths: v.certificateValidityMonths ?? body.certificateValidityMonths, requirements: v.requirements,
      }));
      await this.tree.write(em, version, v);
      await this.audit.record(em, {
        bodyId, actor, action: 'scheme_version.imported', entityType: 'scheme_version', entityId: version.id,
        payload: { schemeId, number: version.number, units: v.units.length, questions: v.questions.length },
      });
      return version;
    });
  }

  /** Fills an empty draft from a workbook; every row problem is reported, nothing is written unless all rows are valid. */
  async importWorkbook(actor: AuthUser, schemeId: string, versionId: string, file: Buffer): Promise<SchemeVersion> {
    const bodyId = bodyOf(actor);
    const parsed = await parseSchemeWorkbook(file);
    if (parsed.errors.length) throw new WorkbookInvalidError(parsed.errors);
    const content = validateVersionContent({ units: parsed.units, questions: [] } as never);
    if (content.length) throw new WorkbookInvalidError(content.map((e) => ({ ...e, sheet: 'Units', row: 0, column: '' })));
    return this.db.transaction(async (em) => {
      const version = await this.access.draft(em, actor, schemeId, versionId);
      if (await em.existsBy(SchemeUnit, { certificationBodyId: bodyId, schemeVersionId: versionId })) throw new DraftNotEmptyError();
      await this.tree.write(em, version, { units: parsed.units, questions: [] });
      if (parsed.requirements.length) version.requirements = parsed.requirements;
      const saved = await em.save(version);
      await this.audit.record(em, {
        bodyId, actor, action: 'scheme_version.workbook_imported', entityType: 'scheme_version', entityId: versionId,
        payload: { schemeId, units: parsed.units.length, requirements: parsed.requirements.length },
      });
      return saved;
    });
  }

  /** Imports a document and publishes it at once, inside the caller's transaction (demo seed). */
  async importPublished(em: EntityManager, bodyId: string, doc: SchemeDocument, actor: AuditRecord['actor']): Promise<SchemeVersion> {
    this.validate(doc);
    const v = doc.version;
    const { scheme, version } = await this.schemes.createWithDraft(em, bodyId, {
      ...doc.scheme, note: doc.note, instrumentGeneration: v.instrumentGeneration, requirements: v.requirements,
      certificateValidityMonths: v.certificateValidityMonths, surveillanceIntervalMonths: v.surveillanceIntervalMonths,
    });
    await this.tree.write(em, version, v);
    const publishedAt = new Date();
    await em.update(SchemeVersion, { certificationBodyId: bodyId, id: version.id }, { status: 'published', publishedAt });
    await em.update(Scheme, { certificationBodyId: bodyId, id: scheme.id }, { status: 'published', currentVersionId: version.id });
    await this.audit.record(em, {
      bodyId, actor, action: 'scheme.imported', entityType: 'scheme', entityId: scheme.id,
      payload: { versionId: version.id, code: scheme.code, published: true },
    });
    return { ...version, status: 'published', publishedAt };
  }

  /** The same rules as publishing, so an imported version can be published as it is. */
  private validate(doc: SchemeDocument): void {
    const header = validateSchemeHeader(doc.scheme, '/scheme');
    if (header.length) throw new SchemeHeaderInvalidError(header);
    const errors = validateVersionContent(doc.version);
    if (errors.length) throw new VersionContentInvalidError(errors, 'The document is not a complete scheme version');
  }
}
