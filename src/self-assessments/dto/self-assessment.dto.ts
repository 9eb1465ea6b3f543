import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { SELF_CLAIMS, type SelfClaim, type SelfAssessmentAnswer } from '../self-assessment-answer.entity.js';
import type { SelfAssessmentReview } from '../self-assessment-review.entity.js';
import type { SelfAssessment } from '../self-assessment.entity.js';

export class SelfAnswerDto {
  @ApiProperty({ format: 'uuid', description: 'An element of a unit of the version applied for' })
  @IsUUID()
  readonly elementId: string;

  @ApiProperty({ enum: SELF_CLAIMS, example: 'K', description: 'K = kompeten, BK = belum kompeten' })
  @IsIn(SELF_CLAIMS)
  readonly claim: SelfClaim;

  @ApiProperty({ type: [String], format: 'uuid', example: [], description: 'Bukti yang relevan: own portfolio items' })
  @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  readonly portfolioItemIds: string[];
}

export class SaveSelfAssessmentDto {
  @ApiProperty({ type: [SelfAnswerDto], description: 'Answers to add or replace (other elements keep their answers)' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => SelfAnswerDto)
  readonly answers: SelfAnswerDto[];
}

export class ReviewSelfAssessmentDto {
  @ApiProperty({ example: true, description: 'Asesmen dapat dilanjutkan (true) / tidak dapat dilanjutkan (false)' })
  @IsBoolean()
  readonly canProceed: boolean;

  @ApiPropertyOptional({ example: 'Bukti portofolio memadai untuk dilanjutkan ke observasi' })
  @IsOptional() @IsString() @MaxLength(2000)
  readonly notes?: string;
}

export class SelfAnswerResponseDto {
  @ApiProperty({ format: 'uuid' }) elementId: string;
  @ApiProperty({ enum: SELF_CLAIMS, example: 'K' }) claim: string;
  @ApiProperty({ type: [String], format: 'uuid' }) portfolioItemIds: string[];
}

export class SelfAssessmentReviewResponseDto {
  @ApiProperty({ format: 'uuid' }) assessorUserId: string;
  @ApiProperty({ example: true }) canProceed: boolean;
  @ApiProperty({ example: '' }) notes: string;
  @ApiProperty() reviewedAt: Date;
}

export class SelfAssessmentResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) candidateUserId: string;
  @ApiProperty({ enum: ['draft', 'submitted'], example: 'draft' }) status: string;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ type: [SelfAnswerResponseDto] }) answers: SelfAnswerResponseDto[];
  @ApiProperty({ type: [SelfAssessmentReviewResponseDto], description: "Assessors' reviews, oldest first; separate from the answers" })
  reviews: SelfAssessmentReviewResponseDto[];
}

export interface SelfAssessmentView { selfAssessment: SelfAssessment; answers: SelfAssessmentAnswer[]; reviews: SelfAssessmentReview[] }

export function toSelfAssessmentResponse(v: SelfAssessmentView): SelfAssessmentResponseDto {
  const s = v.selfAssessment;
  return {
    id: s.id, applicationId: s.applicationId, candidateUserId: s.candidateUserId, status: s.status, submittedAt: s.submittedAt,
    answers: v.answers.map(({ elementId, claim, portfolioItemIds }) => ({ elementId, claim, portfolioItemIds })),
    reviews: v.reviews.map((r) => ({ assessorUserId: r.assessorUserId, canProceed: r.canProceed, notes: r.notes, reviewedAt: r.createdAt })),
  };
}
