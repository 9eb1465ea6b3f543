import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { AuditEntryPage } from '../audit-entries.service.js';
import type { AuditEntry } from '../audit-entry.entity.js';
import type { AuditExportFormat } from '../audit-export-format.js';

export class AuditEntryFilterDto {
  @ApiPropertyOptional({ example: 'user' })
  @IsOptional() @IsString() @MaxLength(60)
  readonly entityType?: string;

  @ApiPropertyOptional({ example: '0b6c8e0e-4f7a-4d55-9a55-0d1f9c3e2a11' })
  @IsOptional() @IsString() @MaxLength(80)
  readonly entityId?: string;

  @ApiPropertyOptional({ format: 'uuid', example: '0b6c8e0e-4f7a-4d55-9a55-0d1f9c3e2a11' })
  @IsOptional() @IsUUID()
  readonly actorUserId?: string;

  @ApiPropertyOptional({ example: 'user.profile_updated' })
  @IsOptional() @IsString() @MaxLength(80)
  readonly action?: string;

  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z', description: 'Entries at or after this time' })
  @IsOptional() @Type(() => Date) @IsDate()
  readonly from?: Date;

  @ApiPropertyOptional({ example: '2026-02-01T00:00:00Z', description: 'Entries before this time' })
  @IsOptional() @Type(() => Date) @IsDate()
  readonly to?: Date;
}

export class AuditEntryQueryDto extends AuditEntryFilterDto {
  @ApiPropertyOptional({ example: '1200', description: 'nextCursor of the previous page (entries after this seq)' })
  @IsOptional() @Matches(/^\d{1,15}$/, { message: 'cursor must be a nextCursor value' })
  readonly cursor?: string;

  @ApiPropertyOptional({ example: 100, minimum: 1, maximum: 500, default: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  readonly limit?: number;
}

export class AuditExportQueryDto extends AuditEntryFilterDto {
  @ApiProperty({ enum: ['ndjson', 'csv'], example: 'ndjson' })
  @IsIn(['ndjson', 'csv'])
  readonly format: AuditExportFormat;
}

export class AuditEntryResponseDto {
  @ApiProperty({ format: 'uuid' }) certificationBodyId: string;
  @ApiProperty({ example: 42, description: 'Position in the body chain (1, 2, 3 …)' }) seq: number;
  @ApiProperty({ example: '2026-03-01T08:15:30.123Z' }) occurredAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorUserId: string | null;
  @ApiProperty({ example: ['admin'], type: [String] }) actorRoles: string[];
  @ApiProperty({ example: 'certification_body.updated' }) action: string;
  @ApiProperty({ example: 'certification_body' }) entityType: string;
  @ApiProperty({ example: '0b6c8e0e-4f7a-4d55-9a55-0d1f9c3e2a11' }) entityId: string;
  @ApiProperty({ example: 'req-7f3a' }) requestId: string;
  @ApiProperty({ example: '203.0.113.7' }) clientIp: string;
  @ApiProperty({ nullable: true, example: { name: 'LSP Teknologi Digital' }, description: 'null when only its hash is kept' })
  payload: unknown;
  @ApiProperty({ example: 'a3f1…', description: 'SHA-256 of the canonical payload' }) payloadHash: string;
  @ApiProperty({ example: '9b0c…' }) prevHash: string;
  @ApiProperty({ example: '5e1d…' }) hash: string;
}

export function toAuditEntryResponse(e: AuditEntry): AuditEntryResponseDto {
  return {
    certificationBodyId: e.certificationBodyId, seq: e.seq, occurredAt: e.occurredAt.toISOString(),
    actorUserId: e.actorUserId, actorRoles: e.actorRoles, action: e.action, entityType: e.entityType,
    entityId: e.entityId, requestId: e.requestId, clientIp: e.clientIp, payload: e.payload ?? null,
    payloadHash: e.payloadHash, prevHash: e.prevHash, hash: e.hash,
  };
}

export class AuditEntryPageDto {
  @ApiProperty({ type: [AuditEntryResponseDto] }) items: AuditEntryResponseDto[];
  @ApiProperty({ nullable: true, type: String, example: '1300' }) nextCursor: string | null;
}

export const toAuditEntryPage = (p: AuditEntryPage): AuditEntryPageDto => ({
  items: p.items.map(toAuditEntryResponse),
  nextCursor: p.nextCursor,
});
