import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export class CertificateStatusChangeDto {
  @ApiProperty({ example: 'Pemegang sertifikat tidak menyerahkan bukti surveilan' })
  @IsString() @MinLength(3) @MaxLength(2000)
  readonly reason: string;
}

export class ListCertificatesQueryDto {
  @ApiProperty({ enum: ['surveillance', 'expiry'], example: 'surveillance', description: 'Due for surveillance, or expiring' })
  @IsIn(['surveillance', 'expiry'])
  readonly due: 'surveillance' | 'expiry';

  @ApiPropertyOptional({ example: 30, default: 30, minimum: 0, maximum: 3650, description: 'Within this many days from today (overdue surveillance included)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3650)
  readonly withinDays?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page', example: 'WyIyMDI3LTAzLTEwVDAwOjAwOjAwLjAwMFoiLCIuLi4iXQ' })
  @IsOptional() @IsString()
  readonly cursor?: string;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  readonly limit?: number;
}

export class RenderBatchDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Certificates of one decision meeting', example: ['6f1c2b7e-3d4a-4e8b-9c0d-1a2b3c4d5e6f'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @IsUUID('all', { each: true })
  readonly certificateIds: string[];
}
