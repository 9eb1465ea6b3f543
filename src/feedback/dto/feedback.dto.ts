import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { AssessmentFeedback } from '../assessment-feedback.entity.js';
import { FEEDBACK_STATEMENTS } from '../feedback-statements.js';

export class FeedbackAnswerDto {
  @ApiProperty({ minimum: 1, maximum: 10, example: 1 }) @IsInt() @Min(1) @Max(10) readonly statement: number;
  @ApiProperty({ example: true, description: 'Ya / Tidak' }) @IsBoolean() readonly agree: boolean;
  @ApiPropertyOptional({ example: '' }) @IsOptional() @IsString() @MaxLength(2000) readonly comment?: string;
}

export class GiveFeedbackDto {
  @ApiProperty({ type: [FeedbackAnswerDto], description: 'The ten FR.AK.03 statements, each once' })
  @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => FeedbackAnswerDto)
  readonly answers: FeedbackAnswerDto[];
  @ApiPropertyOptional({ example: 'Proses asesmen jelas' }) @IsOptional() @IsString() @MaxLength(4000) readonly comments?: string;
}

class FeedbackAnswerResponseDto {
  @ApiProperty({ example: 1 }) statement: number;
  @ApiProperty({ example: FEEDBACK_STATEMENTS[0] }) text: string;
  @ApiProperty({ example: true }) agree: boolean;
  @ApiProperty({ example: '' }) comment: string;
}

export class FeedbackResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'uuid' }) candidateUserId: string;
  @ApiProperty({ type: [FeedbackAnswerResponseDto] }) answers: FeedbackAnswerResponseDto[];
  @ApiProperty({ example: '' }) comments: string;
  @ApiProperty() createdAt: Date;
}

export const toFeedbackResponse = (f: AssessmentFeedback): FeedbackResponseDto => ({
  id: f.id, assessmentId: f.assessmentId, candidateUserId: f.candidateUserId, answers: f.answers, comments: f.comments, createdAt: f.createdAt,
});
