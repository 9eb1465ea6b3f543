import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppealsService } from '../appeals/appeals.service.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { AssessmentPlansService } from '../assessment-plans/assessment-plans.service.js';
import { AssessmentsService } from '../assessments/assessments.service.js';
import { AuditEntriesService } from '../audit/audit-entries.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CertificatesService } from '../certificates/certificates.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ConsentsService } from '../consents/consents.service.js';
import { CoverageService } from '../coverage/coverage.service.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { EthicsService } from '../ethics/ethics.service.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { FeedbackService } from '../feedback/feedback.service.js';
import { IssuedDocumentsService } from '../issued-documents/issued-documents.service.js';
import { JudgementsService } from '../judgements/judgements.service.js';
import { RecommendationsService } from '../recommendations/recommendations.service.js';
import { SelfAssessmentsService } from '../self-assessments/self-assessments.service.js';
import { QualityReviewsService } from '../quality-reviews/quality-reviews.service.js';
import type { Dossier } from './dossier.js';

/** Sections that may not exist yet (an assessment still in progress) read as null. */
async function optional<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof DomainError && e.code.endsWith('.NOT_FOUND')) return null;
    throw e;
  }
}

/** Entity types whose audit entries belong in a dossier. */
export const DOSSIER_ENTITY_TYPES = [
  'application', 'self_assessment', 'self_assessment_review', 'assessment', 'certification_decision', 'certificate', 'appeal', 'issued_document', 'portfolio_item',
];

/**
 * The complete record of one assessment, assembled from each module's own
 * read (its visibility rules apply: admins and auditors see the body's records).
 * A fixed number of set-based queries, whatever the size of the record.
 */
@Injectable()
export class DossierService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly assessments: AssessmentsService,
    private readonly applications: ApplicationsService,
    private readonly selfAssessments: SelfAssessmentsService,
    private readonly ethics: EthicsService,
    private readonly plans: AssessmentPlansService,
    private readonly consents: ConsentsService,
    private readonly judgements: JudgementsService,
    private readonly coverage: CoverageService,
    private readonly recommendations: RecommendationsService,
    private readonly feedback: FeedbackService,
    private readonly decisions: DecisionsService,
    private readonly certificates: CertificatesService,
    private readonly appeals: AppealsService,
    private readonly documents: IssuedDocumentsService,
    private readonly evidence: EvidenceService,
    private readonly auditEntries: AuditEntriesService,
    private readonly qualityReviews: QualityReviewsService,
  ) {}

  async assemble(actor: AuthUser, assessmentId: string): Promise<Dossier> {
    const assessment = await this.assessments.get(actor, assessmentId);
    const { applicationId, certificationBodyId: bodyId } = assessment.assessment;
    const em = this.db.manager;
    const [application, selfAssessment, ethics, plans, consent, evidenceRecords, coverage, recommendation, feedback, decisionRow] = await Promise.all([
      this.applications.get(actor, applicationId),
      optional(this.selfAssessments.get(actor, applicationId)),
      this.ethics.status(actor, assessmentId),
      this.plans.list(actor, assessmentId),
      this.consents.view(actor, assessmentId),
      this.judgements.history(actor, assessmentId),
      this.coverage.report(actor, assessmentId),
      optional(this.recommendations.read(actor, assessmentId)),
      optional(this.feedback.read(actor, assessmentId)),
      this.decisions.findForAssessment(em, bodyId, assessmentId),
    ]);
    const decision = decisionRow ? await this.decisions.get(actor, decisionRow.id) : null;
    const [certificate, appeals, qualityReviews] = await Promise.all([
      decision?.certificate ? this.certificates.get(actor, decision.certificate.id) : null,
      this.appeals.detailsForDecisions(em, bodyId, decision ? [decision.decision.id] : []),
      this.qualityReviews.ofAssessment(bodyId, assessmentId),
    ]);
    const subjectIds = [assessmentId, decision?.decision.id, certificate?.certificate.id].filter((id): id is string => !!id);
    const itemIds = [
      ...application.application.requirementEvidence.flatMap((r) => r.portfolioItemIds),
      ...(selfAssessment?.answers.flatMap((a) => a.portfolioItemIds) ?? []),
      ...evidenceRecords.flatMap((r) => (r.record.portfolioItemId ? [r.record.portfolioItemId] : [])),
    ];
    const [documents, portfolioItems] = await Promise.all([
      this.documents.listForSubjects(em, bodyId, subjectIds),
      this.evidence.findItems(em, bodyId, itemIds),
    ]);
    const entityIds = [
      applicationId, assessmentId, ...subjectIds, ...(selfAssessment ? [selfAssessment.selfAssessment.id, ...selfAssessment.reviews.map((r) => r.id)] : []),
      ...appeals.map((a) => a.appeal.id), ...documents.map((d) => d.id), ...portfolioItems.map((i) => i.id),
    ];
    const auditEntries = await this.auditEntries.forEntities(em, bodyId, DOSSIER_ENTITY_TYPES, entityIds);
    return {
      generatedAt: new Date(), assessment, application, selfAssessment, ethics, plans, consent, evidenceRecords, portfolioItems, coverage,
      recommendation, feedback, decision, certificate, appeals, qualityReviews, documents, auditEntries,
    };
  }
}
