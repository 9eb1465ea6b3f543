import { ApiProperty } from '@nestjs/swagger';
import { IssuedDocumentResponseDto, toIssuedDocumentResponse } from '../../issued-documents/dto/issued-document-response.dto.js';
import { CERTIFICATE_STATUSES, effectiveStatus, maskNationalId } from '../certificate-status.js';
import type { Certificate } from '../certificate.entity.js';
import type { CertificateDetail, CertificatePage } from '../certificates.service.js';
import { todayInJakarta } from '../certificates.service.js';

export class UnitSnapshotDto {
  @ApiProperty({ example: 'J.620100.004.02' }) code: string;
  @ApiProperty({ example: 'Menggunakan Struktur Data' }) titleId: string;
  @ApiProperty({ example: 'Using Data Structures' }) titleEn: string;
}

export class CertificateStatusChangeResponseDto {
  @ApiProperty({ example: 'suspend' }) action: string;
  @ApiProperty({ nullable: true, type: String, example: 'active' }) fromStatus: string | null;
  @ApiProperty({ example: 'suspended' }) toStatus: string;
  @ApiProperty({ example: 'Bukti surveilan tidak diserahkan' }) reason: string;
  @ApiProperty({ format: 'uuid' }) actorUserId: string;
  @ApiProperty() at: Date;
}

export class CertificateResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) decisionId: string;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ example: 'LSP-TDN/SKM-JWD/2026/000042' }) certificateNumber: string;
  @ApiProperty({ example: 'REG/LSP-TDN/2026/000042' }) registrationNumber: string;
  @ApiProperty({ format: 'uuid' }) holderUserId: string;
  @ApiProperty({ example: 'Đặng Thị Hằng' }) holderName: string;
  @ApiProperty({ nullable: true, type: String, example: '************0002', description: 'NIK, masked' }) holderNationalId: string | null;
  @ApiProperty({ example: 'SKM-JWD' }) schemeCode: string;
  @ApiProperty({ example: 'Pengembang Web Pratama' }) schemeTitleId: string;
  @ApiProperty({ example: 'Junior Web Developer' }) schemeTitleEn: string;
  @ApiProperty({ format: 'uuid' }) schemeVersionId: string;
  @ApiProperty({ type: [UnitSnapshotDto] }) units: UnitSnapshotDto[];
  @ApiProperty({ example: '2026-03-12' }) issuedOn: string;
  @ApiProperty({ example: '2029-03-12' }) expiresOn: string;
  @ApiProperty({ type: [String], example: ['2027-03-12', '2028-03-12'] }) surveillanceDueDates: string[];
  @ApiProperty({ nullable: true, type: String, example: '2027-03-12' }) nextSurveillanceOn: string | null;
  @ApiProperty({ enum: CERTIFICATE_STATUSES, example: 'active', description: '`expired` is derived from expiresOn' }) status: string;
  @ApiProperty({ example: 'm3Qx7_1hQn0Zq9c2b8WkTQqv9rE' }) verificationCode: string;
  @ApiProperty({ example: 3 }) verificationCount: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Recertification: the certificate renewed' }) renewsCertificateId: string | null;
}

export class CertificateDetailResponseDto extends CertificateResponseDto {
  @ApiProperty({ type: [CertificateStatusChangeResponseDto] }) history: CertificateStatusChangeResponseDto[];
  @ApiProperty({ type: [IssuedDocumentResponseDto] }) documents: IssuedDocumentResponseDto[];
}

export class CertificatePageDto {
  @ApiProperty({ type: [CertificateResponseDto] }) items: CertificateResponseDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class RenderedCertificateDto {
  @ApiProperty({ format: 'uuid' }) certificateId: string;
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty({ example: 48213 }) size: number;
  @ApiProperty({ example: true, description: 'The re-rendered bytes hash as issued' }) matchesIssued: boolean;
}

export class RenderBatchResponseDto {
  @ApiProperty({ type: [RenderedCertificateDto] }) items: RenderedCertificateDto[];
}

export function toCertificateResponse(c: Certificate): CertificateResponseDto {
  return {
    id: c.id, decisionId: c.decisionId, assessmentId: c.assessmentId, applicationId: c.applicationId, certificateNumber: c.certificateNumber,
    registrationNumber: c.registrationNumber, holderUserId: c.holderUserId, holderName: c.holderName, holderNationalId: maskNationalId(c.holderNationalId),
    schemeCode: c.schemeCode, schemeTitleId: c.schemeTitleId, schemeTitleEn: c.schemeTitleEn, schemeVersionId: c.schemeVersionId,
    units: c.units.map((u) => ({ code: u.code, titleId: u.titleId, titleEn: u.titleEn })), issuedOn: c.issuedOn, expiresOn: c.expiresOn,
    surveillanceDueDates: c.surveillanceDueDates, nextSurveillanceOn: c.nextSurveillanceOn, status: effectiveStatus(c.status, c.expiresOn, todayInJakarta()),
    verificationCode: c.verificationCode, verificationCount: Number(c.verificationCount), renewsCertificateId: c.renewsCertificateId,
  };
}

export function toCertificateDetailResponse(d: CertificateDetail): CertificateDetailResponseDto {
  return {
    ...toCertificateResponse(d.certificate),
    history: d.history.map((h) => ({ action: h.action, fromStatus: h.fromStatus, toStatus: h.toStatus, reason: h.reason, actorUserId: h.actorUserId, at: h.createdAt })),
    documents: d.documents.map(toIssuedDocumentResponse),
  };
}

export const toCertificatePage = (p: CertificatePage): CertificatePageDto => ({ items: p.items.map(toCertificateResponse), nextCursor: p.nextCursor });
