import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { ReportDefinition } from '../report-definitions.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ReportQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', format: 'date', description: 'First day of the period (WIB)' })
  @IsOptional() @Matches(DAY, { message: 'from must be a date (YYYY-MM-DD)' }) @IsDateString({ strict: true })
  readonly from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', format: 'date', description: 'Last day of the period, inclusive' })
  @IsOptional() @Matches(DAY, { message: 'to must be a date (YYYY-MM-DD)' }) @IsDateString({ strict: true })
  readonly to?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() readonly schemeId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The lead assessor' }) @IsOptional() @IsUUID() readonly assessorUserId?: string;

  @ApiPropertyOptional({ example: 'TUK Sewaktu Politeknik', description: 'TUK name, exactly' })
  @IsOptional() @IsString() @MaxLength(200)
  readonly tukName?: string;

  @ApiPropertyOptional({ example: 5, minimum: 0, maximum: 10000, default: 5, description: 'assessor-outcomes: fewer decisions are never flagged' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(10000)
  readonly minDecisions: number = 5;

  @ApiPropertyOptional({ example: 90, minimum: 0, maximum: 3660, default: 90, description: 'certificates: horizon for expiry and surveillance' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3660)
  readonly withinDays: number = 90;

  @ApiPropertyOptional({ example: '2026-06-30', format: 'date', description: 'certificates: the reference day (default today, WIB)' })
  @IsOptional() @Matches(DAY, { message: 'asOf must be a date (YYYY-MM-DD)' }) @IsDateString({ strict: true })
  readonly asOf?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional() @IsIn(['json', 'csv'])
  readonly format: 'json' | 'csv' = 'json';
}

export class ReportDescriptionDto {
  @ApiProperty({ example: 'decisions' }) name: string;
  @ApiProperty({ example: 'Certification decisions: K / BK' }) title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ['period', 'scheme', 'assessor', 'tuk'], isArray: true }) filters: string[];
  @ApiProperty({ type: [String] }) columns: string[];
}

export class ReportResponseDto {
  @ApiProperty({ example: 'decisions' }) report: string;
  @ApiProperty({ example: 'Certification decisions: K / BK' }) title: string;
  @ApiProperty({ description: 'The filters applied', example: { from: '2026-01-01', to: '2026-12-31' } }) filters: Record<string, unknown>;
  @ApiProperty() generatedAt: string;
  @ApiProperty({ type: [String] }) columns: string[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } }) rows: Array<Record<string, unknown>>;
}

export const toReportDescription = (r: ReportDefinition): ReportDescriptionDto => ({
  name: r.name, title: r.title, description: r.description, filters: r.filters, columns: r.columns,
});
