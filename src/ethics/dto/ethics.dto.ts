import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength,
} from 'class-validator';
import { DECLARED_RELATIONSHIPS, type DeclaredRelationship, type EthicsItem } from '../code-of-ethics.js';
import type { CodeOfEthicsVersion } from '../code-of-ethics-version.entity.js';
import type { EthicsAffirmation } from '../ethics-affirmation.entity.js';
import type { EthicsStatus } from '../ethics.service.js';

export class PublishCodeOfEthicsDto {
  @ApiProperty({ type: [String], example: ['Setia kepada NKRI, Pancasila dan UUD 1945', 'Tidak menerima gratifikasi dalam bentuk apa pun'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) @MinLength(3, { each: true }) @MaxLength(1000, { each: true })
  readonly items: string[];
}

export class AffirmEthicsDto {
  @ApiProperty({ example: 1, description: 'The version being affirmed: must be the current one' })
  @IsInt() @Min(1)
  readonly codeVersion: number;

  @ApiProperty({ type: [Number], example: [1, 2, 3, 4, 5, 6, 7, 8], description: 'Numbers of the items affirmed: all of them' })
  @IsArray() @ArrayMaxSize(50) @IsInt({ each: true })
  readonly affirmedItems: number[];

  @ApiProperty({ enum: DECLARED_RELATIONSHIPS, example: 'none', description: 'Relationship with the candidate or their institution' })
  @IsIn(DECLARED_RELATIONSHIPS)
  readonly relationship: DeclaredRelationship;

  @ApiPropertyOptional({ example: '' })
  @IsOptional() @IsString() @MaxLength(2000)
  readonly relationshipDetail?: string;

  @ApiProperty({ example: false, description: 'Whether any gift or gratification was accepted' })
  @IsBoolean()
  readonly giftsAccepted: boolean;
}

class EthicsItemDto implements EthicsItem {
  @ApiProperty({ example: 8 }) number: number;
  @ApiProperty({ example: 'Tidak menerima gratifikasi dalam bentuk apa pun' }) text: string;
}

export class CodeOfEthicsResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ type: [EthicsItemDto] }) items: EthicsItemDto[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) publishedByUserId: string | null;
  @ApiProperty() createdAt: Date;
}

export const toCodeOfEthicsResponse = (v: CodeOfEthicsVersion): CodeOfEthicsResponseDto => ({
  id: v.id, version: v.version, items: v.items, publishedByUserId: v.publishedByUserId, createdAt: v.createdAt,
});

class AffirmedItemDto extends EthicsItemDto {
  @ApiProperty({ example: true }) affirmed: boolean;
}

export class EthicsAffirmationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'uuid' }) assessorUserId: string;
  @ApiProperty({ example: 1 }) codeVersion: number;
  @ApiProperty({ type: [AffirmedItemDto] }) answers: AffirmedItemDto[];
  @ApiProperty({ enum: DECLARED_RELATIONSHIPS, example: 'none' }) relationship: string;
  @ApiProperty({ example: '' }) relationshipDetail: string;
  @ApiProperty({ example: false }) giftsAccepted: boolean;
  @ApiProperty() createdAt: Date;
}

export const toEthicsAffirmationResponse = (e: EthicsAffirmation): EthicsAffirmationResponseDto => ({
  id: e.id, assessmentId: e.assessmentId, assessorUserId: e.assessorUserId, codeVersion: e.codeVersion, answers: e.answers,
  relationship: e.relationship, relationshipDetail: e.relationshipDetail, giftsAccepted: e.giftsAccepted, createdAt: e.createdAt,
});

class DeclarationDto {
  @ApiProperty({ format: 'uuid' }) assessorUserId: string;
  @ApiProperty({ enum: DECLARED_RELATIONSHIPS, example: 'family' }) relationship: string;
  @ApiProperty({ example: false }) giftsAccepted: boolean;
}

export class EthicsGateDto {
  @ApiProperty({ type: [String], format: 'uuid', example: [] }) missingAffirmations: string[];
  @ApiProperty({ type: [DeclarationDto] }) conflicts: DeclarationDto[];
}

export class EthicsStatusResponseDto {
  @ApiProperty({ example: 'scheduled' }) status: string;
  @ApiProperty({ example: true, description: 'Every active assessor affirmed without a conflict' }) passed: boolean;
  @ApiProperty({ type: EthicsGateDto }) gate: EthicsGateDto;
  @ApiProperty({ type: [EthicsAffirmationResponseDto], description: 'Every affirmation, also of assessors no longer assigned' })
  affirmations: EthicsAffirmationResponseDto[];
}

export const toEthicsStatusResponse = (s: EthicsStatus): EthicsStatusResponseDto => ({
  status: s.status, passed: !s.gate.missingAffirmations.length && !s.gate.conflicts.length,
  gate: { missingAffirmations: s.gate.missingAffirmations, conflicts: s.gate.conflicts.map((c) => ({ assessorUserId: c.assessorUserId, relationship: c.relationship, giftsAccepted: c.giftsAccepted })) },
  affirmations: s.affirmations.map(toEthicsAffirmationResponse),
});
