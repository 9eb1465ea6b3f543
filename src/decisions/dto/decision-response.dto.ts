import { ApiProperty } from '@nestjs/swagger';
import { CertificateResponseDto, toCertificateResponse } from '../../certificates/dto/certificate-response.dto.js';
import { IssuedDocumentResponseDto, toIssuedDocumentResponse } from '../../issued-documents/dto/issued-document-response.dto.js';
import type { CertificationDecision } from '../certification-decision.entity.js';
import type { DecisionDetail } from '../decisions.service.js';

export class DecisionResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) candidateUserId: string;
  @ApiProperty({ enum: ['K', 'BK'], example: 'K' }) outcome: string;
  @ApiProperty({ example: 'Rapat pleno: bukti lengkap' }) notes: string;
  @ApiProperty({ type: [String], format: 'uuid', example: [] }) bkUnitIds: string[];
  @ApiProperty({ example: '' }) followUp: string;
  @ApiProperty({ format: 'uuid' }) decidedByUserId: string;
  @ApiProperty() decidedAt: Date;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'An appeal granted a reassessment' }) reassessmentGrantedByAppealId: string | null;
}

export class DecisionDetailResponseDto extends DecisionResponseDto {
  @ApiProperty({ nullable: true, type: CertificateResponseDto, description: 'K: the certificate issued with the decision' }) certificate: CertificateResponseDto | null;
  @ApiProperty({ type: [IssuedDocumentResponseDto], description: 'Decision letter, FR.AK.02 and (K) certificate PDFs' }) documents: IssuedDocumentResponseDto[];
}

export const toDecisionResponse = (d: CertificationDecision): DecisionResponseDto => ({
  id: d.id, assessmentId: d.assessmentId, applicationId: d.applicationId, candidateUserId: d.candidateUserId, outcome: d.outcome, notes: d.notes,
  bkUnitIds: d.bkUnitIds, followUp: d.followUp, decidedByUserId: d.decidedByUserId, decidedAt: d.decidedAt,
  reassessmentGrantedByAppealId: d.reassessmentGrantedByAppealId,
});

export const toDecisionDetailResponse = (d: DecisionDetail): DecisionDetailResponseDto => ({
  ...toDecisionResponse(d.decision),
  certificate: d.certificate ? toCertificateResponse(d.certificate) : null,
  documents: d.documents.map(toIssuedDocumentResponse),
});
