import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { UpdateVersionDto, VersionTree } from './dto/version.dto.js';
import { SchemeElement } from './entities/scheme-element.entity.js';
import { SchemeUnit } from './entities/scheme-unit.entity.js';
import { SchemeVersion } from './entities/scheme-version.entity.js';
import { Scheme } from './entities/scheme.entity.js';
import { bodyOf, SchemeAccess } from './scheme-access.js';
import { type BasicRequirement, canPublish, canRetire, validateVersionContent, type SchemeDocument, type VersionStatus } from './scheme-rules.js';
import { SchemeTreeStore } from './scheme-tree.store.js';
import { DraftExistsError, IllegalVersionTransitionError, NothingPublishedError, VersionContentInvalidError } from './scheme.errors.js';

/** What applications and assessments need of a version: its scheme code, requirements and elements. */
export interface VersionOutline {
  versionId: string;
  schemeId: string;
  schemeCode: string;
  status: VersionStatus;
  requirements: BasicRequirement[];
  elements: Array<{ id: string; unitId: string; unitCode: string; number: number }>;
}

/** Version lifecycle: settings of a draft, publish, retire, new version (clone), tree read and export. */
@Injectable()
export class SchemeVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: SchemeAccess,
    private readonly tree: SchemeTreeStore,
  ) {}

  async read(actor: AuthUser, schemeId: string, versionId: string): Promise<VersionTree> {
    return this.db.transaction('REPEATABLE READ', async (em) =>
      this.tree.load(em, await this.access.version(em, actor, schemeId, versionId)));
  }

  async export(actor: AuthUser, schemeId: string, versionId: string): Promise<SchemeDocument> {
    return this.db.transaction('REPEATABLE READ', async (em) => {
      const scheme = await this.access.scheme(em, actor, schemeId);
      const version = await this.access.version(em, actor, schemeId, versionId);
      return this.tree.toDocument(scheme, await this.tree.load(em, version));
    });
  }

  updateSettings(actor: AuthUser, schemeId: string, versionId: string, dto: UpdateVersionDto): Promise<SchemeVersion> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const version = await this.access.draft(em, actor, schemeId, versionId);
      em.merge(SchemeVersion, version, dto);
      const saved = await em.save(version);
      await this.audit.record(em, { bodyId, actor, action: 'scheme_version.updated', entityType: 'scheme_version', entityId: versionId, payload: dto });
      return saved;
    });
  }

  /** Publishes a complete draft (every problem reported at once); the previously published version retires. */
  publish(actor: AuthUser, schemeId: string, versionId: string): Promise<SchemeVersion> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const scheme = await this.access.scheme(em, actor, schemeId, true);
      const version = await this.access.version(em, actor, schemeId, versionId, true);
      if (!canPublish(version.status)) throw new IllegalVersionTransitionError('publish', version.status);
      const doc = this.tree.toDocument(scheme, await this.tree.load(em, version));
      const errors = validateVersionContent(doc.version);
      if (errors.length) throw new VersionContentInvalidError(errors);
      const now = new Date();
      const previous = await em.find(SchemeVersion, { where: { certificationBodyId: bodyId, schemeId, status: 'published', id: Not(versionId) } });
      if (previous.length) {
        await em.update(SchemeVersion, { certificationBodyId: bodyId, id: In(previous.map((p) => p.id)) }, { status: 'retired', retiredAt: now });
      }
      version.status = 'published';
      version.publishedAt = now;
      const saved = await em.save(version);
      await em.update(Scheme, { certificationBodyId: bodyId, id: schemeId }, { status: 'published', currentVersionId: versionId });
      await this.audit.record(em, {
        bodyId, actor, action: 'scheme_version.published', entityType: 'scheme_version', entityId: versionId,
        payload: { schemeId, number: version.number, retired: previous.map((p) => p.id) },
      });
      return saved;
    });
  }

  retire(actor: AuthUser, schemeId: string, versionId: string): Promise<SchemeVersion> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const scheme = await this.access.scheme(em, actor, schemeId, true);
      const version = await this.access.version(em, actor, schemeId, versionId, true);
      if (!canRetire(version.status)) throw new IllegalVersionTransitionError('retire', version.status);
      version.status = 'retired';
      version.retiredAt = new Date();
      const saved = await em.save(version);
      if (scheme.currentVersionId === versionId) {
        await em.update(Scheme, { certificationBodyId: bodyId, id: schemeId }, { status: 'retired', currentVersionId: null });
      }
      await this.audit.record(em, {
        bodyId, actor, action: 'scheme_version.retired', entityType: 'scheme_version', entityId: versionId, payload: { schemeId },
      });
      return saved;
    });
  }

  /** A new draft, a deep copy (units, elements, KUK, questions) of the latest published or retired version. */
  newVersion(actor: AuthUser, schemeId: string): Promise<SchemeVersion> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const scheme = await this.access.scheme(em, actor, schemeId, true);
      const draft = await em.findOneBy(SchemeVersion, { certificationBodyId: bodyId, schemeId, status: 'draft' });
      if (draft) throw new DraftExistsError(draft.id);
      const source = await em.findOne(SchemeVersion, {
        where: { certificationBodyId: bodyId, schemeId, status: In(['published', 'retired']) },
        order: { status: 'ASC', number: 'DESC' },
      });
      if (!source) throw new NothingPublishedError();
      const last = await em.findOneOrFail(SchemeVersion, { where: { certificationBodyId: bodyId, schemeId }, order: { number: 'DESC' } });
      const version = await em.save(SchemeVersion, em.create(SchemeVersion, {
        certificationBodyId: bodyId, schemeId, number: last.number + 1, status: 'draft',
        instrumentGeneration: source.instrumentGeneration, certificateValidityMonths: source.certificateValidityMonths,
        surveillanceIntervalMonths: source.surveillanceIntervalMonths, requirements: source.requirements, note: source.note,
      }));
      const doc = this.tree.toDocument(scheme, await this.tree.load(em, source));
      await this.tree.write(em, version, doc.version);
      await this.audit.record(em, {
        bodyId, actor, action: 'scheme_version.created', entityType: 'scheme_version', entityId: version.id,
        payload: { schemeId, number: version.number, clonedFrom: source.id },
      });
      return version;
    });
  }

  /** The outline of a version of the body, or null when there is none (callers answer 404). */
  async outline(em: EntityManager, bodyId: string, versionId: string): Promise<VersionOutline | null> {
    const version = await em.findOneBy(SchemeVersion, { certificationBodyId: bodyId, id: versionId });
    if (!version) return null;
    const where = { certificationBodyId: bodyId, schemeVersionId: versionId };
    const [scheme, units, elements] = await Promise.all([
      em.findOneByOrFail(Scheme, { certificationBodyId: bodyId, id: version.schemeId }),
      em.find(SchemeUnit, { where, order: { position: 'ASC' } }),
      em.find(SchemeElement, { where, order: { number: 'ASC' } }),
    ]);
    const ordered = units.flatMap((u) => elements.filter((e) => e.unitId === u.id).map((e) => ({ id: e.id, unitId: u.id, unitCode: u.code, number: e.number })));
    return {
      versionId, schemeId: scheme.id, schemeCode: scheme.code, status: version.status, requirements: version.requirements, elements: ordered,
    };
  }
}
