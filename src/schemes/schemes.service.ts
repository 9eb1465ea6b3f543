import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import type { CreateSchemeDto, ListSchemesQueryDto, UpdateSchemeDto } from './dto/scheme.dto.js';
import { SchemeVersion } from './entities/scheme-version.entity.js';
import { Scheme } from './entities/scheme.entity.js';
import type { VersionTree } from './dto/version.dto.js';
import { bodyOf, SchemeAccess, seesDrafts } from './scheme-access.js';
import { SchemeTreeStore } from './scheme-tree.store.js';
import { validateSchemeHeader, type BasicRequirement, type InstrumentGeneration } from './scheme-rules.js';
import { CursorInvalidError, SchemeCodeTakenError, SchemeHeaderInvalidError, SchemeIdentityLockedError } from './scheme.errors.js';

export interface SchemePage { items: Scheme[]; nextCursor: string | null }

export function encodeCursor(s: Pick<Scheme, 'code' | 'id'>): string {
  return Buffer.from(JSON.stringify([s.code, s.id])).toString('base64url');
}
export function decodeCursor(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && /^[0-9a-f-]{36}$/.test(v[1])) return [v[0], v[1]];
  } catch { /* fall through */ }
  throw new CursorInvalidError();
}
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Scheme headers: create (with draft version 1), update, search, public listing. */
@Injectable()
export class SchemesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: SchemeAccess,
    private readonly tree: SchemeTreeStore,
  ) {}

  create(actor: AuthUser, dto: CreateSchemeDto): Promise<{ scheme: Scheme; version: SchemeVersion }> {
    const bodyId = bodyOf(actor);
    const invalid = validateSchemeHeader({ type: dto.type, kkniLevel: dto.kkniLevel });
    if (invalid.length) throw new SchemeHeaderInvalidError(invalid);
    return this.db.transaction(async (em) => {
      const created = await this.createWithDraft(em, bodyId, dto);
      await this.audit.record(em, {
        bodyId, actor, action: 'scheme.created', entityType: 'scheme', entityId: created.scheme.id, payload: dto,
      });
      return created;
    });
  }

  /** Shared by create and import: the scheme row and its empty draft version 1. */
  async createWithDraft(
    em: EntityManager, bodyId: string,
    dto: Omit<CreateSchemeDto, 'instrumentGeneration'> & { instrumentGeneration?: InstrumentGeneration; note?: string; requirements?: BasicRequirement[] },
  ): Promise<{ scheme: Scheme; version: SchemeVersion }> {
    if (await em.existsBy(Scheme, { certificationBodyId: bodyId, code: dto.code })) throw new SchemeCodeTakenError(dto.code);
    const body = await em.findOneByOrFail(CertificationBody, { id: bodyId });
    const scheme = await em.save(Scheme, em.create(Scheme, {
      certificationBodyId: bodyId, code: dto.code, titleId: dto.titleId, titleEn: dto.titleEn ?? '', type: dto.type,
      kkniLevel: dto.kkniLevel ?? null, sector: dto.sector ?? '', description: dto.description ?? '', status: 'draft',
    }));
    const version = await em.save(SchemeVersion, em.create(SchemeVersion, {
      certificationBodyId: bodyId, schemeId: scheme.id, number: 1, status: 'draft',
      instrumentGeneration: dto.instrumentGeneration ?? '2023',
      certificateValidityMonths: dto.certificateValidityMonths ?? body.certificateValidityMonths,
      surveillanceIntervalMonths: dto.surveillanceIntervalMonths ?? 12, requirements: dto.requirements ?? [], note: dto.note ?? '',
    }));
    return { scheme, version };
  }

  async update(actor: AuthUser, schemeId: string, dto: UpdateSchemeDto): Promise<Scheme> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const scheme = await this.access.scheme(em, actor, schemeId, true);
      const locked = (['code', 'type', 'kkniLevel'] as const).filter((f) => dto[f] !== undefined && dto[f] !== scheme[f]);
      if (scheme.status !== 'draft' && locked.length) throw new SchemeIdentityLockedError(locked);
      const next = { ...scheme, ...dto };
      const invalid = validateSchemeHeader(next);
      if (invalid.length) throw new SchemeHeaderInvalidError(invalid);
      if (dto.code && dto.code !== scheme.code && (await em.existsBy(Scheme, { certificationBodyId: bodyId, code: dto.code })))
        throw new SchemeCodeTakenError(dto.code);
      em.merge(Scheme, scheme, dto);
      const saved = await em.save(scheme);
      await this.audit.record(em, { bodyId, actor, action: 'scheme.updated', entityType: 'scheme', entityId: schemeId, payload: dto });
      return saved;
    });
  }

  async get(actor: AuthUser, schemeId: string): Promise<{ scheme: Scheme; versions: SchemeVersion[] }> {
    const em = this.db.manager;
    const scheme = await this.access.scheme(em, actor, schemeId);
    const versions = await em.find(SchemeVersion, { where: { certificationBodyId: scheme.certificationBodyId, schemeId }, order: { number: 'ASC' } });
    return { scheme, versions: seesDrafts(actor) ? versions : versions.filter((v) => v.status !== 'draft') };
  }

  /** Keyset pagination on (code, id); every filter leads with certification_body_id to use the (body, …, code, id) indexes. */
  async list(actor: AuthUser, query: ListSchemesQueryDto): Promise<SchemePage> {
    if (!seesDrafts(actor) && query.status === 'draft') return { items: [], nextCursor: null };
    return this.page(bodyOf(actor), query, !seesDrafts(actor));
  }

  /** Published schemes of a body, for applicants and the public. */
  async listPublic(bodyId: string, query: ListSchemesQueryDto): Promise<SchemePage> {
    if (!(await this.db.getRepository(CertificationBody).existsBy({ id: bodyId }))) throw new NotFoundError('CertificationBody', bodyId);
    return this.page(bodyId, { ...query, status: 'published' }, true);
  }

  /** A published scheme with the tree of its version in force. */
  getPublic(bodyId: string, schemeId: string): Promise<{ scheme: Scheme; tree: VersionTree }> {
    return this.db.transaction('REPEATABLE READ', async (em) => {
      const scheme = await em.findOneBy(Scheme, { certificationBodyId: bodyId, id: schemeId, status: 'published' });
      if (!scheme?.currentVersionId) throw new NotFoundError('Scheme', schemeId);
      const version = await em.findOneByOrFail(SchemeVersion, { certificationBodyId: bodyId, id: scheme.currentVersionId });
      return { scheme, tree: await this.tree.load(em, version) };
    });
  }

  private async page(bodyId: string, q: ListSchemesQueryDto, hideDrafts: boolean): Promise<SchemePage> {
    const limit = q.limit ?? 20;
    const qb = this.db.getRepository(Scheme).createQueryBuilder('s').where('s.certification_body_id = :bodyId', { bodyId });
    if (q.type) qb.andWhere('s.type = :type', { type: q.type });
    if (q.status) qb.andWhere('s.status = :status', { status: q.status });
    else if (hideDrafts) qb.andWhere(`s.status <> 'draft'`);
    if (q.q) {
      qb.andWhere(`(s.code ILIKE :prefix OR s.title_id ILIKE :infix OR s.title_en ILIKE :infix)`, {
        prefix: `${likeEscape(q.q)}%`, infix: `%${likeEscape(q.q)}%`,
      });
    }
    if (q.cursor) {
      const [code, id] = decodeCursor(q.cursor);
      qb.andWhere('(s.code, s.id) > (:code, :id)', { code, id });
    }
    const rows = await qb.orderBy('s.code', 'ASC').addOrderBy('s.id', 'ASC').limit(limit + 1).getMany();
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]) : null };
  }
}
