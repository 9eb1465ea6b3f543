import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import type { ReviewWithSuccessor } from '../quality-reviews.service.js';
import {
  COMPETENCY_DIMENSIONS, type CompetencyDimension, REVIEW_PRINCIPLES, REVIEW_STAGES, type ReviewPrinciple, type ReviewStage,
} from '../review-form.js';

export class PrincipleCheckDto {
  @ApiProperty({ enum: REVIEW_STAGES, example: 'plan' }) @IsIn(REVIEW_STAGES) readonly stage: ReviewStage;
  @ApiProperty({ enum: REVIEW_PRINCIPLES, example: 'valid' }) @IsIn(REVIEW_PRINCIPLES) readonly principle: ReviewPrinciple;
  @ApiProperty({ example: true, description: 'The stage met the principle' }) @IsBoolean() readonly met: boolean;
  @ApiPropertyOptional({ example: '' }) @IsOptional() @IsString() @MaxLength(2000) readonly note?: string;
}

export class ConsistencyCheckDto {
  @ApiProperty({ enum: COMPETENCY_DIMENSIONS, example: 'task_skills' }) @IsIn(COMPETENCY_DIMENSIONS) readonly dimension: CompetencyDimension;
  @ApiProperty({ example: true, description: 'Decisions were consistent across assessments in this dimension' }) @IsBoolean() readonly consistent: boolean;
  @ApiPropertyOptional({ example: '' }) @IsOptional() @IsString() @MaxLength(2000) readonly note?: string;
}

/** The FR.AK.06 form: both tables, their recommendations, findings and a comment. */
export class QualityReviewContentDto {
  @ApiProperty({ type: [PrincipleCheckDto], description: 'Every stage × principle (5 × 4), each once' })
  @IsArray() @ArrayMaxSize(40) @ValidateNested({ each: true }) @Type(() => PrincipleCheckDto)
  readonly principles: PrincipleCheckDto[];

  @ApiPropertyOptional({ example: 'Perencanaan perlu mencantumkan penyesuaian wajar bagi asesi berkebutuhan khusus' })
  @IsOptional() @IsString() @MaxLength(4000)
  readonly improvementRecommendations?: string;

  @ApiProperty({ type: [ConsistencyCheckDto], description: 'The five dimensions of competency, each once' })
  @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => ConsistencyCheckDto)
  readonly consistency: ConsistencyCheckDto[];

  @ApiPropertyOptional({ example: '' }) @IsOptional() @IsString() @MaxLength(4000) readonly consistencyRecommendations?: string;
  @ApiPropertyOptional({ example: 'Bukti observasi unit 3 kurang memadai' }) @IsOptional() @IsString() @MaxLength(8000) readonly findings?: string;
  @ApiPropertyOptional({ example: '' }) @IsOptional() @IsString() @MaxLength(4000) readonly comments?: string;
}

export class RecordQualityReviewDto extends QualityReviewContentDto {
  @ApiProperty({ format: 'uuid', description: 'A decided assessment of the body' }) @IsUUID() readonly assessmentId: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The sample the assessment was drawn in' }) @IsOptional() @IsUUID() readonly sampleId?: string;
}

export class CorrectQualityReviewDto extends QualityReviewContentDto {
  @ApiProperty({ example: 'Catatan temuan unit 3 salah ketik' }) @IsString() @MinLength(3) @MaxLength(2000) readonly reason: string;
}

export class QualityReviewQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() readonly assessmentId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() readonly sampleId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() readonly reviewerUserId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only reviews not corrected since' })
  @IsOptional() @IsIn(['true', 'false'])
  readonly current?: 'true' | 'false';
}

class PrincipleCheckResponseDto extends OmitType(PrincipleCheckDto, ['note']) { @ApiProperty({ example: '' }) note: string }
class ConsistencyCheckResponseDto extends OmitType(ConsistencyCheckDto, ['note']) { @ApiProperty({ example: '' }) note: string }

export class QualityReviewResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) sampleId: string | null;
  @ApiProperty({ format: 'uuid' }) reviewerUserId: string;
  @ApiProperty({ type: [PrincipleCheckResponseDto] }) principles: PrincipleCheckResponseDto[];
  @ApiProperty({ example: '' }) improvementRecommendations: string;
  @ApiProperty({ type: [ConsistencyCheckResponseDto] }) consistency: ConsistencyCheckResponseDto[];
  @ApiProperty({ example: '' }) consistencyRecommendations: string;
  @ApiProperty({ example: '' }) findings: string;
  @ApiProperty({ example: '' }) comments: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) supersedes: string | null;
  @ApiProperty({ example: '' }) correctionReason: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The correction that replaced this review' }) supersededBy: string | null;
  @ApiProperty() createdAt: Date;
}

export class QualityReviewPageDto {
  @ApiProperty({ type: [QualityReviewResponseDto] }) items: QualityReviewResponseDto[];
  @ApiProperty({ example: 4 }) total: number;
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({ example: 20 }) pageSize: number;
}

export const toQualityReviewResponse = ({ review: r, supersededById }: ReviewWithSuccessor): QualityReviewResponseDto => ({
  id: r.id, assessmentId: r.assessmentId, sampleId: r.sampleId, reviewerUserId: r.reviewerUserId, principles: r.principles,
  improvementRecommendations: r.improvementRecommendations, consistency: r.consistency, consistencyRecommendations: r.consistencyRecommendations,
  findings: r.findings, comments: r.comments, supersedes: r.supersedesId, correctionReason: r.correctionReason, supersededBy: supersededById,
  createdAt: r.createdAt,
});
