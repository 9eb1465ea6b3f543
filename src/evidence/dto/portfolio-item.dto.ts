import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { EVIDENCE_TYPES, type EvidenceType, type PortfolioItem } from '../portfolio-item.entity.js';

/** A multipart field sent once arrives as a string, sent repeatedly as an array. */
const asArray = ({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value);

export class CreatePortfolioItemDto {
  @ApiProperty({ example: 'Sertifikat pelatihan Junior Web Developer', maxLength: 200 })
  @IsString() @MinLength(1) @MaxLength(200)
  readonly title: string;

  @ApiPropertyOptional({ example: 'Pelatihan 40 JP di BLK Bandung', maxLength: 5000 })
  @IsOptional() @IsString() @MaxLength(5000)
  readonly description?: string;

  @ApiProperty({
    enum: EVIDENCE_TYPES,
    example: 'indirect',
    description: 'Jenis bukti: direct (L, bukti langsung), indirect (TL, tidak langsung), supplementary (T, tambahan)',
  })
  @IsIn(EVIDENCE_TYPES)
  readonly evidenceType: EvidenceType;

  @ApiPropertyOptional({ example: '2025-08-14', description: 'Date of the work or of issue (currency / terkini)' })
  @IsOptional() @IsDateString({ strict: true })
  readonly workDate?: string;

  @ApiPropertyOptional({ example: 'BLK Bandung', maxLength: 200 })
  @IsOptional() @IsString() @MaxLength(200)
  readonly issuer?: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    example: ['6f1c1b52-3a0e-4d8e-9f4a-0d1c2b3a4e5f'],
    description: 'KUK (performance criterion) ids the item supports; repeat the field for several',
  })
  @IsOptional() @Transform(asArray) @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  readonly criterionIds?: string[];
}

/** Metadata edits of a draft item; a locked item answers 409 EVIDENCE.LOCKED. */
export class UpdatePortfolioItemDto extends PartialType(CreatePortfolioItemDto) {}

/** Fields of a new version: anything omitted is carried over from the version it supersedes. */
export class NewPortfolioItemVersionDto extends PartialType(CreatePortfolioItemDto) {}

/** OpenAPI shape of the multipart upload (validation runs on CreatePortfolioItemDto). */
export class PortfolioItemUploadForm extends CreatePortfolioItemDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, JPEG, PNG, WebP, MP4, DOCX or XLSX' })
  readonly file: unknown;
}

export class PortfolioItemVersionUploadForm extends NewPortfolioItemVersionDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, JPEG, PNG, WebP, MP4, DOCX or XLSX' })
  readonly file: unknown;
}

export class PortfolioItemResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) candidateUserId: string;
  @ApiProperty({ example: 'Sertifikat pelatihan Junior Web Developer' }) title: string;
  @ApiProperty({ example: '' }) description: string;
  @ApiProperty({ enum: EVIDENCE_TYPES, example: 'indirect' }) evidenceType: EvidenceType;
  @ApiProperty({ nullable: true, type: String, example: '2025-08-14' }) workDate: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'BLK Bandung' }) issuer: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) criterionIds: string[];
  @ApiProperty({ example: 'sertifikat.pdf' }) originalFileName: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType: string;
  @ApiProperty({ example: 182044 }) sizeBytes: number;
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }) sha256: string;
  @ApiProperty({ enum: ['draft', 'locked', 'discarded'], example: 'draft' }) status: string;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) previousVersionId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) supersededAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toPortfolioItemResponse(i: PortfolioItem): PortfolioItemResponseDto {
  return {
    id: i.id,
    candidateUserId: i.candidateUserId,
    title: i.title,
    description: i.description,
    evidenceType: i.evidenceType,
    workDate: i.workDate,
    issuer: i.issuer,
    criterionIds: i.criterionIds,
    originalFileName: i.originalFileName,
    mediaType: i.mediaType,
    sizeBytes: i.sizeBytes,
    sha256: i.sha256,
    status: i.status,
    version: i.version,
    previousVersionId: i.previousVersionId,
    supersededAt: i.supersededAt?.toISOString() ?? null,
    createdAt: i.createdAt.toISOString(),
  };
}

export class SweepResultDto {
  @ApiProperty({ example: 3, description: 'Stored blobs without any live portfolio item that were removed' })
  removedBlobs: number;
  @ApiProperty({ example: 1, description: 'Temporary files of interrupted uploads that were removed' })
  removedTempFiles: number;
}
