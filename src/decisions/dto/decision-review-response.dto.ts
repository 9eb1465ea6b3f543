import { ApiProperty } from '@nestjs/swagger';
import { AssessmentResponseDto, toAssessmentResponse } from '../../assessments/dto/assessment-response.dto.js';
import { maskNationalId } from '../../certificates/certificate-status.js';
import type { DecisionReview } from '../decision-review.service.js';
import { DecisionResponseDto, toDecisionResponse } from './decision-response.dto.js';

export class DecisionReviewApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'certification' }) purpose: string;
  @ApiProperty({ example: 'accepted' }) status: string;
  @ApiProperty({ nullable: true, type: String, example: null }) renewsCertificateNumber: string | null;
  @ApiProperty({ example: 'Đặng Thị Hằng' }) candidateName: string;
  @ApiProperty({ nullable: true, type: String, example: '************0002' }) nationalId: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'PT Nusantara Digital' }) employer: string | null;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
}

export class ReviewSelfAssessmentAnswerDto {
  @ApiProperty({ format: 'uuid' }) elementId: string;
  @ApiProperty({ enum: ['K', 'BK'], example: 'K' }) claim: string;
  @ApiProperty({ type: [String], format: 'uuid' }) portfolioItemIds: string[];
}

export class DecisionReviewSelfAssessmentDto {
  @ApiProperty({ example: 'submitted' }) status: string;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ type: [ReviewSelfAssessmentAnswerDto] }) answers: ReviewSelfAssessmentAnswerDto[];
}

export class ReviewTeamMemberDto {
  @ApiProperty({ format: 'uuid' }) assessorUserId: string;
  @ApiProperty({ example: 'Rina Wulandari' }) name: string;
  @ApiProperty({ example: 'MET.000.004231 2019' }) registrationNumber: string;
  @ApiProperty({ enum: ['lead', 'member'], example: 'lead' }) role: string;
  @ApiProperty({ example: true }) active: boolean;
}

export class ReviewUnitDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ example: 'J.620100.004.02' }) code: string;
  @ApiProperty({ example: 'Menggunakan Struktur Data' }) titleId: string;
  @ApiProperty({ example: 'Using Data Structures' }) titleEn: string;
  @ApiProperty({ nullable: true, type: String, enum: ['K', 'BK'], example: 'K', description: 'The assessor’s recommendation for the unit' }) outcome: string | null;
  @ApiProperty({ type: [String], example: ['observation', 'portfolio'] }) evidenceMethods: string[];
  @ApiProperty({ example: '' }) followUp: string;
}

export class ReviewRecommendationDto {
  @ApiProperty({ enum: ['K', 'BK'], example: 'K' }) overall: string;
  @ApiProperty({ example: '' }) followUp: string;
  @ApiProperty({ example: 'Asesi menunjukkan kompetensi pada semua unit' }) comments: string;
  @ApiProperty({ format: 'uuid' }) signedByUserId: string;
  @ApiProperty() signedAt: Date;
}

export class ReviewImpartialityDto {
  @ApiProperty({ example: true }) mayDecide: boolean;
  @ApiProperty({ type: [String], example: [], description: 'SAME_PERSON, ASSESSOR_OF_ASSESSMENT, TRAINED_CANDIDATE' }) reasons: string[];
}

export class DecisionReviewResponseDto {
  @ApiProperty({ type: AssessmentResponseDto }) assessment: AssessmentResponseDto;
  @ApiProperty({ type: DecisionReviewApplicationDto }) application: DecisionReviewApplicationDto;
  @ApiProperty({ nullable: true, type: DecisionReviewSelfAssessmentDto }) selfAssessment: DecisionReviewSelfAssessmentDto | null;
  @ApiProperty({ type: [ReviewTeamMemberDto], description: 'Every assignment, active or not' }) team: ReviewTeamMemberDto[];
  @ApiProperty({ nullable: true, type: ReviewRecommendationDto }) recommendation: ReviewRecommendationDto | null;
  @ApiProperty({ type: [ReviewUnitDto] }) units: ReviewUnitDto[];
  @ApiProperty({ type: [Object], example: [{ action: 'recommend', toStatus: 'recommended' }] }) events: Array<{ action: string; fromStatus: string | null; toStatus: string; at: Date }>;
  @ApiProperty({ nullable: true, type: DecisionResponseDto }) decision: DecisionResponseDto | null;
  @ApiProperty({ type: ReviewImpartialityDto, description: 'Whether the caller may decide this assessment' }) impartiality: ReviewImpartialityDto;
}

export function toDecisionReviewResponse(r: DecisionReview): DecisionReviewResponseDto {
  const { context: c } = r;
  const app = c.application;
  return {
    assessment: toAssessmentResponse(r.assessment, c.team.filter((t) => t.row.active).map((t) => t.row)),
    application: {
      id: app.id, purpose: app.purpose, status: app.status, renewsCertificateNumber: app.renewsCertificateNumber, candidateName: app.applicant.fullName,
      nationalId: maskNationalId(app.applicant.nationalId), employer: app.applicant.employer, submittedAt: app.submittedAt,
    },
    selfAssessment: r.selfAssessment,
    team: c.team.map((t) => ({ assessorUserId: t.row.assessorUserId, name: t.name, registrationNumber: t.registrationNumber, role: t.row.role, active: t.row.active })),
    recommendation: c.recommendation && {
      overall: c.recommendation.overall, followUp: c.recommendation.followUp, comments: c.recommendation.comments,
      signedByUserId: c.recommendation.signedByUserId, signedAt: c.recommendation.signedAt,
    },
    units: c.units.map((u) => {
      const rec = c.unitRecommendations.find((x) => x.unitId === u.id);
      return { unitId: u.id, code: u.code, titleId: u.titleId, titleEn: u.titleEn, outcome: rec?.outcome ?? null, evidenceMethods: rec?.evidenceMethods ?? [], followUp: rec?.followUp ?? '' };
    }),
    events: r.events.map((e) => ({ action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, at: e.createdAt })),
    decision: r.decision && toDecisionResponse(r.decision),
    impartiality: { mayDecide: r.refusals.length === 0, reasons: r.refusals },
  };
}
