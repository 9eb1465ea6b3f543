import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import type { Request } from 'express';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { createValidationPipe } from '../common/validation/validation.pipe.js';
import { AppConfig } from '../config/app-config.js';
import { CreatePortfolioItemDto, NewPortfolioItemVersionDto, type UpdatePortfolioItemDto } from './dto/portfolio-item.dto.js';
import { canReadPortfolioItem } from './evidence-access.js';
import { type EvidenceContent, parseByteRange } from './evidence-content.js';
import { releaseQuota, reserveQuota } from './evidence-quota.js';
import { type ReceivedEvidenceFile, receiveEvidenceUpload } from './evidence-upload.js';
import {
  EvidenceContentMissingError,
  PortfolioItemDiscardedError,
  PortfolioItemLockedError,
  PortfolioItemNotFoundError,
  PortfolioItemSupersededError,
} from './evidence.errors.js';
import { PortfolioItem } from './portfolio-item.entity.js';
import { screenStoredUpload } from './upload-screening.js';
import { EVIDENCE_STORAGE, type EvidenceStorage } from './storage/evidence-storage.js';

/** Uploads take it shared while recording a row; the orphan sweep takes it exclusively while deleting. */
export const SWEEP_LOCK_SQL = `hashtext('kompeten.evidence.sweep')`;

type ItemFields = Pick<PortfolioItem, 'title' | 'description' | 'evidenceType' | 'workDate' | 'issuer' | 'criterionIds'>;

const fieldsOf = (dto: Partial<CreatePortfolioItemDto>, base?: ItemFields): ItemFields => ({
  title: dto.title ?? base!.title,
  description: dto.description ?? base?.description ?? '',
  evidenceType: dto.evidenceType ?? base!.evidenceType,
  workDate: dto.workDate ?? base?.workDate ?? null,
  issuer: dto.issuer ?? base?.issuer ?? null,
  criterionIds: dto.criterionIds ?? base?.criterionIds ?? [],
});

