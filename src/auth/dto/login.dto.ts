import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin@lsp-demo.id' })
  @IsEmail()
  @MaxLength(254)
  readonly email: string;

  @ApiProperty({ example: 'Kompeten#2026' })
  @IsString()
  @MaxLength(200)
  readonly password: string;

  @ApiPropertyOptional({ description: 'Body to act in; defaults to the first membership', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  readonly certificationBodyId?: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from the last login or refresh' })
  @IsString()
  @MaxLength(200)
  readonly refreshToken: string;
}

export class TokenPairDto {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIs…' })
  accessToken: string;

  @ApiProperty({ example: 'k1Y2…' })
  refreshToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ example: 900, description: 'Access token lifetime in seconds' })
  expiresIn: number;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  certificationBodyId: string | null;
}

export class SwitchBodyDto {
  @ApiProperty({ description: 'A body the caller is an active member of', format: 'uuid', example: '0b8f7c1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e' })
  @IsUUID()
  readonly certificationBodyId: string;
}
