import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength,
} from 'class-validator';
import type { QualitySample } from '../quality-sample.entity.js';
import type { SampleDetail } from '../quality-samples.service.js';
import { STRATA, type Stratum } from '../sampling.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class DrawSampleDto {
  @ApiProperty({ example: '2026-01-01', format: 'date', description: 'First day of the period (decisions, WIB)' })
  @Matches(DAY, { message: 'from must be a date (YYYY-MM-DD)' }) @IsDateString({ strict: true })
  readonly from: string;

  @ApiProperty({ example: '2026-03-31', format: 'date', description: 'Last day of the period, inclusive' })
  @Matches(DAY, { message: 'to must be a date (YYYY-MM-DD)' }) @IsDateString({ strict: true })
  readonly to: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Only this scheme's assessments" })
  @IsOptional() @IsUUID()
  readonly schemeId?: string;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 10000, description: 'Default: 10 % of the population, at least one' })
  @IsOptional() @IsInt() @Min(1) @Max(10000)
  readonly size?: number;

  @ApiPropertyOptional({ enum: STRATA, isArray: true, example: ['scheme', 'assessor'] })
  @IsOptional() @IsArray() @ArrayMaxSize(STRATA.length) @ArrayUnique() @IsIn(STRATA, { each: true })
  readonly stratifyBy?: Stratum[];

  @ApiPropertyOptional({ example: true, description: 'Every assessor of the period gets at least one sampled assessment' })
  @IsOptional() @IsBoolean()
  readonly minPerAssessor?: boolean;

  @ApiPropertyOptional({ example: 'validasi-2026-q1', description: 'Default: a random seed, stored with the sample' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  readonly seed?: string;

  @ApiPropertyOptional({ example: 'Validasi asesmen triwulan I 2026' })
  @IsOptional() @IsString() @MaxLength(500)
  readonly purpose?: string;
}

export class QualitySampleResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) drawnByUserId: string;
  @ApiProperty({ example: 'validasi-2026-q1' }) seed: string;
  @ApiProperty({ example: '2026-01-01' }) periodFrom: string;
  @ApiProperty({ example: '2026-03-31' }) periodTo: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) schemeId: string | null;
  @ApiProperty({ enum: STRATA, isArray: true }) stratifyBy: string[];
  @ApiProperty({ nullable: true, type: Number, example: 20 }) requestedSize: number | null;
  @ApiProperty() minPerAssessor: boolean;
  @ApiProperty({ example: 240, description: 'Decided assessments the sample was drawn from' }) populationSize: number;
  @ApiProperty({ example: '' }) purpose: string;
  @ApiProperty() createdAt: Date;
}

class QualitySampleItemResponseDto {
  @ApiProperty({ example: 1 }) position: number;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'uuid' }) schemeId: string;
  @ApiProperty({ example: 'SKM/LSP-DEMO/JWD/2016' }) schemeCode: string;
  @ApiProperty({ format: 'uuid', description: 'The lead assessor' }) assessorUserId: string;
  @ApiProperty({ example: 'Bambang Suryadi' }) assessorName: string;
  @ApiProperty({ example: '2026-02', description: 'Month of the decision (WIB)' }) period: string;
  @ApiProperty({ example: 'scheme-id|assessor-id' }) stratum: string;
  @ApiProperty({ example: '3f1c…', description: 'SHA-256 of seed and assessment id: the place in the seeded order' }) rank: string;
  @ApiProperty({ enum: ['allocation', 'min_per_assessor'] }) reason: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The current review for this sample, when reviewed' }) reviewId: string | null;
}

export class QualitySampleDetailDto extends QualitySampleResponseDto {
  @ApiProperty({ type: [QualitySampleItemResponseDto] }) items: QualitySampleItemResponseDto[];
  @ApiProperty({ example: 3 }) reviewed: number;
}

export class QualitySamplePageDto {
  @ApiProperty({ type: [QualitySampleResponseDto] }) items: QualitySampleResponseDto[];
  @ApiProperty({ example: 4 }) total: number;
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({ example: 20 }) pageSize: number;
}

export const toQualitySampleResponse = (s: QualitySample): QualitySampleResponseDto => ({
  id: s.id, drawnByUserId: s.drawnByUserId, seed: s.seed, periodFrom: s.periodFrom, periodTo: s.periodTo, schemeId: s.schemeId,
  stratifyBy: s.stratifyBy, requestedSize: s.requestedSize, minPerAssessor: s.minPerAssessor, populationSize: s.populationSize, purpose: s.purpose,
  createdAt: s.createdAt,
});

export const toQualitySampleDetail = ({ sample, items }: SampleDetail): QualitySampleDetailDto => ({
  ...toQualitySampleResponse(sample),
  items: items.map(({ item: i, schemeCode, assessorName, reviewId }) => ({
    position: i.position, assessmentId: i.assessmentId, schemeId: i.schemeId, schemeCode, assessorUserId: i.assessorUserId, assessorName, period: i.period,
    stratum: i.stratum, rank: i.rank, reason: i.reason, reviewId,
  })),
  reviewed: items.filter((i) => i.reviewId).length,
});
