import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { EVIDENCE_METHODS, type EvidenceMethod, OUTCOMES, type Outcome } from '../evidence-methods.js';
import type { SignedRecommendation } from '../recommendations.service.js';

export class UnitRecommendationInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() readonly unitId: string;
  @ApiProperty({ enum: OUTCOMES, example: 'K' }) @IsIn(OUTCOMES) readonly outcome: Outcome;
  @ApiProperty({ enum: EVIDENCE_METHODS, isArray: true, example: ['observation', 'oral_questions'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(7) @IsIn(EVIDENCE_METHODS, { each: true }) readonly evidenceMethods: EvidenceMethod[];
  @ApiPropertyOptional({ example: '', description: 'Follow-up for a BK unit' }) @IsOptional() @IsString() @MaxLength(2000) readonly followUp?: string;
}

export class SignRecommendationDto {
  @ApiProperty({ type: [UnitRecommendationInputDto], description: 'Every unit of the scheme version, once' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => UnitRecommendationInputDto)
  readonly units: UnitRecommendationInputDto[];
  @ApiProperty({ enum: OUTCOMES, example: 'K', description: 'Rekomendasi hasil asesmen' }) @IsIn(OUTCOMES) readonly overall: Outcome;
  @ApiPropertyOptional({ example: '', description: 'Tindak lanjut yang dibutuhkan' }) @IsOptional() @IsString() @MaxLength(4000) readonly followUp?: string;
  @ApiPropertyOptional({ example: 'Asesi menunjukkan kompetensi pada seluruh unit' }) @IsOptional() @IsString() @MaxLength(4000) readonly comments?: string;
}

class UnitRecommendationResponseDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ enum: OUTCOMES, example: 'K' }) outcome: string;
  @ApiProperty({ enum: EVIDENCE_METHODS, isArray: true, example: ['observation'] }) evidenceMethods: string[];
  @ApiProperty({ example: '' }) followUp: string;
}

export class RecommendationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ enum: OUTCOMES, example: 'K' }) overall: string;
  @ApiProperty({ example: '' }) followUp: string;
  @ApiProperty({ example: '' }) comments: string;
  @ApiProperty({ format: 'uuid' }) signedByUserId: string;
  @ApiProperty() signedAt: Date;
  @ApiProperty({ type: [UnitRecommendationResponseDto] }) units: UnitRecommendationResponseDto[];
}

export const toRecommendationResponse = ({ recommendation: r, units }: SignedRecommendation): RecommendationResponseDto => ({
  id: r.id, assessmentId: r.assessmentId, overall: r.overall, followUp: r.followUp, comments: r.comments,
  signedByUserId: r.signedByUserId, signedAt: r.signedAt,
  units: units.map((u) => ({ unitId: u.unitId, outcome: u.outcome, evidenceMethods: u.evidenceMethods, followUp: u.followUp })),
});
