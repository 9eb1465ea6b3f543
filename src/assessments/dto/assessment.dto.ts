import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { ASSESSMENT_STATUSES, type AssessmentStatus, TUK_TYPES, type TukType } from '../assessment-state.js';

export class TukDto {
  @ApiProperty({ example: 'TUK Sewaktu Politeknik Negeri Bandung' })
  @IsString() @MinLength(2) @MaxLength(200)
  readonly name: string;

  @ApiProperty({ enum: TUK_TYPES, example: 'sewaktu' })
  @IsIn(TUK_TYPES)
  readonly type: TukType;

  @ApiPropertyOptional({ example: 'Jl. Gegerkalong Hilir, Ciwaruga, Bandung Barat' })
  @IsOptional() @IsString() @MaxLength(500)
  readonly address?: string;
}

export class AssignAssessorsDto {
  @ApiProperty({ format: 'uuid', description: 'The lead assessor' })
  @IsUUID()
  readonly leadAssessorUserId: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', example: [] })
  @IsOptional() @IsArray() @ArrayMaxSize(5) @IsUUID('all', { each: true })
  readonly memberAssessorUserIds?: string[];

  @ApiPropertyOptional({ example: 'Asesor semula berhalangan' })
  @IsOptional() @IsString() @MaxLength(2000)
  readonly reason?: string;
}

export class CreateAssessmentDto {
  @ApiProperty({ format: 'uuid', description: 'An accepted application' })
  @IsUUID()
  readonly applicationId: string;

  @ApiProperty({ type: TukDto })
  @ValidateNested() @Type(() => TukDto)
  readonly tuk: TukDto;

  @ApiProperty({ example: '2026-03-10T08:00:00+07:00', format: 'date-time' })
  @IsDateString({ strict: true })
  readonly scheduledAt: string;

  @ApiProperty({ format: 'uuid', description: 'The lead assessor' })
  @IsUUID()
  readonly leadAssessorUserId: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', example: [] })
  @IsOptional() @IsArray() @ArrayMaxSize(5) @IsUUID('all', { each: true })
  readonly memberAssessorUserIds?: string[];
}

/**
 * A reassessment of the same application (attempt + 1) after a BK decision or a granted appeal: the same
 * schedule and team fields (an earlier assessor is refused when an appeal granted it), plus the units.
 */
export class ReassessmentInput extends OmitType(CreateAssessmentDto, ['applicationId'] as const) {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Units to reassess; defaults to the BK units of the decision' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  readonly unitIds?: string[];
}

export class CancelAssessmentDto {
  @ApiProperty({ example: 'Asesi sakit; dijadwalkan ulang' })
  @IsString() @MinLength(3) @MaxLength(2000)
  readonly reason: string;
}

export class ListAssessmentsQueryDto {
  @ApiPropertyOptional({ enum: ASSESSMENT_STATUSES, example: 'scheduled' })
  @IsOptional() @IsIn(ASSESSMENT_STATUSES)
  readonly status?: AssessmentStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  readonly schemeId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Assessments this assessor is actively assigned to' })
  @IsOptional() @IsUUID()
  readonly assessorUserId?: string;

  @ApiPropertyOptional({ example: '2026-03-01T00:00:00+07:00', format: 'date-time', description: 'scheduledAt at or after' })
  @IsOptional() @IsDateString({ strict: true })
  readonly from?: string;

  @ApiPropertyOptional({ example: '2026-04-01T00:00:00+07:00', format: 'date-time', description: 'scheduledAt before' })
  @IsOptional() @IsDateString({ strict: true })
  readonly to?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page', example: 'WyIyMDI2LTAzLTEwVDAxOjAwOjAwLjAwMFoiLCIuLi4iXQ' })
  @IsOptional() @IsString()
  readonly cursor?: string;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  readonly limit?: number;
}
