import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JUDGEMENT_KINDS } from '../../judgements/judgement.js';
import type { Coverage } from '../coverage.js';

class MethodTallyDto {
  @ApiProperty({ example: 1 }) records: number;
  @ApiProperty({ example: 1 }) satisfied: number;
}

class ByMethodDto {
  @ApiProperty({ type: MethodTallyDto }) observation: MethodTallyDto;
  @ApiProperty({ type: MethodTallyDto }) questioning: MethodTallyDto;
  @ApiProperty({ type: MethodTallyDto }) portfolio_verification: MethodTallyDto;
}

class CriterionCoverageDto {
  @ApiProperty({ format: 'uuid' }) criterionId: string;
  @ApiProperty({ example: '1.1' }) number: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ example: 'J.620100.004.02' }) unitCode: string;
  @ApiProperty({ example: 1 }) elementNumber: number;
  @ApiProperty({ type: ByMethodDto, description: 'Current (not superseded) records per method' }) byMethod: ByMethodDto;
  @ApiProperty({ example: true }) satisfied: boolean;
  @ApiProperty({ type: [String], example: [], description: 'Open penilaian lanjut notes' }) openFurtherAssessment: string[];
}

class UnitCoverageDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ example: 'J.620100.004.02' }) unitCode: string;
  @ApiProperty({ example: 4 }) criteria: number;
  @ApiProperty({ example: 4 }) satisfied: number;
  @ApiProperty({ example: true, description: 'Every KUK satisfied and no open further-assessment note: K may be recommended' }) complete: boolean;
  @ApiProperty({ enum: JUDGEMENT_KINDS, isArray: true, example: ['observation'] }) methods: string[];
}

export class GapDto {
  @ApiProperty({ format: 'uuid' }) criterionId: string;
  @ApiProperty({ example: '1.2' }) number: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ example: 'J.620100.004.02' }) unitCode: string;
  @ApiProperty({ enum: ['NO_EVIDENCE', 'NOT_SATISFIED', 'FURTHER_ASSESSMENT_OPEN'], example: 'NO_EVIDENCE' }) reason: string;
  @ApiPropertyOptional({ type: [String], example: ['Perlu tanya jawab'] }) notes?: string[];
}

export class CoverageResponseDto {
  @ApiProperty({ type: [CriterionCoverageDto] }) criteria: CriterionCoverageDto[];
  @ApiProperty({ type: [UnitCoverageDto] }) units: UnitCoverageDto[];
  @ApiProperty({ type: [GapDto] }) gaps: GapDto[];
}

export const toCoverageResponse = (c: Coverage): CoverageResponseDto => ({ criteria: c.criteria, units: c.units, gaps: c.gaps });
