import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AssessmentWorkflowService } from '../assessments/assessment-workflow.service.js';
import { Assessment } from '../assessments/assessment.entity.js';
import type { ReassessmentInput } from '../assessments/dto/assessment.dto.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, hasRole } from '../auth/auth-user.js';
import type { Certificate } from '../certificates/certificate.entity.js';
import { CertificatesService } from '../certificates/certificates.service.js';
import { buildAssessmentRecordModel, buildDecisionLetterModel } from '../issued-documents/document-builders.js';
import type { IssuedDocument } from '../issued-documents/issued-document.entity.js';
import { IssuedDocumentsService } from '../issued-documents/issued-documents.service.js';
import { DeclaredRelationship } from '../relationships/declared-relationship.entity.js';
import { User } from '../users/user.entity.js';
import { CertificationDecision } from './certification-decision.entity.js';
import { type DecisionContext, loadDecisionContext } from './decision-context.js';
import { decisionRefusals } from './decision-impartiality.js';
import {
  AssessmentNotRecommendedError, DecisionMakerNotImpartialError, DecisionNotFoundError, DecisionUnitsInvalidError, ReassessmentNotAllowedError,
} from './decisions.errors.js';
import type { DecideDto } from './dto/decision.dto.js';

export interface DecisionDetail { decision: CertificationDecision; certificate: Certificate | null; documents: IssuedDocument[] }

export const seesAllDecisions = (a: AuthUser) => hasRole(a, 'admin') || hasRole(a, 'auditor') || hasRole(a, 'decision_maker');
const bodyOf = (a: AuthUser) => a.bodyId ?? '';

/** The lead assessor whose FR.AK.02 recommendation is decided. */
const leadAssessorOf = (ctx: DecisionContext): string =>
  ctx.recommendation?.signedByUserId ?? ctx.team.find((m) => m.row.active && m.row.role === 'lead')!.row.assessorUserId;

