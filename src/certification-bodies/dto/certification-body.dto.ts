import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsEmail, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { CertificationBody } from '../certification-body.entity.js';

export class CreateCertificationBodyDto {
  @ApiProperty({ example: 'LSP-DEMO', description: 'Short unique code' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,49}$/, { message: 'code must be 2–50 upper-case letters, digits or dashes' })
  readonly code: string;

  @ApiProperty({ example: 'LSP Teknologi Digital Demo' })
  @IsString() @MinLength(3) @MaxLength(200)
  readonly name: string;

  @ApiProperty({ example: 'BNSP-LSP-123-ID', description: 'BNSP licence number' })
  @IsString() @MinLength(1) @MaxLength(100)
  readonly licenseNumber: string;

  @ApiProperty({ example: 'Jl. Gatot Subroto No. 44, Jakarta', required: false })
  @IsOptional() @IsString() @MaxLength(1000)
  readonly address?: string;

  @ApiProperty({ example: 'sekretariat@lsp-demo.id', required: false })
  @IsOptional() @IsEmail() @MaxLength(254)
  readonly contactEmail?: string;

  @ApiProperty({ example: '+62 21 555 0101', required: false })
  @IsOptional() @Matches(/^[+0-9 ()-]{5,30}$/)
  readonly contactPhone?: string;

  @ApiProperty({ example: 14, required: false, description: 'Days a candidate has to appeal a decision' })
  @IsOptional() @IsInt() @Min(1) @Max(365)
  readonly appealWindowDays?: number;

  @ApiProperty({ example: 36, required: false })
  @IsOptional() @IsInt() @Min(1) @Max(120)
  readonly certificateValidityMonths?: number;

  @ApiProperty({ example: '{BODY}/{SCHEME}/{YEAR}/{SEQ:6}', required: false })
  @IsOptional() @IsString() @Matches(/\{SEQ(:\d)?\}/, { message: 'certificateNumberTemplate must contain {SEQ} or {SEQ:n}' }) @MaxLength(200)
  readonly certificateNumberTemplate?: string;

  @ApiProperty({ example: 'https://verify.lsp-demo.id', required: false })
  @IsOptional() @IsUrl({ require_tld: false }) @MaxLength(300)
  readonly verificationBaseUrl?: string;
}

export class UpdateCertificationBodyDto extends PartialType(CreateCertificationBodyDto) {}

export class CertificationBodyResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'LSP-DEMO' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty() licenseNumber: string;
  @ApiProperty() address: string;
  @ApiProperty() contactEmail: string;
  @ApiProperty() contactPhone: string;
  @ApiProperty({ example: 14 }) appealWindowDays: number;
  @ApiProperty({ example: 36 }) certificateValidityMonths: number;
  @ApiProperty() certificateNumberTemplate: string;
  @ApiProperty() verificationBaseUrl: string;
  @ApiProperty() createdAt: Date;
}

export function toCertificationBodyResponse(b: CertificationBody): CertificationBodyResponseDto {
  const { id, code, name, licenseNumber, address, contactEmail, contactPhone, appealWindowDays,
    certificateValidityMonths, certificateNumberTemplate, verificationBaseUrl, createdAt } = b;
  return { id, code, name, licenseNumber, address, contactEmail, contactPhone, appealWindowDays,
    certificateValidityMonths, certificateNumberTemplate, verificationBaseUrl, createdAt };
}
