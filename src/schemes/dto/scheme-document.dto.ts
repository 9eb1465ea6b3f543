import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import {
  COMPETENCY_DIMENSIONS, DOCUMENT_FORMAT, INSTRUMENT_GENERATIONS, QUESTION_KINDS, SCHEME_TYPES,
  type CompetencyDimension, type InstrumentGeneration, type QuestionKind, type SchemeType,
} from '../scheme-rules.js';

/** The import/export document, validated field by field. docs/scheme-version.schema.json documents the same format. */
export class RequirementDto {
  @ApiProperty({ example: 'Minimal lulus SMK/SMA sederajat' }) @IsString() @MinLength(1) @MaxLength(2000)
  readonly description: string;
  @ApiProperty({ example: true }) @IsBoolean()
  readonly documentRequired: boolean;
}

export class CriterionDocDto {
  @ApiProperty({ example: '1.1' }) @IsString() @MinLength(1) @MaxLength(20)
  readonly number: string;
  @ApiProperty({ example: 'Konsep data dan struktur data diidentifikasi sesuai dengan konteks permasalahan' })
  @IsString() @MinLength(1) @MaxLength(4000)
  readonly text: string;
}

export class ElementDocDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(999)
  readonly number: number;
  @ApiProperty({ example: 'Mengidentifikasi konsep data dan struktur data' }) @IsString() @MinLength(1) @MaxLength(2000)
  readonly title: string;
  @ApiProperty({ type: [CriterionDocDto] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => CriterionDocDto)
  readonly criteria: CriterionDocDto[];
}

export class UnitDocDto {
  @ApiProperty({ example: 'J.620100.004.02' }) @IsString() @MinLength(1) @MaxLength(60)
  readonly code: string;
  @ApiProperty({ example: 'Menggunakan Struktur Data' }) @IsString() @MinLength(1) @MaxLength(300)
  readonly titleId: string;
  @ApiPropertyOptional({ example: 'Using Data Structures' }) @IsOptional() @IsString() @MaxLength(300)
  readonly titleEn: string = '';
  @ApiPropertyOptional({ example: 'Inti' }) @IsOptional() @IsString() @MaxLength(120)
  readonly group: string = '';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000)
  readonly description: string = '';
  @ApiPropertyOptional({ description: 'Batasan variabel' }) @IsOptional() @IsString() @MaxLength(20000)
  readonly rangeStatement: string = '';
  @ApiPropertyOptional({ description: 'Panduan penilaian' }) @IsOptional() @IsString() @MaxLength(20000)
  readonly assessmentGuide: string = '';
  @ApiPropertyOptional({ description: 'Aspek kritis' }) @IsOptional() @IsString() @MaxLength(10000)
  readonly criticalAspects: string = '';
  @ApiProperty({ type: [ElementDocDto] }) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ElementDocDto)
  readonly elements: ElementDocDto[];
}

export class McOptionDto {
  @ApiProperty({ example: 'A' }) @IsString() @MinLength(1) @MaxLength(10)
  readonly key: string;
  @ApiProperty({ example: 'Array' }) @IsString() @MinLength(1) @MaxLength(2000)
  readonly text: string;
}

export class CriterionRefDto {
  @ApiProperty({ example: 'J.620100.004.02' }) @IsString() @MinLength(1) @MaxLength(60)
  readonly unitCode: string;
  @ApiProperty({ example: '1.1' }) @IsString() @MinLength(1) @MaxLength(20)
  readonly criterionNumber: string;
}

