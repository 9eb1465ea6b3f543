import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { APPLICATION_PURPOSES, type ApplicationPurpose } from '../../applications/application-state.js';
import { EVIDENCE_TYPES, type EvidenceType } from '../../evidence/portfolio-item.entity.js';
import {
  ASSESSMENT_METHODS, type AssessmentMethod, CANDIDATE_CHARACTERISTICS, type CandidateCharacteristic,
} from '../assessment-plan.js';
import type { AssessmentPlan } from '../assessment-plan.entity.js';

const ENVIRONMENTS = ['real_workplace', 'simulated'] as const;
const OPPORTUNITIES = ['available', 'limited'] as const;
const ASSESSED_BY = ['certification_body', 'training_provider', 'workplace'] as const;

export class PlanContextDto {
  @ApiProperty({ enum: ENVIRONMENTS, example: 'simulated', description: 'Tempat kerja nyata / simulasi' })
  @IsIn(ENVIRONMENTS) readonly environment: (typeof ENVIRONMENTS)[number];

  @ApiProperty({ enum: OPPORTUNITIES, example: 'available', description: 'Kesempatan mengumpulkan bukti: tersedia / terbatas' })
  @IsIn(OPPORTUNITIES) readonly evidenceOpportunity: (typeof OPPORTUNITIES)[number];

  @ApiProperty({ enum: ASSESSED_BY, example: 'certification_body' })
  @IsIn(ASSESSED_BY) readonly assessedBy: (typeof ASSESSED_BY)[number];

  @ApiPropertyOptional({ example: 'Asesmen di laboratorium komputer TUK' })
  @IsOptional() @IsString() @MaxLength(2000) readonly notes?: string;
}

export class PlannedCriterionDto {
  @ApiProperty({ format: 'uuid', description: 'A KUK of the assessed scheme version' })
  @IsUUID() readonly criterionId: string;

  @ApiProperty({ enum: EVIDENCE_TYPES, isArray: true, example: ['direct'], description: 'L = direct, TL = indirect, T = supplementary' })
  @IsArray() @ArrayMaxSize(3) @IsIn(EVIDENCE_TYPES, { each: true }) readonly evidenceTypes: EvidenceType[];

  @ApiProperty({ enum: ASSESSMENT_METHODS, isArray: true, example: ['observation', 'questioning'] })
  @IsArray() @ArrayMaxSize(6) @IsIn(ASSESSMENT_METHODS, { each: true }) readonly methods: AssessmentMethod[];
}

export class ReasonableAdjustmentDto {
  @ApiProperty({ enum: CANDIDATE_CHARACTERISTICS, isArray: true, example: ['reader_interpreter'], description: 'FR.AK.07 part A answered Ya' })
  @IsArray() @ArrayMaxSize(8) @IsIn(CANDIDATE_CHARACTERISTICS, { each: true }) readonly characteristics: CandidateCharacteristic[];

  @ApiProperty({ example: 'Pertanyaan lisan dibacakan; observasi menggantikan pertanyaan tertulis' })
  @IsString() @MaxLength(4000) readonly adjustments: string;
}

export class CreatePlanDto {
  @ApiProperty({ minimum: 1, maximum: 5, example: 3, description: 'Potensi asesi (FR.MAPA.02 legend)' })
  @IsInt() @Min(1) @Max(5) readonly candidatePotential: number;

  @ApiProperty({ enum: APPLICATION_PURPOSES, example: 'certification' })
  @IsIn(APPLICATION_PURPOSES) readonly purpose: ApplicationPurpose;

  @ApiProperty({ type: PlanContextDto })
  @ValidateNested() @Type(() => PlanContextDto) readonly context: PlanContextDto;

  @ApiProperty({ type: [PlannedCriterionDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(2000) @ValidateNested({ each: true }) @Type(() => PlannedCriterionDto)
  readonly criteria: PlannedCriterionDto[];

  @ApiPropertyOptional({ type: ReasonableAdjustmentDto, description: 'FR.AK.07: methods may change, the KUK set may not' })
  @IsOptional() @ValidateNested() @Type(() => ReasonableAdjustmentDto) readonly reasonableAdjustment?: ReasonableAdjustmentDto;
}

class PlanContextResponseDto {
  @ApiProperty({ enum: ENVIRONMENTS, example: 'simulated' }) environment: string;
  @ApiProperty({ enum: OPPORTUNITIES, example: 'available' }) evidenceOpportunity: string;
  @ApiProperty({ enum: ASSESSED_BY, example: 'certification_body' }) assessedBy: string;
  @ApiProperty({ example: '' }) notes: string;
}

class PlannedCriterionResponseDto {
  @ApiProperty({ format: 'uuid' }) criterionId: string;
  @ApiProperty({ enum: EVIDENCE_TYPES, isArray: true, example: ['direct'] }) evidenceTypes: string[];
  @ApiProperty({ enum: ASSESSMENT_METHODS, isArray: true, example: ['observation'] }) methods: string[];
}

class ReasonableAdjustmentResponseDto {
  @ApiProperty({ enum: CANDIDATE_CHARACTERISTICS, isArray: true, example: [] }) characteristics: string[];
  @ApiProperty({ example: '' }) adjustments: string;
}

export class AssessmentPlanResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: 3 }) candidatePotential: number;
  @ApiProperty({ enum: APPLICATION_PURPOSES, example: 'certification' }) purpose: string;
  @ApiProperty({ type: PlanContextResponseDto }) context: PlanContextResponseDto;
  @ApiProperty({ type: [PlannedCriterionResponseDto] }) criteria: PlannedCriterionResponseDto[];
  @ApiProperty({ type: ReasonableAdjustmentResponseDto, nullable: true }) reasonableAdjustment: ReasonableAdjustmentResponseDto | null;
  @ApiProperty({ format: 'uuid' }) createdByUserId: string;
  @ApiProperty() createdAt: Date;
}

export const toAssessmentPlanResponse = (p: AssessmentPlan): AssessmentPlanResponseDto => ({
  id: p.id, assessmentId: p.assessmentId, version: p.version, candidatePotential: p.candidatePotential, purpose: p.purpose,
  context: p.context, criteria: p.criteria, reasonableAdjustment: p.reasonableAdjustment, createdByUserId: p.createdByUserId, createdAt: p.createdAt,
});
