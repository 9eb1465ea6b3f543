import { ApiProperty } from '@nestjs/swagger';
import { QualityReviewResponseDto, toQualityReviewResponse } from '../../quality-reviews/dto/quality-review.dto.js';
import { AppealDetailResponseDto, toAppealDetailResponse } from '../../appeals/dto/appeal-response.dto.js';
import { ApplicationDetailResponseDto, toApplicationDetailResponse } from '../../applications/dto/application-response.dto.js';
import { AssessmentPlanResponseDto, toAssessmentPlanResponse } from '../../assessment-plans/dto/assessment-plan.dto.js';
import { AssessmentDetailResponseDto, toAssessmentDetailResponse } from '../../assessments/dto/assessment-response.dto.js';
import { AuditEntryResponseDto, toAuditEntryResponse } from '../../audit/dto/audit-entry.dto.js';
import { CertificateDetailResponseDto, toCertificateDetailResponse } from '../../certificates/dto/certificate-response.dto.js';
import { ConsentResponseDto, toConsentResponse } from '../../consents/dto/consent.dto.js';
import { CoverageResponseDto, toCoverageResponse } from '../../coverage/dto/coverage.dto.js';
import { DecisionResponseDto, toDecisionResponse } from '../../decisions/dto/decision-response.dto.js';
import { EthicsStatusResponseDto, toEthicsStatusResponse } from '../../ethics/dto/ethics.dto.js';
import { PortfolioItemResponseDto, toPortfolioItemResponse } from '../../evidence/dto/portfolio-item.dto.js';
import { FeedbackResponseDto, toFeedbackResponse } from '../../feedback/dto/feedback.dto.js';
import { IssuedDocumentResponseDto, toIssuedDocumentResponse } from '../../issued-documents/dto/issued-document-response.dto.js';
import { EvidenceRecordResponseDto, toHistoryResponse } from '../../judgements/dto/judgement.dto.js';
import { RecommendationResponseDto, toRecommendationResponse } from '../../recommendations/dto/recommendation.dto.js';
import { SelfAssessmentResponseDto, toSelfAssessmentResponse } from '../../self-assessments/dto/self-assessment.dto.js';
import type { Dossier } from '../dossier.js';

export class PanelMemberResponseDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'uuid' }) appointedByUserId: string;
  @ApiProperty({ description: 'False once a later appointment replaced the panel' }) active: boolean;
  @ApiProperty() appointedAt: Date;
}

export class DossierAppealDto extends AppealDetailResponseDto {
  @ApiProperty({ type: [PanelMemberResponseDto], description: 'Every appointment, active or replaced' }) panel: PanelMemberResponseDto[];
}

export class DossierResponseDto {
  @ApiProperty() generatedAt: Date;
  @ApiProperty({ type: AssessmentDetailResponseDto, description: 'With the whole team (inactive assignments too) and its history' })
  assessment: AssessmentDetailResponseDto;
  @ApiProperty({ type: ApplicationDetailResponseDto, description: 'FR.APL.01 with its requirement checks and events' }) application: ApplicationDetailResponseDto;
  @ApiProperty({ type: SelfAssessmentResponseDto, nullable: true, description: 'FR.APL.02 with reviews' }) selfAssessment: SelfAssessmentResponseDto | null;
  @ApiProperty({ type: EthicsStatusResponseDto, description: 'Ethics affirmations and impartiality declarations' }) ethics: EthicsStatusResponseDto;
  @ApiProperty({ type: [AssessmentPlanResponseDto], description: 'FR.MAPA.01 versions, oldest first' }) plans: AssessmentPlanResponseDto[];
  @ApiProperty({ type: ConsentResponseDto, description: 'FR.AK.01' }) consent: ConsentResponseDto;
  @ApiProperty({ type: [EvidenceRecordResponseDto], description: 'Every judgement with supersedes / supersededBy' }) evidenceRecords: EvidenceRecordResponseDto[];
  @ApiProperty({ type: [PortfolioItemResponseDto], description: 'Portfolio items named by the record, with SHA-256' }) portfolioItems: PortfolioItemResponseDto[];
  @ApiProperty({ type: CoverageResponseDto }) coverage: CoverageResponseDto;
  @ApiProperty({ type: RecommendationResponseDto, nullable: true, description: 'FR.AK.02 per unit' }) recommendation: RecommendationResponseDto | null;
  @ApiProperty({ type: FeedbackResponseDto, nullable: true, description: 'FR.AK.03' }) feedback: FeedbackResponseDto | null;
  @ApiProperty({ type: DecisionResponseDto, nullable: true }) decision: DecisionResponseDto | null;
  @ApiProperty({ type: CertificateDetailResponseDto, nullable: true, description: 'With its status history' }) certificate: CertificateDetailResponseDto | null;
  @ApiProperty({ type: [DossierAppealDto], description: 'FR.AK.04 with panel and events' }) appeals: DossierAppealDto[];
  @ApiProperty({ type: [QualityReviewResponseDto], description: 'FR.AK.06 reviews, corrections included, oldest first' }) qualityReviews: QualityReviewResponseDto[];
  @ApiProperty({ type: [IssuedDocumentResponseDto], description: 'Issued PDFs (kind, SHA-256)' }) documents: IssuedDocumentResponseDto[];
  @ApiProperty({ type: [AuditEntryResponseDto], description: 'Audit entries about these records, in chain order' }) auditEntries: AuditEntryResponseDto[];
}

export function toDossierResponse(d: Dossier): DossierResponseDto {
  return {
    generatedAt: d.generatedAt,
    assessment: toAssessmentDetailResponse(d.assessment),
    application: toApplicationDetailResponse(d.application),
    selfAssessment: d.selfAssessment && toSelfAssessmentResponse(d.selfAssessment),
    ethics: toEthicsStatusResponse(d.ethics),
    plans: d.plans.map(toAssessmentPlanResponse),
    consent: toConsentResponse(d.consent),
    evidenceRecords: toHistoryResponse(d.evidenceRecords),
    portfolioItems: d.portfolioItems.map(toPortfolioItemResponse),
    coverage: toCoverageResponse(d.coverage),
    recommendation: d.recommendation && toRecommendationResponse(d.recommendation),
    feedback: d.feedback && toFeedbackResponse(d.feedback),
    decision: d.decision && toDecisionResponse(d.decision.decision),
    certificate: d.certificate && toCertificateDetailResponse(d.certificate),
    appeals: d.appeals.map((a) => ({
      ...toAppealDetailResponse({ ...a, panel: a.panel.filter((p) => p.active) }),
      panel: a.panel.map((p) => ({ userId: p.userId, appointedByUserId: p.appointedByUserId, active: p.active, appointedAt: p.createdAt })),
    })),
    qualityReviews: d.qualityReviews.map(toQualityReviewResponse),
    documents: d.documents.map(toIssuedDocumentResponse),
    auditEntries: d.auditEntries.map(toAuditEntryResponse),
  };
}
