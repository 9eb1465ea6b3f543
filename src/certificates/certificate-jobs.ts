import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { JobsService } from '../jobs/jobs.service.js';
import { CertificatesService } from './certificates.service.js';

export const REMINDERS_JOB = 'certificates.reminders';
export const RENDER_BATCH_JOB = 'certificates.render-batch';
/** Reminders are raised this many days before a surveillance, and before expiry (time to recertify). */
export const SURVEILLANCE_NOTICE_DAYS = 30;
export const EXPIRY_NOTICE_DAYS = 90;

export interface ReminderView {
  id: string;
  certificateId: string;
  kind: 'surveillance' | 'expiry';
  dueOn: string;
  certificateNumber: string;
  holderName: string;
  raisedAt: Date;
}

interface RenderBatchJob {
  certificationBodyId: string;
  actorUserId: string;
  certificateIds: string[];
}

/**
 * Background work on certificates: the nightly surveillance and expiry reminders
 * (idempotent: one row per certificate, kind and due date) and batch rendering of
 * a decision meeting's certificates on the PDF worker pool, off the request path.
 */
@Injectable()
export class CertificateJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly certificates: CertificatesService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: REMINDERS_JOB, cron: '0 6 * * *', handler: () => this.raiseReminders() });
    this.jobs.define<RenderBatchJob>({
      name: RENDER_BATCH_JOB,
      handler: async (d) => {
        const actor: AuthUser = { id: d.actorUserId, sessionId: '', bodyId: d.certificationBodyId, roles: ['admin'], permissions: new Set() };
        return { items: await this.certificates.renderBatch(actor, d.certificateIds) };
      },
    });
  }

  /** Queues the rendering of a decision meeting's certificates; the same set is queued once at a time. */
  async enqueueRenderBatch(actor: AuthUser, certificateIds: string[]): Promise<{ jobId: string | null }> {
    if (!actor.roles.includes('admin')) throw new ForbiddenError();
    const ids = [...new Set(certificateIds)].sort();
    const jobId = await this.jobs.enqueue(RENDER_BATCH_JOB, { certificationBodyId: actor.bodyId, actorUserId: actor.id, certificateIds: ids }, `${actor.bodyId}:${ids.join(',')}`);
    await this.db.transaction((em) => this.audit.record(em, {
      bodyId: actor.bodyId, actor, action: 'certificates.render_batch_queued', entityType: 'job', entityId: jobId ?? 'already-queued', payload: { certificateIds: ids },
    }));
    return { jobId };
  }

  /** The body's reminders, newest due date first (staff only). */
  async listReminders(actor: AuthUser, limit: number): Promise<ReminderView[]> {
    if (!actor.roles.some((r) => r === 'admin' || r === 'auditor' || r === 'decision_maker')) throw new ForbiddenError();
    const rows: Array<Record<string, string | Date>> = await this.db.query(
      `SELECT r.id, r.certificate_id, r.kind, r.due_on::text AS due_on, r.created_at, c.certificate_number, c.holder_name
         FROM certificate_reminders r
         JOIN certificates c ON c.certification_body_id = r.certification_body_id AND c.id = r.certificate_id
        WHERE r.certification_body_id = $1
        ORDER BY r.due_on, r.id LIMIT $2`,
      [actor.bodyId, limit],
    );
    return rows.map((r) => ({
      id: String(r.id), certificateId: String(r.certificate_id), kind: r.kind as ReminderView['kind'], dueOn: String(r.due_on),
      certificateNumber: String(r.certificate_number), holderName: String(r.holder_name), raisedAt: r.created_at as Date,
    }));
  }

  /** Set-based: every live certificate of every body with a surveillance or expiry inside its notice period. */
  async raiseReminders(): Promise<{ created: number }> {
    return this.db.transaction(async (em) => {
      const rows: Array<{ certification_body_id: string; id: string }> = await em.query(
        `INSERT INTO certificate_reminders (certification_body_id, certificate_id, kind, due_on)
         SELECT c.certification_body_id, c.id, 'surveillance', c.next_surveillance_on FROM certificates c
          WHERE c.status = 'active' AND c.next_surveillance_on <= current_date + $1::int AND c.expires_on >= current_date
         UNION ALL
         SELECT c.certification_body_id, c.id, 'expiry', c.expires_on FROM certificates c
          WHERE c.status = 'active' AND c.expires_on BETWEEN current_date AND current_date + $2::int
         ON CONFLICT ON CONSTRAINT uq_certificate_reminders_due DO NOTHING
         RETURNING certification_body_id, id`,
        [SURVEILLANCE_NOTICE_DAYS, EXPIRY_NOTICE_DAYS],
      );
      const perBody = new Map<string, number>();
      for (const r of rows) perBody.set(r.certification_body_id, (perBody.get(r.certification_body_id) ?? 0) + 1);
      for (const [bodyId, count] of perBody) {
        await this.audit.record(em, { bodyId, actor: null, action: 'certificates.reminders_raised', entityType: 'certificate_reminders', entityId: bodyId, payload: { count } });
      }
      return { created: rows.length };
    });
  }
}
