import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** Candidate self-registration: the person data FR.APL.01 part 1 needs. */
export class RegisterCandidateDto {
  @ApiProperty({ example: 'budi.santoso@example.id' })
  @IsEmail() @MaxLength(254)
  readonly email: string;

  @ApiProperty({ minLength: 10, example: 'a-long-passphrase-2026' })
  @IsString() @MinLength(10) @MaxLength(200)
  readonly password: string;

  @ApiProperty({ example: 'Budi Santoso' })
  @IsString() @MinLength(2) @MaxLength(200)
  readonly fullName: string;

  @ApiProperty({ example: '3273011203960003', description: 'NIK: 16 digits' })
  @Matches(/^\d{16}$/, { message: 'nationalId must be 16 digits' })
  readonly nationalId: string;

  @ApiProperty({ example: 'Bandung' })
  @IsString() @MinLength(2) @MaxLength(100)
  readonly birthPlace: string;

  @ApiProperty({ example: '1996-03-12', format: 'date' })
  @IsDateString({ strict: true })
  readonly birthDate: string;

  @ApiPropertyOptional({ example: '+62 812 0000 1111' })
  @IsOptional() @Matches(/^[+0-9 ()-]{5,30}$/)
  readonly phone?: string;

  @ApiPropertyOptional({ example: 'PT Nusantara Digital' })
  @IsOptional() @IsString() @MaxLength(200)
  readonly employer?: string;

  @ApiPropertyOptional({ example: 'Junior Web Developer' })
  @IsOptional() @IsString() @MaxLength(200)
  readonly position?: string;
}

export class RegistrationResponseDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'uuid' }) membershipId: string;
  @ApiProperty({ format: 'uuid' }) certificationBodyId: string;
  @ApiProperty({ example: 'budi.santoso@example.id' }) email: string;
}
