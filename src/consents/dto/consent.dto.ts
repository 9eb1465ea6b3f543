import { ApiProperty } from '@nestjs/swagger';
import { ASSESSMENT_METHODS } from '../../assessment-plans/assessment-plan.js';
import { ASSESSMENT_STATUSES } from '../../assessments/assessment-state.js';
import type { Assessment } from '../../assessments/assessment.entity.js';
import type { ConsentConfirmation } from '../consent-confirmation.entity.js';
import { CONSENT_PARTIES, CONSENT_STATEMENTS, type ConsentTerms } from '../consent-terms.js';
import type { ConsentView } from '../consents.service.js';

class ConsentStatementsDto {
  @ApiProperty({ example: CONSENT_STATEMENTS.appealRights }) appealRights: string;
  @ApiProperty({ example: CONSENT_STATEMENTS.confidentiality }) confidentiality: string;
  @ApiProperty({ example: CONSENT_STATEMENTS.candidateConsent }) candidateConsent: string;
}

export class ConsentTermsDto {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ example: 1 }) planVersion: number;
  @ApiProperty({ enum: ASSESSMENT_METHODS, isArray: true, example: ['observation', 'questioning'] }) methods: string[];
  @ApiProperty({ example: '2026-03-10T01:00:00.000Z' }) scheduledAt: string;
  @ApiProperty({ example: 'TUK Sewaktu Politeknik Negeri Bandung' }) tukName: string;
  @ApiProperty({ example: 'sewaktu' }) tukType: string;
  @ApiProperty({ type: ConsentStatementsDto }) statements: ConsentStatementsDto;
}

export class ConsentConfirmationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CONSENT_PARTIES, example: 'candidate' }) party: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ type: ConsentTermsDto }) terms: ConsentTermsDto;
  @ApiProperty() confirmedAt: Date;
}

const toConfirmation = (c: ConsentConfirmation): ConsentConfirmationDto => ({
  id: c.id, party: c.party, userId: c.userId, terms: c.terms as ConsentTerms, confirmedAt: c.createdAt,
});

export class ConsentResponseDto {
  @ApiProperty({ enum: ASSESSMENT_STATUSES, example: 'ready' }) status: string;
  @ApiProperty({ type: ConsentTermsDto, nullable: true, description: 'The terms of the current plan (null before a plan exists)' })
  terms: ConsentTermsDto | null;
  @ApiProperty({ type: [ConsentConfirmationDto] }) confirmations: ConsentConfirmationDto[];
}

export const toConsentResponse = (v: ConsentView): ConsentResponseDto => ({
  status: v.status, terms: v.terms, confirmations: v.confirmations.map(toConfirmation),
});

export class ConsentConfirmedResponseDto {
  @ApiProperty({ enum: ASSESSMENT_STATUSES, example: 'in_progress', description: 'in_progress once both parties confirmed' }) status: string;
  @ApiProperty({ type: ConsentConfirmationDto }) confirmation: ConsentConfirmationDto;
}

export const toConsentConfirmedResponse = (r: { assessment: Assessment; confirmation: ConsentConfirmation }): ConsentConfirmedResponseDto => ({
  status: r.assessment.status, confirmation: toConfirmation(r.confirmation),
});
