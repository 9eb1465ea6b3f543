import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { BODY_ROLES, type BodyRole } from '../../auth/roles.js';
import type { Invitation } from '../invitation.entity.js';

export class CreateInvitationDto {
  @ApiProperty({ example: 'asesor.baru@example.id' })
  @IsEmail() @MaxLength(254)
  readonly email: string;

  @ApiProperty({ enum: BODY_ROLES, isArray: true, example: ['assessor'] })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(BODY_ROLES, { each: true })
  readonly roles: BodyRole[];
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the invitation link', example: 'q0V3l6m7n…' })
  @IsString() @MinLength(20) @MaxLength(200)
  readonly token: string;

  @ApiProperty({ example: 'Rina Kusuma', description: 'Used when the email has no account yet' })
  @IsString() @MinLength(2) @MaxLength(200)
  readonly fullName: string;

  @ApiProperty({
    example: 'a-long-passphrase-2026', minLength: 10,
    description: 'New account: its password. Existing account: its current password (proves it is the owner).',
  })
  @IsString() @MinLength(10) @MaxLength(200)
  readonly password: string;
}

export class InvitationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'asesor.baru@example.id' }) email: string;
  @ApiProperty({ enum: BODY_ROLES, isArray: true, example: ['assessor'] }) roles: BodyRole[];
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ nullable: true, type: Date }) acceptedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class CreatedInvitationResponseDto extends InvitationResponseDto {
  @ApiProperty({ description: 'Shown once; only its hash is stored. Send it to the invitee.', example: 'q0V3l6m7n…' })
  token: string;
}

export class AcceptedInvitationResponseDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'uuid' }) membershipId: string;
  @ApiProperty({ format: 'uuid' }) certificationBodyId: string;
  @ApiProperty({ enum: BODY_ROLES, isArray: true, example: ['assessor'] }) roles: BodyRole[];
}

export function toInvitationResponse(i: Invitation): InvitationResponseDto {
  const { id, email, roles, expiresAt, acceptedAt, createdAt } = i;
  return { id, email, roles, expiresAt, acceptedAt, createdAt };
}
