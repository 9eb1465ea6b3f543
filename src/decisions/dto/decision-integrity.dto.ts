import { ApiProperty } from '@nestjs/swagger';
import type { DecisionIntegrity } from '../decision-integrity.service.js';

export class DecisionIntegrityResponseDto {
  @ApiProperty({ format: 'uuid' }) decisionId: string;
  @ApiProperty({ type: Number, nullable: true, example: 42, description: 'seq of the decision.made audit entry' }) auditSeq: number | null;
  @ApiProperty({ example: true, description: "The row's outcome, notes, BK units and follow-up hash to the audited payload hash" }) payloadMatches: boolean;
  @ApiProperty({ example: true, description: 'The decider on the row is the actor of the audit entry' }) deciderMatches: boolean;
  @ApiProperty({ example: true }) intact: boolean;
}

export const toDecisionIntegrityResponse = (i: DecisionIntegrity): DecisionIntegrityResponseDto => ({
  decisionId: i.decisionId, auditSeq: i.auditSeq, payloadMatches: i.payloadMatches, deciderMatches: i.deciderMatches, intact: i.intact,
});
