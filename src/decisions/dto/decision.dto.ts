import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { OUTCOMES, type Outcome } from '../../recommendations/evidence-methods.js';

export class DecideDto {
  @ApiProperty({ enum: OUTCOMES, example: 'K', description: 'Kompeten / Belum Kompeten' })
  @IsIn(OUTCOMES)
  readonly outcome: Outcome;

  @ApiPropertyOptional({ example: 'Rapat pleno Komite Teknis 12 Maret 2026: bukti lengkap dan valid' })
  @IsOptional() @IsString() @MaxLength(5000)
  readonly notes?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'BK: the units not yet competent (default: the BK units of the recommendation)' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  readonly bkUnitIds?: string[];

  @ApiPropertyOptional({ example: 'Asesmen ulang unit J.620100.004.02 dengan observasi' })
  @IsOptional() @IsString() @MaxLength(5000)
  readonly followUp?: string;

  @ApiPropertyOptional({ example: '62090 2513 3 0108289 2026', description: 'K: a certificate number issued by BNSP (with registrationNumber); generated from the template when absent' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100)
  readonly certificateNumber?: string;

  @ApiPropertyOptional({ example: 'TIK 1565 30800 2026' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100)
  readonly registrationNumber?: string;
}
