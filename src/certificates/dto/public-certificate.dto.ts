import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { CERTIFICATE_STATUSES } from '../certificate-status.js';
import type { PublicCertificateView } from '../public-verification.service.js';
import { UnitSnapshotDto } from './certificate-response.dto.js';

export class PublicCertificateSchemeDto {
  @ApiProperty({ example: 'SKM-JWD' }) code: string;
  @ApiProperty({ example: 'Pengembang Web Pratama' }) titleId: string;
  @ApiProperty({ example: 'Junior Web Developer' }) titleEn: string;
}

export class PublicBodyDto {
  @ApiProperty({ example: 'LSP Teknologi Digital Nusantara' }) name: string;
  @ApiProperty({ example: 'BNSP-LSP-1565-ID' }) licenseNumber: string;
}

/** Everything the public may learn about a certificate, and nothing more. */
export class PublicCertificateDto {
  @ApiProperty({ example: 'Đặng Thị Hằng' }) holderName: string;
  @ApiProperty({ type: PublicCertificateSchemeDto }) scheme: PublicCertificateSchemeDto;
  @ApiProperty({ type: [UnitSnapshotDto] }) units: UnitSnapshotDto[];
  @ApiProperty({ type: PublicBodyDto }) certificationBody: PublicBodyDto;
  @ApiProperty({ example: '2026-03-12' }) issuedOn: string;
  @ApiProperty({ example: '2029-03-12' }) expiresOn: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES, example: 'active' }) status: string;
  @ApiProperty({ example: 'This certificate is valid.' }) statement: string;
}

export class CertificateNumberQueryDto {
  @ApiProperty({ example: 'LSP-TDN/SKM-JWD/2026/000042', description: 'Exact certificate number' })
  @IsString() @MinLength(1) @MaxLength(100)
  readonly number: string;
}

export const toPublicCertificate = (v: PublicCertificateView): PublicCertificateDto => ({
  holderName: v.holderName, scheme: v.scheme, units: v.units, certificationBody: v.certificationBody,
  issuedOn: v.issuedOn, expiresOn: v.expiresOn, status: v.status, statement: v.statement,
});
