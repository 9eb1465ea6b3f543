import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { COMPETENCY_DIMENSIONS, QUESTION_KINDS, type CompetencyDimension, type QuestionKind } from '../scheme-rules.js';
import type { PerformanceCriterion } from '../entities/performance-criterion.entity.js';
import type { SchemeElement } from '../entities/scheme-element.entity.js';
import type { SchemeUnit } from '../entities/scheme-unit.entity.js';
import { McOptionDto } from './scheme-document.dto.js';

export class CreateUnitDto {
  @ApiProperty({ example: 'J.620100.004.02' }) @IsString() @MinLength(1) @MaxLength(60)
  readonly code: string;
  @ApiProperty({ example: 'Menggunakan Struktur Data' }) @IsString() @MinLength(1) @MaxLength(300)
  readonly titleId: string;
  @ApiPropertyOptional({ example: 'Using Data Structures' }) @IsOptional() @IsString() @MaxLength(300)
  readonly titleEn?: string;
  @ApiPropertyOptional({ example: 'Inti' }) @IsOptional() @IsString() @MaxLength(120)
  readonly groupName?: string;
  @ApiPropertyOptional({ example: 'Unit ini berhubungan dengan ...' }) @IsOptional() @IsString() @MaxLength(10000)
  readonly description?: string;
  @ApiPropertyOptional({ example: 'Konteks variabel: ...' }) @IsOptional() @IsString() @MaxLength(20000)
  readonly rangeStatement?: string;
  @ApiPropertyOptional({ example: 'Konteks penilaian: ...' }) @IsOptional() @IsString() @MaxLength(20000)
  readonly assessmentGuide?: string;
  @ApiPropertyOptional({ example: 'Ketepatan memilih struktur data' }) @IsOptional() @IsString() @MaxLength(10000)
  readonly criticalAspects?: string;
  @ApiPropertyOptional({ example: 1, description: '1-based position; defaults to the end' }) @IsOptional() @IsInt() @Min(1) @Max(1000)
  readonly position?: number;
}
export class UpdateUnitDto extends PartialType(CreateUnitDto) {}

export class CreateElementDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(999)
  readonly number: number;
  @ApiProperty({ example: 'Mengidentifikasi konsep data dan struktur data' }) @IsString() @MinLength(1) @MaxLength(2000)
  readonly title: string;
}
export class UpdateElementDto extends PartialType(CreateElementDto) {}

export class CreateCriterionDto {
  @ApiProperty({ example: '1.1' }) @IsString() @MinLength(1) @MaxLength(20)
  readonly number: string;
  @ApiProperty({ example: 'Konsep data dan struktur data diidentifikasi sesuai dengan konteks permasalahan' })
  @IsString() @MinLength(1) @MaxLength(4000)
  readonly text: string;
}
export class UpdateCriterionDto extends PartialType(CreateCriterionDto) {}

export class CreateQuestionDto {
  @ApiProperty({ enum: QUESTION_KINDS, example: 'oral' }) @IsIn(QUESTION_KINDS)
  readonly kind: QuestionKind;
  @ApiProperty({ enum: COMPETENCY_DIMENSIONS, example: 'task_skills' }) @IsIn(COMPETENCY_DIMENSIONS)
  readonly dimension: CompetencyDimension;
  @ApiProperty({ example: 'Jelaskan kapan Anda memilih hash map dibanding array.' }) @IsString() @MinLength(1) @MaxLength(10000)
  readonly text: string;
  @ApiPropertyOptional({ type: [McOptionDto] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => McOptionDto)
  readonly options?: McOptionDto[];
  @ApiPropertyOptional({ example: 'B' }) @IsOptional() @IsString() @MaxLength(10)
  readonly answerKey?: string;
  @ApiPropertyOptional({ example: 'Hash map bila akses berdasarkan kunci ...' }) @IsOptional() @IsString() @MaxLength(20000)
  readonly expectedAnswer?: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'KUK ids of the same version' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @IsUUID('all', { each: true })
  readonly criterionIds: string[];
}
export class UpdateQuestionDto extends PartialType(CreateQuestionDto) {}

export class CriterionResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '1.1' }) number: string;
  @ApiProperty({ example: 'Konsep data dan struktur data diidentifikasi sesuai dengan konteks permasalahan' }) text: string;
}
export class ElementResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 1 }) number: number;
  @ApiProperty({ example: 'Mengidentifikasi konsep data dan struktur data' }) title: string;
  @ApiProperty({ type: [CriterionResponseDto] }) criteria: CriterionResponseDto[];
}
export class UnitResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 1 }) position: number;
  @ApiProperty({ example: 'J.620100.004.02' }) code: string;
  @ApiProperty({ example: 'Menggunakan Struktur Data' }) titleId: string;
  @ApiProperty({ example: 'Using Data Structures' }) titleEn: string;
  @ApiProperty({ example: 'Inti' }) groupName: string;
  @ApiProperty() description: string;
  @ApiProperty() rangeStatement: string;
  @ApiProperty() assessmentGuide: string;
  @ApiProperty() criticalAspects: string;
  @ApiProperty({ type: [ElementResponseDto] }) elements: ElementResponseDto[];
}
export class QuestionResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 1 }) position: number;
  @ApiProperty({ enum: QUESTION_KINDS }) kind: QuestionKind;
  @ApiProperty({ enum: COMPETENCY_DIMENSIONS }) dimension: CompetencyDimension;
  @ApiProperty() text: string;
  @ApiProperty({ type: [McOptionDto] }) options: McOptionDto[];
  @ApiProperty({ description: 'Confidential; staff only' }) answerKey: string;
  @ApiProperty({ description: 'Confidential; staff only' }) expectedAnswer: string;
  @ApiProperty({ type: [String], format: 'uuid' }) criterionIds: string[];
}

export class UnitRowDto extends OmitType(UnitResponseDto, ['elements'] as const) {}
export class ElementRowDto extends OmitType(ElementResponseDto, ['criteria'] as const) {
  @ApiProperty({ format: 'uuid' }) unitId: string;
}
export class CriterionRowDto extends CriterionResponseDto {
  @ApiProperty({ format: 'uuid' }) elementId: string;
}

export function toUnitRow(u: SchemeUnit): UnitRowDto {
  const { id, position, code, titleId, titleEn, groupName, description, rangeStatement, assessmentGuide, criticalAspects } = u;
  return { id, position, code, titleId, titleEn, groupName, description, rangeStatement, assessmentGuide, criticalAspects };
}
export function toElementRow(e: SchemeElement): ElementRowDto {
  return { id: e.id, unitId: e.unitId, number: e.number, title: e.title };
}
export function toCriterionRow(c: PerformanceCriterion): CriterionRowDto {
  return { id: c.id, elementId: c.elementId, number: c.number, text: c.text };
}
