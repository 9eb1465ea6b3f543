import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { type DeclaredRelationship, RELATIONSHIP_KINDS, type RelationshipKind } from '../declared-relationship.entity.js';

export class DeclareRelationshipDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The assessor concerned; defaults to the caller. Only admins may name someone else.' })
  @IsOptional() @IsUUID()
  readonly assessorUserId?: string;

  @ApiProperty({ enum: RELATIONSHIP_KINDS, example: 'trained' })
  @IsIn(RELATIONSHIP_KINDS)
  readonly kind: RelationshipKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'The other person (a member of the body); for `trained` the trainee' })
  @IsOptional() @IsUUID()
  readonly counterpartUserId?: string;

  @ApiPropertyOptional({ example: 'PT Nusantara Digital', description: 'An organisation, when the counterpart is not a person' })
  @IsOptional() @IsString() @MinLength(2) @MaxLength(200)
  readonly organisationName?: string;

  @ApiPropertyOptional({ example: 'SKM-JWD-2024' })
  @IsOptional() @IsString() @MaxLength(60)
  readonly schemeCode?: string;

  @ApiPropertyOptional({ example: '2025-08-20', format: 'date' })
  @IsOptional() @IsDateString({ strict: true })
  readonly occurredOn?: string;

  @ApiPropertyOptional({ example: 'Pelatihan berbasis kompetensi di BLK Bandung' })
  @IsOptional() @IsString() @MaxLength(1000)
  readonly note?: string;
}

export class RelationshipQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Relationships naming this user on either side; assessors see only their own' })
  @IsOptional() @IsUUID()
  readonly userId?: string;
}

export class RelationshipResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assessorUserId: string;
  @ApiProperty({ enum: RELATIONSHIP_KINDS, example: 'trained' }) kind: RelationshipKind;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) counterpartUserId: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'PT Nusantara Digital' }) organisationName: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'SKM-JWD-2024' }) schemeCode: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2025-08-20' }) occurredOn: string | null;
  @ApiProperty({ example: '' }) note: string;
  @ApiProperty({ format: 'uuid' }) declaredByUserId: string;
  @ApiProperty() createdAt: Date;
}

export function toRelationshipResponse(r: DeclaredRelationship): RelationshipResponseDto {
  const { id, assessorUserId, kind, counterpartUserId, organisationName, schemeCode, occurredOn, note, declaredByUserId, createdAt } = r;
  return { id, assessorUserId, kind, counterpartUserId, organisationName, schemeCode, occurredOn, note, declaredByUserId, createdAt };
}
