import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { BODY_ROLES, type BodyRole } from '../../auth/roles.js';
import type { User } from '../../users/user.entity.js';
import type { Membership } from '../membership.entity.js';

export class ChangeRolesDto {
  @ApiProperty({ enum: BODY_ROLES, isArray: true, example: ['assessor'] })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(BODY_ROLES, { each: true })
  readonly roles: BodyRole[];
}

export class MemberResponseDto {
  @ApiProperty({ format: 'uuid', description: 'Membership id' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: 'asesor@lsp-demo.id' }) email: string;
  @ApiProperty({ example: 'Bambang Suryadi' }) fullName: string;
  @ApiProperty({ enum: BODY_ROLES, isArray: true, example: ['assessor'] }) roles: BodyRole[];
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty() createdAt: Date;
}

export class MemberPageDto {
  @ApiProperty({ type: [MemberResponseDto] }) items: MemberResponseDto[];
  @ApiProperty({ example: 42 }) total: number;
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({ example: 20 }) pageSize: number;
}

export function toMemberResponse(m: Membership, u: Pick<User, 'email' | 'fullName'>): MemberResponseDto {
  return {
    id: m.id, userId: m.userId, email: u.email, fullName: u.fullName,
    roles: m.roles, active: m.active, createdAt: m.createdAt,
  };
}