export class QuestionDocDto {
  @ApiProperty({ enum: QUESTION_KINDS, example: 'oral' }) @IsIn(QUESTION_KINDS)
  readonly kind: QuestionKind;
  @ApiProperty({ enum: COMPETENCY_DIMENSIONS, example: 'task_skills' }) @IsIn(COMPETENCY_DIMENSIONS)
  readonly dimension: CompetencyDimension;
  @ApiProperty({ example: 'Jelaskan perbedaan array dan linked list.' }) @IsString() @MinLength(1) @MaxLength(10000)
  readonly text: string;
  @ApiPropertyOptional({ type: [McOptionDto] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => McOptionDto)
  readonly options: McOptionDto[] = [];
  @ApiPropertyOptional({ example: '', description: 'Multiple choice: key of the correct option (confidential)' })
  @IsOptional() @IsString() @MaxLength(10)
  readonly answerKey: string = '';
  @ApiPropertyOptional({ description: 'Benchmark answer (confidential)' }) @IsOptional() @IsString() @MaxLength(20000)
  readonly expectedAnswer: string = '';
  @ApiProperty({ type: [CriterionRefDto] }) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CriterionRefDto)
  readonly criteria: CriterionRefDto[];
}

export class SchemeHeaderDocDto {
  @ApiProperty({ example: 'SKM/LSP-DEMO/JWD/2026' }) @IsString() @MinLength(1) @MaxLength(100)
  readonly code: string;
  @ApiProperty({ example: 'Junior Web Developer' }) @IsString() @MinLength(1) @MaxLength(300)
  readonly titleId: string;
  @ApiPropertyOptional({ example: 'Junior Web Developer' }) @IsOptional() @IsString() @MaxLength(300)
  readonly titleEn: string = '';
  @ApiProperty({ enum: SCHEME_TYPES, example: 'OKUPASI' }) @IsIn(SCHEME_TYPES)
  readonly type: SchemeType;
  @ApiPropertyOptional({ example: null, nullable: true, type: Number }) @IsOptional() @IsInt() @Min(1) @Max(9)
  readonly kkniLevel: number | null = null;
  @ApiPropertyOptional({ example: 'Teknologi Informasi dan Komunikasi' }) @IsOptional() @IsString() @MaxLength(200)
  readonly sector: string = '';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000)
  readonly description: string = '';
}

export class VersionDocDto {
  @ApiPropertyOptional({ enum: INSTRUMENT_GENERATIONS, example: '2023' }) @IsOptional() @IsIn(INSTRUMENT_GENERATIONS)
  readonly instrumentGeneration: InstrumentGeneration = '2023';
  @ApiPropertyOptional({ example: 36, description: "Defaults to the body's setting" }) @IsOptional() @IsInt() @Min(1) @Max(120)
  readonly certificateValidityMonths?: number;
  @ApiPropertyOptional({ example: 12 }) @IsOptional() @IsInt() @Min(1) @Max(120)
  readonly surveillanceIntervalMonths: number = 12;
  @ApiPropertyOptional({ type: [RequirementDto] }) @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => RequirementDto)
  readonly requirements: RequirementDto[] = [];
  @ApiProperty({ type: [UnitDocDto] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => UnitDocDto)
  readonly units: UnitDocDto[];
  @ApiPropertyOptional({ type: [QuestionDocDto] }) @IsOptional() @IsArray() @ArrayMaxSize(2000) @ValidateNested({ each: true }) @Type(() => QuestionDocDto)
  readonly questions: QuestionDocDto[] = [];
}

export class SchemeDocumentDto {
  @ApiProperty({ example: DOCUMENT_FORMAT, enum: [DOCUMENT_FORMAT] }) @IsIn([DOCUMENT_FORMAT])
  readonly format: typeof DOCUMENT_FORMAT;
  @ApiPropertyOptional({ description: 'Provenance of the content (kept on the version)' }) @IsOptional() @IsString() @MaxLength(10000)
  readonly note: string = '';
  @ApiProperty({ type: SchemeHeaderDocDto }) @IsObject() @ValidateNested() @Type(() => SchemeHeaderDocDto)
  readonly scheme: SchemeHeaderDocDto;
  @ApiProperty({ type: VersionDocDto }) @IsObject() @ValidateNested() @Type(() => VersionDocDto)
  readonly version: VersionDocDto;
}
