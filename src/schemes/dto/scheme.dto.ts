import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { Scheme } from '../entities/scheme.entity.js';
import { INSTRUMENT_GENERATIONS, SCHEME_STATUSES, SCHEME_TYPES, type InstrumentGeneration, type SchemeStatus, type SchemeType } from '../scheme-rules.js';

export class CreateSchemeDto {
  @ApiProperty({ example: 'SKM/LSP-DEMO/JWD/2026', description: 'Nomor skema (free string, unique per body)' })
  @IsString() @MinLength(1) @MaxLength(100)
  readonly code: string;

  @ApiProperty({ example: 'Junior Web Developer' })
  @IsString() @MinLength(1) @MaxLength(300)
  readonly titleId: string;

  @ApiPropertyOptional({ example: 'Junior Web Developer' })
  @IsOptional() @IsString() @MaxLength(300)
  readonly titleEn?: string;

  @ApiProperty({ enum: SCHEME_TYPES, example: 'OKUPASI' })
  @IsIn(SCHEME_TYPES)
  readonly type: SchemeType;

  @ApiPropertyOptional({ example: 3, minimum: 1, maximum: 9, nullable: true, description: 'Required for KKNI schemes' })
  @IsOptional() @IsInt() @Min(1) @Max(9)
  readonly kkniLevel?: number | null;

  @ApiPropertyOptional({ example: 'Teknologi Informasi dan Komunikasi' })
  @IsOptional() @IsString() @MaxLength(200)
  readonly sector?: string;

  @ApiPropertyOptional({ example: 'Skema okupasi untuk pengembang web tingkat awal.' })
  @IsOptional() @IsString() @MaxLength(5000)
  readonly description?: string;

  @ApiPropertyOptional({ example: 36, description: "Validity of certificates of the first version; defaults to the body's setting" })
  @IsOptional() @IsInt() @Min(1) @Max(120)
  readonly certificateValidityMonths?: number;

  @ApiPropertyOptional({ example: 12 })
  @IsOptional() @IsInt() @Min(1) @Max(120)
  readonly surveillanceIntervalMonths?: number;

  @ApiPropertyOptional({ enum: INSTRUMENT_GENERATIONS, example: '2023' })
  @IsOptional() @IsIn(INSTRUMENT_GENERATIONS)
  readonly instrumentGeneration?: InstrumentGeneration;
}

export class UpdateSchemeDto extends PartialType(
  OmitType(CreateSchemeDto, ['certificateValidityMonths', 'surveillanceIntervalMonths', 'instrumentGeneration'] as const),
) {}

export class ListSchemesQueryDto {
  @ApiPropertyOptional({ example: 'web', description: 'Code prefix or title fragment (case-insensitive)' })
  @IsOptional() @IsString() @MaxLength(100)
  readonly q?: string;

  @ApiPropertyOptional({ enum: SCHEME_TYPES })
  @IsOptional() @IsIn(SCHEME_TYPES)
  readonly type?: SchemeType;

  @ApiPropertyOptional({ enum: SCHEME_STATUSES })
  @IsOptional() @IsIn(SCHEME_STATUSES)
  readonly status?: SchemeStatus;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(500)
  readonly cursor?: string;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  readonly limit?: number;
}

export class SchemeResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'SKM/LSP-DEMO/JWD/2026' }) code: string;
  @ApiProperty({ example: 'Junior Web Developer' }) titleId: string;
  @ApiProperty({ example: 'Junior Web Developer' }) titleEn: string;
  @ApiProperty({ enum: SCHEME_TYPES, example: 'OKUPASI' }) type: SchemeType;
  @ApiProperty({ nullable: true, example: null, type: Number }) kkniLevel: number | null;
  @ApiProperty({ example: 'Teknologi Informasi dan Komunikasi' }) sector: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: SCHEME_STATUSES, example: 'published' }) status: SchemeStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) currentVersionId: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class SchemePageDto {
  @ApiProperty({ type: [SchemeResponseDto] }) items: SchemeResponseDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}

export function toSchemeResponse(s: Scheme): SchemeResponseDto {
  const { id, code, titleId, titleEn, type, kkniLevel, sector, description, status, currentVersionId, createdAt, updatedAt } = s;
  return { id, code, titleId, titleEn, type, kkniLevel, sector, description, status, currentVersionId, createdAt, updatedAt };
}
