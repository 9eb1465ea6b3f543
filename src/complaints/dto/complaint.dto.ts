import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { COMPLAINT_ACTION_NAMES, COMPLAINT_STATUSES, COMPLAINT_SUBJECTS, type ComplaintAction, type ComplaintStatus, type ComplaintSubject } from '../complaint-state.js';

export class FileComplaintDto {
  @ApiProperty({ enum: COMPLAINT_SUBJECTS, example: 'assessor' })
  @IsIn(COMPLAINT_SUBJECTS)
  readonly subjectType: ComplaintSubject;

  @ApiPropertyOptional({ example: 'MET.000.004231 2019', description: 'Assessor, or certificate number of the holder' })
  @IsOptional() @IsString() @MaxLength(200)
  readonly subjectReference?: string;

  @ApiProperty({ example: 'Asesor meminta imbalan di luar biaya resmi uji kompetensi' })
  @IsString() @MinLength(10) @MaxLength(10000)
  readonly description: string;

  @ApiProperty({ example: 'Siti Rahmawati' })
  @IsString() @MinLength(2) @MaxLength(200)
  readonly contactName: string;

  @ApiProperty({ example: 'siti@example.id' })
  @IsEmail() @MaxLength(254)
  readonly contactEmail: string;

  @ApiPropertyOptional({ example: '+6281234567890' })
  @IsOptional() @IsString() @MaxLength(30)
  readonly contactPhone?: string;
}

export class FilePublicComplaintDto extends FileComplaintDto {
  @ApiProperty({ format: 'uuid', description: 'The certification body complained to (or about)' })
  @IsUUID()
  readonly certificationBodyId: string;
}

export class ComplaintTransitionDto {
  @ApiProperty({ enum: COMPLAINT_ACTION_NAMES, example: 'triage' })
  @IsIn(COMPLAINT_ACTION_NAMES)
  readonly action: ComplaintAction;

  @ApiPropertyOptional({ example: 'Diteruskan ke manajer sertifikasi untuk investigasi' })
  @IsOptional() @IsString() @MaxLength(5000)
  readonly notes?: string;

  @ApiPropertyOptional({ example: 'Keluhan terbukti; asesor dinonaktifkan sementara', description: 'Required to resolve' })
  @IsOptional() @IsString() @MinLength(3) @MaxLength(5000)
  readonly outcome?: string;

  @ApiPropertyOptional({ example: 'Sosialisasi ulang kode etik asesor' })
  @IsOptional() @IsString() @MaxLength(5000)
  readonly correctiveAction?: string;
}

export class ListComplaintsQueryDto {
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES, example: 'received' })
  @IsOptional() @IsIn(COMPLAINT_STATUSES)
  readonly status?: ComplaintStatus;

  @ApiPropertyOptional({ example: 50, minimum: 1, maximum: 100, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  readonly limit?: number;
}
