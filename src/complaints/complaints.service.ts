import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { nextComplaintStatus } from './complaint-state.js';
import { Complaint } from './complaint.entity.js';
import type { ComplaintTransitionDto, FileComplaintDto, ListComplaintsQueryDto } from './dto/complaint.dto.js';

export interface ComplaintDetail { complaint: Complaint; events: ComplaintEvent[] }

export class ComplaintNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Complaint', id);
  }
}

export class IllegalComplaintTransitionError extends DomainError {
  constructor(action: string, status: string) {
    super('COMPLAINT.ILLEGAL_TRANSITION', `A complaint that is ${status} does not allow "${action}"`, { action, currentStatus: status });
  }
}

export class ComplaintOutcomeMissingError extends DomainError {
  constructor() {
    super('COMPLAINT.OUTCOME_INVALID', 'Resolving a complaint records its outcome');
  }
}

/** The complaints register: filing (signed in or public), triage, investigation, outcome and corrective action. */
@Injectable()
export class ComplaintsService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly audit: AuditService) {}

  /** Files a complaint with the caller's body (signed in) or the named body (public, actor null). */
  file(actor: AuthUser | null, bodyId: string | null, dto: FileComplaintDto): Promise<ComplaintDetail> {
    return this.db.transaction(async (em) => {
      if (!bodyId || !(await em.existsBy(CertificationBody, { id: bodyId }))) throw new NotFoundError('Certification_body', bodyId ?? undefined);
      const complaint = await em.save(Complaint, em.create(Complaint, {
        certificationBodyId: bodyId, subjectType: dto.subjectType, subjectReference: dto.subjectReference ?? '', description: dto.description,
        contactName: dto.contactName, contactEmail: dto.contactEmail, contactPhone: dto.contactPhone ?? '',
        channel: actor ? 'signed_in' : 'public', filedByUserId: actor?.id ?? null, status: 'received',
      }));
      await em.insert(ComplaintEvent, { certificationBodyId: bodyId, complaintId: complaint.id, action: 'file', fromStatus: null, toStatus: 'received', actorUserId: actor?.id ?? null });
      await this.audit.record(em, {
        bodyId, actor, action: 'complaint.received', entityType: 'complaint', entityId: complaint.id,
        payload: { subjectType: dto.subjectType, subjectReference: dto.subjectReference ?? '', channel: complaint.channel },
      });
      return this.detail(em, complaint);
    });
  }

  transition(actor: AuthUser, id: string, dto: ComplaintTransitionDto): Promise<ComplaintDetail> {
    const bodyId = actor.bodyId ?? '';
    return this.db.transaction(async (em) => {
      const complaint = await em.findOne(Complaint, { where: { certificationBodyId: bodyId, id }, lock: { mode: 'pessimistic_write' } });
      if (!complaint) throw new ComplaintNotFoundError(id);
      const from = complaint.status;
      const to = nextComplaintStatus(dto.action, from);
      if (!to) throw new IllegalComplaintTransitionError(dto.action, from);
      if (dto.action === 'resolve') {
        if (!dto.outcome) throw new ComplaintOutcomeMissingError();
        complaint.outcome = dto.outcome;
        complaint.correctiveAction = dto.correctiveAction ?? '';
      }
      complaint.status = to;
      await em.save(complaint);
      await em.insert(ComplaintEvent, { certificationBodyId: bodyId, complaintId: id, action: dto.action, fromStatus: from, toStatus: to, actorUserId: actor.id, notes: dto.notes ?? '' });
      await this.audit.record(em, { bodyId, actor, action: `complaint.${to}`, entityType: 'complaint', entityId: id, payload: { from, to, ...dto } });
      return this.detail(em, complaint);
    });
  }

  async get(actor: AuthUser, id: string): Promise<ComplaintDetail> {
    const complaint = await this.db.getRepository(Complaint).findOneBy({ certificationBodyId: actor.bodyId ?? '', id });
    if (!complaint) throw new ComplaintNotFoundError(id);
    return this.detail(this.db.manager, complaint);
  }

  list(actor: AuthUser, q: ListComplaintsQueryDto): Promise<Complaint[]> {
    return this.db.getRepository(Complaint).find({
      where: { certificationBodyId: actor.bodyId ?? '', ...(q.status ? { status: q.status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' }, take: q.limit ?? 50,
    });
  }

  private async detail(em: EntityManager, complaint: Complaint): Promise<ComplaintDetail> {
    const events = await em.find(ComplaintEvent, { where: { certificationBodyId: complaint.certificationBodyId, complaintId: complaint.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { complaint, events };
  }
}
