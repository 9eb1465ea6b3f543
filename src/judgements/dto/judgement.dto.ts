import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested,
} from 'class-validator';
import { JUDGEMENT_KINDS, type JudgementKind, QUESTIONING_FORMS, type QuestioningForm } from '../judgement.js';
import type { RecordWithSuccessor } from '../judgements.service.js';
import type { EvidenceRecord } from '../evidence-record.entity.js';

const SUPERSEDES = { format: 'uuid', description: 'The current record this one corrects (it stays readable in the history)' };

export class ObservationInputDto {
  @ApiProperty({ format: 'uuid', description: 'The KUK observed' }) @IsUUID() readonly criterionId: string;
  @ApiProperty({ example: true, description: 'Pencapaian Ya / Tidak' }) @IsBoolean() readonly achieved: boolean;
  @ApiPropertyOptional({ example: 'SOP pengujian aplikasi web' }) @IsOptional() @IsString() @MaxLength(2000) readonly benchmark?: string;
  @ApiPropertyOptional({ example: '', description: 'Penilaian lanjut: what is still to be assessed when no conclusion is possible yet' })
  @IsOptional() @IsString() @MaxLength(2000) readonly furtherAssessment?: string;
  @ApiPropertyOptional(SUPERSEDES) @IsOptional() @IsUUID() readonly supersedes?: string;
}

export class ObservationsDto {
  @ApiProperty({ type: [ObservationInputDto], description: 'FR.IA.01 checklist rows, recorded all-or-nothing' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => ObservationInputDto)
  readonly records: ObservationInputDto[];
}

export class QuestionInputDto {
  @ApiProperty({ enum: QUESTIONING_FORMS, example: 'IA.07' }) @IsIn(QUESTIONING_FORMS) readonly form: QuestioningForm;
  @ApiPropertyOptional({ format: 'uuid', description: 'A question of the version bank' }) @IsOptional() @IsUUID() readonly questionId?: string;
  @ApiPropertyOptional({ example: 'Jelaskan cara menguji validasi input formulir', description: 'Ad hoc question (or overrides the bank text)' })
  @IsOptional() @IsString() @MaxLength(4000) readonly questionText?: string;
  @ApiProperty({ example: 'Asesi menjelaskan validasi sisi klien dan server' }) @IsString() @MaxLength(4000) readonly answerSummary: string;
  @ApiProperty({ example: true }) @IsBoolean() readonly satisfactory: boolean;
  @ApiProperty({ type: [String], format: 'uuid', description: 'KUK the question is mapped to' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @IsUUID('all', { each: true }) readonly criterionIds: string[];
  @ApiPropertyOptional(SUPERSEDES) @IsOptional() @IsUUID() readonly supersedes?: string;
}

export class QuestioningDto {
  @ApiProperty({ type: [QuestionInputDto], description: 'FR.IA.03 / IA.07 / IA.09 questions, recorded all-or-nothing' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => QuestionInputDto)
  readonly records: QuestionInputDto[];
}

export class PortfolioVerificationInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() readonly portfolioItemId: string;
  @ApiProperty({ example: true }) @IsBoolean() readonly valid: boolean;
  @ApiProperty({ example: true, description: 'Asli' }) @IsBoolean() readonly authentic: boolean;
  @ApiProperty({ example: true, description: 'Terkini' }) @IsBoolean() readonly current: boolean;
  @ApiProperty({ example: true, description: 'Memadai' }) @IsBoolean() readonly sufficient: boolean;
  @ApiProperty({ type: [String], format: 'uuid', description: 'KUK the item covers' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @IsUUID('all', { each: true }) readonly criterionIds: string[];
  @ApiPropertyOptional({ example: 'Peran asesi dalam proyek' , description: 'Materi wawancara (FR.IA.09)' })
  @IsOptional() @IsString() @MaxLength(2000) readonly followUpTopics?: string;
  @ApiPropertyOptional(SUPERSEDES) @IsOptional() @IsUUID() readonly supersedes?: string;
}

export class PortfolioVerificationsDto {
  @ApiProperty({ type: [PortfolioVerificationInputDto], description: 'FR.IA.08 rows, recorded all-or-nothing' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => PortfolioVerificationInputDto)
  readonly records: PortfolioVerificationInputDto[];
}

export class EvidenceRecordsQueryDto {
  @ApiPropertyOptional({ enum: JUDGEMENT_KINDS, example: 'observation' }) @IsOptional() @IsIn(JUDGEMENT_KINDS) readonly kind?: JudgementKind;
}

export class EvidenceRecordResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ enum: JUDGEMENT_KINDS, example: 'observation' }) kind: string;
  @ApiProperty({ type: [String], format: 'uuid' }) criterionIds: string[];
  @ApiProperty({ example: true }) satisfied: boolean;
  @ApiProperty({ example: '' }) furtherAssessment: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) portfolioItemId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) questionId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { achieved: true, benchmark: 'SOP' }, description: 'Kind-specific fields' })
  details: Record<string, unknown>;
  @ApiProperty({ format: 'uuid' }) recordedByUserId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) supersedes: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Set when a later record corrected this one' }) supersededBy: string | null;
  @ApiProperty() createdAt: Date;
}

export const toEvidenceRecordResponse = (r: EvidenceRecord, supersededBy: string | null = null): EvidenceRecordResponseDto => ({
  id: r.id, assessmentId: r.assessmentId, kind: r.kind, criterionIds: r.criterionIds, satisfied: r.satisfied, furtherAssessment: r.furtherAssessment,
  portfolioItemId: r.portfolioItemId, questionId: r.questionId, details: { ...r.details }, recordedByUserId: r.recordedByUserId,
  supersedes: r.supersedesId, supersededBy, createdAt: r.createdAt,
});

export const toHistoryResponse = (rows: RecordWithSuccessor[]) => rows.map((r) => toEvidenceRecordResponse(r.record, r.supersededById));
