import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity.js';
import { calendarDate } from '../assessments/assessor-assignment.service.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, hasRole } from '../auth/auth-user.js';
import type { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { decodeTimeCursor, encodeTimeCursor } from '../common/pagination/keyset-cursor.js';
import type { CertificationDecision } from '../decisions/certification-decision.entity.js';
import { buildCertificateModel } from '../issued-documents/document-builders.js';
import type { IssuedDocument } from '../issued-documents/issued-document.entity.js';
import { IssuedDocumentsService } from '../issued-documents/issued-documents.service.js';
import type { Scheme } from '../schemes/entities/scheme.entity.js';
import type { SchemeVersion } from '../schemes/entities/scheme-version.entity.js';
import { formatCertificateNumber, REGISTRATION_NUMBER_TEMPLATE } from './certificate-numbering.js';
import { type CertificateAction, addMonths, nextCertificateStatus, surveillanceDates } from './certificate-status.js';
import { CertificateStatusChange } from './certificate-status-change.entity.js';
import { Certificate, type CertificateUnitSnapshot } from './certificate.entity.js';
import { CertificateNotFoundError, CertificateNumberTakenError, IllegalCertificateTransitionError } from './certificates.errors.js';

export interface IssueCertificateInput {
  decision: CertificationDecision;
  application: Application;
  body: CertificationBody;
  scheme: Scheme;
  version: SchemeVersion;
  units: CertificateUnitSnapshot[];
  decisionMakerName: string;
  /** Numbers issued by BNSP; generated from the body's template when absent. */
  numbers?: { certificateNumber: string; registrationNumber: string };
}

export interface CertificateDetail { certificate: Certificate; history: CertificateStatusChange[]; documents: IssuedDocument[] }
export interface CertificatePage { items: Certificate[]; nextCursor: string | null }
export type CertificateListKind = 'surveillance' | 'expiry';

const seesAllCertificates = (a: AuthUser) => hasRole(a, 'admin') || hasRole(a, 'auditor') || hasRole(a, 'decision_maker');
/** The certificate's calendar day in WIB, like assessment dates. */
export const todayInJakarta = () => calendarDate(new Date());

@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly documents: IssuedDocumentsService,
  ) {}

  /** Issues the certificate of a K decision inside the decision's transaction, with its PDF. */
  async issue(em: EntityManager, actor: AuthUser, input: IssueCertificateInput): Promise<Certificate> {
    const { decision, application, body, scheme, version } = input;
    const issuedOn = calendarDate(decision.decidedAt);
    const validityMonths = version.certificateValidityMonths || body.certificateValidityMonths;
    const expiresOn = addMonths(issuedOn, validityMonths);
    const numbers = input.numbers ?? await this.allocateNumbers(em, body, scheme.code, Number(issuedOn.slice(0, 4)));
    if (await em.existsBy(Certificate, { certificationBodyId: body.id, certificateNumber: numbers.certificateNumber })) {
      throw new CertificateNumberTakenError(numbers.certificateNumber);
    }
    const renewed = application.renewsCertificateNumber
      ? await em.findOneBy(Certificate, { certificationBodyId: body.id, certificateNumber: application.renewsCertificateNumber })
      : null;
    const due = surveillanceDates(issuedOn, expiresOn, version.surveillanceIntervalMonths);
    const certificate = await em.save(Certificate, em.create(Certificate, {
      certificationBodyId: body.id, decisionId: decision.id, assessmentId: decision.assessmentId, applicationId: application.id,
      ...numbers, holderUserId: application.candidateUserId, holderName: application.applicant.fullName,
      holderNationalId: application.applicant.nationalId, schemeId: scheme.id, schemeVersionId: version.id, schemeCode: scheme.code,
      schemeTitleId: scheme.titleId, schemeTitleEn: scheme.titleEn, units: input.units, issuedOn, expiresOn,
      surveillanceDueDates: due, nextSurveillanceOn: due[0] ?? null, status: 'active',
      verificationCode: randomBytes(20).toString('base64url'), renewsCertificateId: renewed?.id ?? null,
    }));
    await em.insert(CertificateStatusChange, {
      certificationBodyId: body.id, certificateId: certificate.id, action: 'issue', fromStatus: null, toStatus: 'active',
      reason: '', actorUserId: actor.id,
    });
    await this.documents.issue(em, {
      bodyId: body.id, subjectType: 'certificate', subjectId: certificate.id, holderUserId: certificate.holderUserId,
      job: {
        kind: 'certificate',
        model: buildCertificateModel({
          body: { ...body, verificationBaseUrl: body.verificationBaseUrl }, certificateNumber: certificate.certificateNumber,
          registrationNumber: certificate.registrationNumber, holderName: certificate.holderName,
          scheme: { code: scheme.code, titleId: scheme.titleId, titleEn: scheme.titleEn, sector: scheme.sector, kkniLevel: scheme.kkniLevel },
          units: input.units, issuedOn, expiresOn, validityMonths, signatoryName: input.decisionMakerName,
          verificationCode: certificate.verificationCode,
        }),
      },
    });
    await this.audit.record(em, {
      bodyId: body.id, actor, action: 'certificate.issued', entityType: 'certificate', entityId: certificate.id,
      payload: { decisionId: decision.id, certificateNumber: certificate.certificateNumber, registrationNumber: certificate.registrationNumber, issuedOn, expiresOn, renewsCertificateId: certificate.renewsCertificateId },
    });
    return certificate;
  }

  /**
   * Next sequence of the body's year: the upsert takes the counter row's lock until
   * the issuing transaction ends, so parallel issues get distinct, gap-free numbers.
   */
  private async allocateNumbers(em: EntityManager, body: CertificationBody, schemeCode: string, year: number) {
    const [{ last_value: seq }] = await em.query(
      `INSERT INTO certificate_number_counters (certification_body_id, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (certification_body_id, year) DO UPDATE SET last_value = certificate_number_counters.last_value + 1
       RETURNING last_value`, [body.id, year]) as Array<{ last_value: number }>;
    const values = { body: body.code, scheme: schemeCode, year, seq };
    return {
      certificateNumber: formatCertificateNumber(body.certificateNumberTemplate, values),
      registrationNumber: formatCertificateNumber(REGISTRATION_NUMBER_TEMPLATE, values),
    };
  }

  async get(actor: AuthUser, id: string): Promise<CertificateDetail> {
    const em = this.db.manager;
    const certificate = await em.findOneBy(Certificate, { certificationBodyId: actor.bodyId ?? '', id });
    if (!certificate || (!seesAllCertificates(actor) && certificate.holderUserId !== actor.id)) throw new CertificateNotFoundError(id);
    return this.detail(em, certificate);
  }

  /** Keyset list of the body's live certificates due for surveillance, or expiring, within `withinDays`. */
  async list(actor: AuthUser, q: { due: CertificateListKind; withinDays?: number; cursor?: string; limit?: number }): Promise<CertificatePage> {
    const limit = q.limit ?? 20;
    const column = q.due === 'surveillance' ? 'c.next_surveillance_on' : 'c.expires_on';
    const qb = this.db.getRepository(Certificate).createQueryBuilder('c')
      .where('c.certification_body_id = :bodyId', { bodyId: actor.bodyId })
      .andWhere(`c.status <> 'withdrawn'`)
      .andWhere(seesAllCertificates(actor) ? 'TRUE' : 'c.holder_user_id = :me', { me: actor.id })
      .andWhere(`${column} <= (:today)::date + (:days)::int`, { today: todayInJakarta(), days: q.withinDays ?? 30 });
    if (q.due === 'expiry') qb.andWhere('c.expires_on >= (:today)::date');
    if (q.cursor) {
      const [at, id] = decodeTimeCursor(q.cursor);
      qb.andWhere(`(${column}, c.id) > ((:at)::date, :id)`, { at: at.toISOString().slice(0, 10), id });
    }
    const rows = await qb.orderBy(column, 'ASC').addOrderBy('c.id', 'ASC').limit(limit + 1).getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const key = last && (q.due === 'surveillance' ? last.nextSurveillanceOn! : last.expiresOn);
    return { items, nextCursor: rows.length > limit ? encodeTimeCursor(new Date(`${key}T00:00:00Z`), last.id) : null };
  }

  changeStatus(actor: AuthUser, id: string, action: CertificateAction, reason: string): Promise<CertificateDetail> {
    const bodyId = actor.bodyId ?? '';
    return this.db.transaction(async (em) => {
      const c = await em.findOne(Certificate, { where: { certificationBodyId: bodyId, id }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw new CertificateNotFoundError(id);
      const from = c.status;
      const to = nextCertificateStatus(action, from);
      if (!to) throw new IllegalCertificateTransitionError(action, from);
      c.status = to;
      await em.save(c);
      await em.insert(CertificateStatusChange, { certificationBodyId: bodyId, certificateId: id, action, fromStatus: from, toStatus: to, reason, actorUserId: actor.id });
      await this.audit.record(em, { bodyId, actor, action: `certificate.${to}`, entityType: 'certificate', entityId: id, payload: { from, to, reason } });
      return this.detail(em, c);
    });
  }

  /** Re-renders certificates on the worker pool and reports, per certificate, whether it still hashes as issued. */
  async renderBatch(actor: AuthUser, certificateIds: string[]): Promise<Array<{ certificateId: string; documentId: string; size: number; matchesIssued: boolean }>> {
    const bodyId = actor.bodyId ?? '';
    const rendered = await this.documents.renderBatch(bodyId, certificateIds, 'certificate');
    const items = rendered.map((r) => ({ certificateId: r.doc.subjectId, documentId: r.doc.id, size: r.pdf.length, matchesIssued: r.sha256 === r.doc.sha256 }));
    await this.db.transaction((em) => this.audit.record(em, {
      bodyId, actor, action: 'certificates.batch_rendered', entityType: 'certificate_batch', entityId: randomUUID(),
      payload: { requested: certificateIds.length, rendered: items.length, mismatched: items.filter((i) => !i.matchesIssued).map((i) => i.certificateId) },
    }));
    return items;
  }

  findForDecision(em: EntityManager, bodyId: string, decisionId: string): Promise<Certificate | null> {
    return em.findOneBy(Certificate, { certificationBodyId: bodyId, decisionId });
  }

  private async detail(em: EntityManager, certificate: Certificate): Promise<CertificateDetail> {
    const [history, documents] = await Promise.all([
      em.find(CertificateStatusChange, { where: { certificationBodyId: certificate.certificationBodyId, certificateId: certificate.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.documents.listForSubjects(em, certificate.certificationBodyId, [certificate.id]),
    ]);
    return { certificate, history, documents };
  }
}