/** The certification decision: impartiality, the immutable record, assessment → decided, documents and (K) the certificate. */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly workflow: AssessmentWorkflowService,
    private readonly certificates: CertificatesService,
    private readonly documents: IssuedDocumentsService,
  ) {}

  /** Decides K or BK. The assessment row lock serialises concurrent deciders: the second gets DECISION.NOT_RECOMMENDED. */
  decide(actor: AuthUser, assessmentId: string, dto: DecideDto): Promise<DecisionDetail> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const assessment = await this.workflow.lockForUpdate(em, bodyId, assessmentId);
      if (assessment.status !== 'recommended') throw new AssessmentNotRecommendedError(assessment.status);
      const ctx = await loadDecisionContext(em, assessment);
      await this.assertImpartial(em, actor, assessment, ctx);
      const bkUnitIds = this.bkUnits(dto, ctx);
      const decision = await em.save(CertificationDecision, em.create(CertificationDecision, {
        certificationBodyId: bodyId, assessmentId, applicationId: assessment.applicationId, candidateUserId: assessment.candidateUserId,
        schemeId: assessment.schemeId, schemeCode: assessment.schemeCode, tukName: assessment.tukName, assessorUserId: leadAssessorOf(ctx),
        applicationSubmittedAt: ctx.application.submittedAt,
        outcome: dto.outcome, notes: dto.notes ?? '', bkUnitIds, followUp: dto.followUp ?? ctx.recommendation?.followUp ?? '',
        decidedByUserId: actor.id, decidedAt: new Date(), reassessmentGrantedByAppealId: null,
      }));
      await this.audit.record(em, {
        bodyId, actor, action: 'decision.made', entityType: 'certification_decision', entityId: decision.id,
        payload: { assessmentId, outcome: dto.outcome, notes: decision.notes, bkUnitIds, followUp: decision.followUp },
      });
      await this.workflow.decideIn(em, actor, assessmentId, `Decision ${dto.outcome}`);
      const deciderName = (await em.findOneByOrFail(User, { id: actor.id })).fullName;
      await this.issueDocuments(em, assessment, decision, ctx, deciderName);
      if (dto.outcome === 'K') {
        const numbers = dto.certificateNumber ? { certificateNumber: dto.certificateNumber, registrationNumber: dto.registrationNumber ?? dto.certificateNumber } : undefined;
        await this.certificates.issue(em, actor, {
          decision, application: ctx.application, body: ctx.body, scheme: ctx.scheme, version: ctx.version, decisionMakerName: deciderName, numbers,
          units: ctx.units.map((u) => ({ code: u.code, titleId: u.titleId, titleEn: u.titleEn })),
        });
      }
      return this.detail(em, decision);
    });
  }

  async get(actor: AuthUser, id: string): Promise<DecisionDetail> {
    const decision = await this.db.getRepository(CertificationDecision).findOneBy({ certificationBodyId: bodyOf(actor), id });
    if (!decision || (!seesAllDecisions(actor) && decision.candidateUserId !== actor.id)) throw new DecisionNotFoundError(id);
    return this.detail(this.db.manager, decision);
  }

  /** For the appeals module: the decision of the body, or null. */
  find(em: EntityManager, bodyId: string, id: string, lock = false): Promise<CertificationDecision | null> {
    return em.findOne(CertificationDecision, { where: { certificationBodyId: bodyId, id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** For the dossier: the decision on an assessment (one per assessment), or null. */
  findForAssessment(em: EntityManager, bodyId: string, assessmentId: string): Promise<CertificationDecision | null> {
    return em.findOneBy(CertificationDecision, { certificationBodyId: bodyId, assessmentId });
  }

  /** For the appeals module: records that an appeal panel granted a reassessment by assessors who had no part so far. */
  async grantReassessment(em: EntityManager, decision: CertificationDecision, appealId: string): Promise<void> {
    await em.update(CertificationDecision, { certificationBodyId: decision.certificationBodyId, id: decision.id }, { reassessmentGrantedByAppealId: appealId });
  }

  /** Schedules attempt + 1 after a BK decision (the BK units) or a granted appeal (any earlier assessor refused). */
  async scheduleReassessment(actor: AuthUser, decisionId: string, dto: ReassessmentInput): Promise<Assessment> {
    const bodyId = bodyOf(actor);
    const decision = await this.find(this.db.manager, bodyId, decisionId);
    if (!decision) throw new DecisionNotFoundError(decisionId);
    const previousAssessors: string[] = decision.reassessmentGrantedByAppealId
      ? (await this.db.query(
        `SELECT DISTINCT aa.assessor_user_id AS id FROM assessment_assessors aa JOIN assessments a
           ON a.certification_body_id = aa.certification_body_id AND a.id = aa.assessment_id
         WHERE aa.certification_body_id = $1 AND a.application_id = $2`, [bodyId, decision.applicationId]) as Array<{ id: string }>).map((r) => r.id)
      : [];
    const unitIds = dto.unitIds ?? (decision.outcome === 'BK' ? decision.bkUnitIds : undefined);
    return this.workflow.createReassessment(actor, decision.assessmentId, { ...dto, unitIds }, previousAssessors, async (em) => {
      const current = (await this.find(em, bodyId, decisionId))!;
      if (current.outcome !== 'BK' && !current.reassessmentGrantedByAppealId) throw new ReassessmentNotAllowedError();
    });
  }

  private async assertImpartial(em: EntityManager, actor: AuthUser, assessment: Assessment, ctx: DecisionContext): Promise<void> {
    const reasons = decisionRefusals({
      deciderUserId: actor.id, candidateUserId: assessment.candidateUserId, schemeCode: assessment.schemeCode,
      assessorUserIds: ctx.team.map((t) => t.row.assessorUserId),
      relationships: await em.findBy(DeclaredRelationship, { certificationBodyId: assessment.certificationBodyId, assessorUserId: actor.id }),
    });
    if (reasons.length) throw new DecisionMakerNotImpartialError(reasons);
  }

  private bkUnits(dto: DecideDto, ctx: DecisionContext): string[] {
    if (dto.outcome === 'K') {
      if (dto.bkUnitIds?.length) throw new DecisionUnitsInvalidError('A K decision has no BK units');
      return [];
    }
    const ids = dto.bkUnitIds ?? ctx.unitRecommendations.filter((u) => u.outcome === 'BK').map((u) => u.unitId);
    const unknown = ids.filter((id) => !ctx.units.some((u) => u.id === id));
    if (unknown.length) throw new DecisionUnitsInvalidError(`Not units of this scheme version: ${unknown.join(', ')}`);
    if (!ids.length) throw new DecisionUnitsInvalidError('A BK decision names at least one BK unit');
    return ids;
  }

  private async issueDocuments(em: EntityManager, a: Assessment, d: CertificationDecision, ctx: DecisionContext, deciderName: string): Promise<void> {
    const scheme = { code: ctx.scheme.code, titleId: ctx.scheme.titleId, titleEn: ctx.scheme.titleEn };
    const body = ctx.body;
    const holder = { bodyId: a.certificationBodyId, holderUserId: a.candidateUserId };
    await this.documents.issue(em, {
      ...holder, subjectType: 'decision', subjectId: d.id,
      job: {
        kind: 'decision-letter',
        model: buildDecisionLetterModel({
          body, decisionId: d.id, decidedAt: d.decidedAt, outcome: d.outcome, notes: d.notes, candidateName: ctx.application.applicant.fullName,
          candidateRegistrationNumber: '', scheme, decisionMakerName: deciderName,
          units: ctx.units.map((u) => ({ code: u.code, titleId: u.titleId, titleEn: u.titleEn, verdict: d.bkUnitIds.includes(u.id) ? 'BK' as const : 'K' as const })),
        }),
      },
    });
    if (!ctx.recommendation) return;
    await this.documents.issue(em, {
      ...holder, subjectType: 'assessment', subjectId: a.id,
      job: {
        kind: 'assessment-record',
        model: buildAssessmentRecordModel({
          body, scheme, candidateName: ctx.application.applicant.fullName, tukName: a.tukName, scheduledAt: a.scheduledAt,
          signedAt: ctx.recommendation.signedAt, overall: ctx.recommendation.overall, followUp: ctx.recommendation.followUp,
          assessors: ctx.team.filter((t) => t.row.active).map((t) => ({ name: t.name, registrationNumber: t.registrationNumber, role: t.row.role })),
          units: ctx.units.flatMap((u) => {
            const r = ctx.unitRecommendations.find((x) => x.unitId === u.id);
            return r ? [{ code: u.code, titleId: u.titleId, titleEn: u.titleEn, evidenceMethods: r.evidenceMethods, verdict: r.outcome }] : [];
          }),
        }),
      },
    });
  }

  private async detail(em: EntityManager, decision: CertificationDecision): Promise<DecisionDetail> {
    const bodyId = decision.certificationBodyId;
    const certificate = await this.certificates.findForDecision(em, bodyId, decision.id);
    const documents = await this.documents.listForSubjects(em, bodyId, [decision.id, decision.assessmentId, ...(certificate ? [certificate.id] : [])]);
    return { decision, certificate, documents };
  }
}
