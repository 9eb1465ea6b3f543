import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { User } from '../user.entity.js';

export class UpdateProfileDto {
  @ApiPropertyOptional({ example: 'Siti Nurhaliza' })
  @IsOptional() @IsString() @MinLength(2) @MaxLength(200)
  readonly fullName?: string;

  @ApiPropertyOptional({ example: '+62 812 3456 7890' })
  @IsOptional() @Matches(/^[+0-9 ()-]{5,30}$/)
  readonly phone?: string;

  @ApiPropertyOptional({ example: '3174012309900001', description: 'NIK: 16 digits' })
  @IsOptional() @Matches(/^\d{16}$/, { message: 'nationalId must be 16 digits' })
  readonly nationalId?: string;

  @ApiPropertyOptional({ example: 'Bandung' })
  @IsOptional() @IsString() @MaxLength(100)
  readonly birthPlace?: string;

  @ApiPropertyOptional({ example: '1995-04-17' })
  @IsOptional() @IsDateString({ strict: true })
  readonly birthDate?: string;

  @ApiPropertyOptional({ example: 'PT Nusantara Digital' })
  @IsOptional() @IsString() @MaxLength(200)
  readonly employer?: string;

  @ApiPropertyOptional({ example: 'Web Developer' })
  @IsOptional() @IsString() @MaxLength(200)
  readonly position?: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString() @MaxLength(200)
  readonly currentPassword: string;

  @ApiProperty({ minLength: 10, example: 'a-long-new-passphrase' })
  @IsString() @MinLength(10) @MaxLength(200)
  readonly newPassword: string;
}

export class UserResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'siti@example.id' }) email: string;
  @ApiProperty() fullName: string;
  @ApiProperty() phone: string;
  @ApiProperty({ nullable: true, type: String }) nationalId: string | null;
  @ApiProperty({ nullable: true, type: String }) birthPlace: string | null;
  @ApiProperty({ nullable: true, type: String }) birthDate: string | null;
  @ApiProperty({ nullable: true, type: String }) employer: string | null;
  @ApiProperty({ nullable: true, type: String }) position: string | null;
}

/** The person's own view (never the password hash). */
export function toUserResponse(u: User): UserResponseDto {
  const { id, email, fullName, phone, nationalId, birthPlace, birthDate, employer, position } = u;
  return { id, email, fullName, phone, nationalId, birthPlace, birthDate, employer, position };
}
