import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { PerformanceCriterion } from '../entities/performance-criterion.entity.js';
import type { SchemeElement } from '../entities/scheme-element.entity.js';
import type { SchemeQuestion } from '../entities/scheme-question.entity.js';
import type { SchemeUnit } from '../entities/scheme-unit.entity.js';
import type { SchemeVersion } from '../entities/scheme-version.entity.js';
import { INSTRUMENT_GENERATIONS, SCHEME_STATUSES, type InstrumentGeneration, type VersionStatus } from '../scheme-rules.js';
import { QuestionResponseDto, UnitResponseDto } from './content.dto.js';
import { RequirementDto } from './scheme-document.dto.js';

export class UpdateVersionDto {
  @ApiPropertyOptional({ enum: INSTRUMENT_GENERATIONS, example: '2023' }) @IsOptional() @IsIn(INSTRUMENT_GENERATIONS)
  readonly instrumentGeneration?: InstrumentGeneration;
  @ApiPropertyOptional({ example: 36 }) @IsOptional() @IsInt() @Min(1) @Max(120)
  readonly certificateValidityMonths?: number;
  @ApiPropertyOptional({ example: 12 }) @IsOptional() @IsInt() @Min(1) @Max(120)
  readonly surveillanceIntervalMonths?: number;
  @ApiPropertyOptional({ type: [RequirementDto] }) @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => RequirementDto)
  readonly requirements?: RequirementDto[];
  @ApiPropertyOptional({ example: 'Disusun dari SKKNI 282/2016' }) @IsOptional() @IsString() @MaxLength(10000)
  readonly note?: string;
}

export class VersionResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) schemeId: string;
  @ApiProperty({ example: 1 }) number: number;
  @ApiProperty({ enum: SCHEME_STATUSES, example: 'draft' }) status: VersionStatus;
  @ApiProperty({ enum: INSTRUMENT_GENERATIONS, example: '2023' }) instrumentGeneration: InstrumentGeneration;
  @ApiProperty({ example: 36 }) certificateValidityMonths: number;
  @ApiProperty({ example: 12 }) surveillanceIntervalMonths: number;
  @ApiProperty({ type: [RequirementDto] }) requirements: RequirementDto[];
  @ApiProperty() note: string;
  @ApiProperty({ nullable: true, type: Date }) publishedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) retiredAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class VersionTreeDto extends VersionResponseDto {
  @ApiProperty({ type: [UnitResponseDto] }) units: UnitResponseDto[];
  @ApiPropertyOptional({ type: [QuestionResponseDto], description: 'Only for staff who may read the question bank' })
  questions?: QuestionResponseDto[];
}

export function toVersionResponse(v: SchemeVersion): VersionResponseDto {
  const { id, schemeId, number, status, instrumentGeneration, certificateValidityMonths, surveillanceIntervalMonths,
    requirements, note, publishedAt, retiredAt, createdAt } = v;
  return { id, schemeId, number, status, instrumentGeneration, certificateValidityMonths, surveillanceIntervalMonths,
    requirements, note, publishedAt, retiredAt, createdAt };
}

export interface VersionTree {
  version: SchemeVersion;
  units: SchemeUnit[];
  elements: SchemeElement[];
  criteria: PerformanceCriterion[];
  questions: SchemeQuestion[];
}

export function toQuestionResponse(q: SchemeQuestion): QuestionResponseDto {
  const { id, position, kind, dimension, text, options, answerKey, expectedAnswer, criterionIds } = q;
  return { id, position, kind, dimension, text, options, answerKey, expectedAnswer, criterionIds };
}

/** Units → elements → criteria, in order. Questions only when `withQuestions`. */
export function toVersionTree(t: VersionTree, withQuestions: boolean): VersionTreeDto {
  const units = t.units.map((u) => ({
    id: u.id, position: u.position, code: u.code, titleId: u.titleId, titleEn: u.titleEn, groupName: u.groupName,
    description: u.description, rangeStatement: u.rangeStatement, assessmentGuide: u.assessmentGuide,
    criticalAspects: u.criticalAspects,
    elements: t.elements.filter((e) => e.unitId === u.id).map((e) => ({
      id: e.id, number: e.number, title: e.title,
      criteria: t.criteria.filter((c) => c.elementId === e.id).map((c) => ({ id: c.id, number: c.number, text: c.text })),
    })),
  }));
  const tree: VersionTreeDto = { ...toVersionResponse(t.version), units };
  if (withQuestions) tree.questions = t.questions.map(toQuestionResponse);
  return tree;
}
