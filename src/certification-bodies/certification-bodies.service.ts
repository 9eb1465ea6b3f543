import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { CertificationBody } from './certification-body.entity.js';
import type { CreateCertificationBodyDto, UpdateCertificationBodyDto } from './dto/certification-body.dto.js';
import { seedCodeOfEthics } from '../ethics/code-of-ethics.seed.js';

@Injectable()
export class CertificationBodiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Platform administrators create bodies; the creation opens the body's audit chain. */
  create(actor: AuthUser, dto: CreateCertificationBodyDto): Promise<CertificationBody> {
    return this.db.transaction(async (em) => {
      const body = await em.save(CertificationBody, em.create(CertificationBody, { ...dto }));
      await seedCodeOfEthics(em, body.id);
      await this.audit.record(em, {
        bodyId: body.id, actor, action: 'certification_body.created', entityType: 'certification_body', entityId: body.id, payload: dto,
      });
      return body;
    });
  }

  listAll(): Promise<CertificationBody[]> {
    return this.db.getRepository(CertificationBody).find({ order: { code: 'ASC' } });
  }

  /** The caller's own body. Any other id answers 404, so ids do not leak across tenants. */
  async getOwn(actor: AuthUser, id: string): Promise<CertificationBody> {
    if (actor.bodyId !== id) throw new NotFoundError('CertificationBody', id);
    const body = await this.db.getRepository(CertificationBody).findOneBy({ id });
    if (!body) throw new NotFoundError('CertificationBody', id);
    return body;
  }

  async getById(id: string): Promise<CertificationBody> {
    const body = await this.db.getRepository(CertificationBody).findOneBy({ id });
    if (!body) throw new NotFoundError('CertificationBody', id);
    return body;
  }

  async update(actor: AuthUser, id: string, dto: UpdateCertificationBodyDto): Promise<CertificationBody> {
    await this.getOwn(actor, id);
    return this.db.transaction(async (em) => {
      const body = await em.findOneOrFail(CertificationBody, { where: { id }, lock: { mode: 'pessimistic_write' } });
      em.merge(CertificationBody, body, dto);
      const saved = await em.save(body);
      await this.audit.record(em, {
        bodyId: id, actor, action: 'certification_body.updated', entityType: 'certification_body', entityId: id, payload: dto,
      });
      return saved;
    });
  }
}
