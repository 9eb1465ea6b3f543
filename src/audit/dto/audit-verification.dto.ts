import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, Min } from 'class-validator';
import type { AuditAnchor } from '../audit-anchor.entity.js';
import type { AnchorVerificationResult } from '../audit-anchors.service.js';
import type { ChainVerificationResult } from '../audit-verification.service.js';

export class VerifyChainQueryDto {
  @ApiPropertyOptional({ example: 1, description: 'First seq to verify (a seq range starts from its first entry\'s prev_hash)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  readonly fromSeq?: number;

  @ApiPropertyOptional({ example: 5000 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  readonly toSeq?: number;

  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z', description: 'Time range start (not with fromSeq/toSeq)' })
  @IsOptional() @Type(() => Date) @IsDate()
  readonly from?: Date;

  @ApiPropertyOptional({ example: '2026-02-01T00:00:00Z', description: 'Time range end, exclusive' })
  @IsOptional() @Type(() => Date) @IsDate()
  readonly to?: Date;
}

export class ChainBreakDto {
  @ApiProperty({ example: 17 }) seq: number;
  @ApiProperty({
    example: 'hash_mismatch',
    enum: ['gap', 'prev_hash_mismatch', 'hash_mismatch', 'payload_mismatch', 'tail_missing', 'head_mismatch'],
  })
  reason: string;
}

export class ChainVerificationResponseDto {
  @ApiProperty({ example: true }) ok: boolean;
  @ApiProperty({ enum: ['full', 'seq_range', 'time_range'], example: 'full' }) scope: string;
  @ApiProperty({ example: 1 }) fromSeq: number;
  @ApiProperty({ example: 5000 }) toSeq: number;
  @ApiProperty({ example: 5000 }) checked: number;
  @ApiPropertyOptional({ type: ChainBreakDto }) firstBreak?: ChainBreakDto;
  @ApiProperty({ example: 5000 }) headSeq: number;
  @ApiProperty({ example: '5e1d…' }) headHash: string;
  @ApiProperty({ example: '5e1d…', description: 'Hash of the last verified entry' }) lastHash: string;
}

export const toChainVerificationResponse = (r: ChainVerificationResult): ChainVerificationResponseDto => ({ ...r });

export class AuditAnchorResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) certificationBodyId: string;
  @ApiProperty({ example: 5000, description: 'The anchored chain head seq' }) seq: number;
  @ApiProperty({ example: '5e1d…' }) hash: string;
  @ApiProperty({ example: '2026-03-01T08:15:30.123Z' }) anchoredAt: string;
  @ApiProperty({ format: 'uuid' }) createdByUserId: string;
  @ApiProperty({ example: '3fa2c1d09b7e4a55' }) keyFingerprint: string;
  @ApiProperty({ example: 'c0ffee…', description: 'HMAC-SHA256 of the canonical {v,body,seq,hash,at}' }) signature: string;
}

export function toAuditAnchorResponse(a: AuditAnchor): AuditAnchorResponseDto {
  return {
    id: a.id, certificationBodyId: a.certificationBodyId, seq: a.seq, hash: a.hash, anchoredAt: a.anchoredAt.toISOString(),
    createdByUserId: a.createdByUserId, keyFingerprint: a.keyFingerprint, signature: a.signature,
  };
}

export class AnchorVerificationResponseDto {
  @ApiProperty({ example: true }) ok: boolean;
  @ApiProperty({ type: AuditAnchorResponseDto }) anchor: AuditAnchorResponseDto;
  @ApiProperty({ example: true }) signatureValid: boolean;
  @ApiProperty({ example: true, description: 'The entry at the anchored seq still has the anchored hash' })
  anchoredHashMatches: boolean;
  @ApiProperty({ type: ChainVerificationResponseDto }) chain: ChainVerificationResponseDto;
}

export const toAnchorVerificationResponse = (r: AnchorVerificationResult): AnchorVerificationResponseDto => ({
  ...r,
  anchor: toAuditAnchorResponse(r.anchor),
  chain: toChainVerificationResponse(r.chain),
});