@Injectable()
export class EvidenceService {
  private readonly validation = createValidationPipe();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EVIDENCE_STORAGE) private readonly storage: EvidenceStorage,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Streams the file to storage first; the row is committed only once the bytes are safely stored. */
  async upload(actor: AuthUser, req: Request): Promise<PortfolioItem> {
    const bodyId = bodyOf(actor);
    const { fields, file } = await this.receive(req);
    const dto: CreatePortfolioItemDto = await this.validate(CreatePortfolioItemDto, fields);
    return this.db.transaction(async (em) => {
      const item = await this.insertItem(em, actor, bodyId, fieldsOf(dto), file, null);
      await this.audit.record(em, {
        bodyId, actor, action: 'portfolio_item.uploaded', entityType: 'portfolio_item', entityId: item.id,
        payload: { sha256: file.key, sizeBytes: file.size, mediaType: file.mediaType, title: item.title },
      });
      return item;
    });
  }

  /** A correction: a new row that references (and supersedes) the latest version; the old one stays readable. */
  async uploadVersion(actor: AuthUser, id: string, req: Request): Promise<PortfolioItem> {
    const bodyId = bodyOf(actor);
    assertVersionable(await this.findOwn(this.db.manager, actor, id));
    const { fields, file } = await this.receive(req);
    const dto: NewPortfolioItemVersionDto = await this.validate(NewPortfolioItemVersionDto, fields);
    return this.db.transaction(async (em) => {
      const previous = assertVersionable(await this.findOwn(em, actor, id, true));
      const item = await this.insertItem(em, actor, bodyId, fieldsOf(dto, previous), file, previous);
      await em.update(PortfolioItem, { certificationBodyId: bodyId, id }, { supersededAt: new Date() });
      await this.audit.record(em, {
        bodyId, actor, action: 'portfolio_item.version_uploaded', entityType: 'portfolio_item', entityId: item.id,
        payload: { previousVersionId: id, version: item.version, sha256: file.key, sizeBytes: file.size },
      });
      return item;
    });
  }

  update(actor: AuthUser, id: string, dto: UpdatePortfolioItemDto): Promise<PortfolioItem> {
    return this.db.transaction(async (em) => {
      const item = assertEditable(await this.findOwn(em, actor, id, true));
      Object.assign(item, fieldsOf(dto, item));
      const saved = await em.save(item);
      await this.audit.record(em, {
        bodyId: item.certificationBodyId, actor, action: 'portfolio_item.updated', entityType: 'portfolio_item',
        entityId: id, payload: dto,
      });
      return saved;
    });
  }

  /** Soft: the row stays with status 'discarded'; unreferenced bytes go with the next sweep. */
  discard(actor: AuthUser, id: string): Promise<void> {
    return this.db.transaction(async (em) => {
      const item = assertEditable(await this.findOwn(em, actor, id, true));
      await em.update(
        PortfolioItem, { certificationBodyId: item.certificationBodyId, id }, { status: 'discarded', discardedAt: new Date() },
      );
      await releaseQuota(em, item.certificationBodyId, item.candidateUserId, item.sizeBytes);
      await this.audit.record(em, {
        bodyId: item.certificationBodyId, actor, action: 'portfolio_item.discarded', entityType: 'portfolio_item',
        entityId: id, payload: { sha256: item.sha256 },
      });
    });
  }

  listOwn(actor: AuthUser): Promise<PortfolioItem[]> {
    return this.db.getRepository(PortfolioItem).find({
      where: { certificationBodyId: bodyOf(actor), candidateUserId: actor.id },
      order: { createdAt: 'DESC' },
    });
  }

  async getReadable(actor: AuthUser, id: string): Promise<PortfolioItem> {
    const item = await this.db.getRepository(PortfolioItem).findOneBy({ certificationBodyId: bodyOf(actor), id });
    if (!item || !(await canReadPortfolioItem(this.db.manager, actor, item))) throw new PortfolioItemNotFoundError(id);
    return item;
  }

  async openContent(actor: AuthUser, id: string, rangeHeader?: string): Promise<EvidenceContent> {
    const item = await this.getReadable(actor, id);
    if (item.status === 'discarded') throw new PortfolioItemNotFoundError(id);
    const range = parseByteRange(rangeHeader, item.sizeBytes);
    return { item, range, stream: await this.storage.get(item.sha256, range) };
  }

  /** For the dossier: the body's items with these ids (any status), oldest first. */
  findItems(em: EntityManager, bodyId: string, ids: string[]): Promise<PortfolioItem[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return Promise.resolve([]);
    return em.find(PortfolioItem, { where: { certificationBodyId: bodyId, id: In(unique) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** For the dossier export: the stored bytes of an item already checked readable by the caller. */
  openStored(item: PortfolioItem): Promise<Readable> {
    return this.storage.get(item.sha256);
  }

  /**
   * For application / self-assessment submission (issue 5): locks the given
   * items of the body inside the caller's transaction (the caller records the
   * audit entry). Every id must be a live, current item of the body and, when
   * `ownerUserId` is given, of that candidate (another candidate's item is 404).
   */
  async lockItems(em: EntityManager, bodyId: string, itemIds: string[], ownerUserId?: string): Promise<void> {
    const ids = [...new Set(itemIds)];
    if (!ids.length) return;
    const items = await em.find(PortfolioItem, {
      where: { certificationBodyId: bodyId, id: In(ids), ...(ownerUserId ? { candidateUserId: ownerUserId } : {}) },
      lock: { mode: 'pessimistic_write' },
    });
    const found = new Set(items.map((i) => i.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw new PortfolioItemNotFoundError(missing);
    for (const i of items) {
      if (i.status === 'discarded') throw new PortfolioItemDiscardedError(i.id);
      if (i.supersededAt) throw new PortfolioItemSupersededError(i.id);
    }
    await em.update(
      PortfolioItem, { certificationBodyId: bodyId, id: In(ids), status: 'draft' }, { status: 'locked', lockedAt: new Date() },
    );
  }

  private async receive(req: Request) {
    const env = this.config.env;
    const received = await receiveEvidenceUpload(req, this.storage, { maxBytes: env.EVIDENCE_MAX_BYTES });
    const scanner = env.CLAMAV_HOST ? { host: env.CLAMAV_HOST, port: env.CLAMAV_PORT, timeoutMs: env.CLAMAV_TIMEOUT_MS } : undefined;
    await screenStoredUpload(this.storage, received.file, scanner);
    return received;
  }

  private validate<T extends object>(metatype: new () => T, fields: Record<string, unknown>): Promise<T> {
    return this.validation.transform(fields, { type: 'body', metatype });
  }

  private async findOwn(em: EntityManager, actor: AuthUser, id: string, lock = false): Promise<PortfolioItem> {
    const item = await em.findOne(PortfolioItem, {
      where: { certificationBodyId: bodyOf(actor), id, candidateUserId: actor.id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!item) throw new PortfolioItemNotFoundError(id);
    return item;
  }

  private async insertItem(
    em: EntityManager, actor: AuthUser, bodyId: string, fields: ItemFields, file: ReceivedEvidenceFile,
    previous: PortfolioItem | null,
  ): Promise<PortfolioItem> {
    // Shared sweep lock + a fresh stat: a concurrent sweep cannot delete the bytes this row will point at.
    await em.query(`SELECT pg_advisory_xact_lock_shared(${SWEEP_LOCK_SQL})`);
    if (!(await this.storage.stat(file.key))) throw new EvidenceContentMissingError();
    await reserveQuota(em, bodyId, actor.id, file.size, this.config.env.EVIDENCE_QUOTA_BYTES);
    const item = em.create(PortfolioItem, {
      ...fields,
      certificationBodyId: bodyId,
      candidateUserId: actor.id,
      originalFileName: file.originalFileName,
      mediaType: file.mediaType,
      sizeBytes: file.size,
      sha256: file.key,
      status: 'draft',
      version: previous ? previous.version + 1 : 1,
      previousVersionId: previous?.id ?? null,
    });
    return em.save(item);
  }
}

function bodyOf(actor: AuthUser): string {
  if (!actor.bodyId) throw new PortfolioItemNotFoundError();
  return actor.bodyId;
}

function assertEditable(item: PortfolioItem): PortfolioItem {
  if (item.status === 'locked') throw new PortfolioItemLockedError(item.id);
  if (item.status === 'discarded') throw new PortfolioItemDiscardedError(item.id);
  if (item.supersededAt) throw new PortfolioItemSupersededError(item.id);
  return item;
}

function assertVersionable(item: PortfolioItem): PortfolioItem {
  if (item.status === 'discarded') throw new PortfolioItemDiscardedError(item.id);
  if (item.supersededAt) throw new PortfolioItemSupersededError(item.id);
  return item;
}
