import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export class FileAppealDto {
  @ApiProperty({ format: 'uuid', description: 'The decision appealed against' })
  @IsUUID()
  readonly decisionId: string;

  @ApiProperty({ example: true, description: 'FR.AK.04 Q1: Apakah proses banding telah dijelaskan kepada Anda?' })
  @IsBoolean()
  readonly processExplained: boolean;

  @ApiProperty({ example: true, description: 'FR.AK.04 Q2: Apakah Anda telah mendiskusikan banding dengan asesor?' })
  @IsBoolean()
  readonly discussedWithAssessor: boolean;

  @ApiProperty({ example: false, description: 'FR.AK.04 Q3: Apakah Anda mau melibatkan "orang lain" membantu Anda dalam proses banding?' })
  @IsBoolean()
  readonly involvesOtherPerson: boolean;

  @ApiProperty({ example: 'Observasi dilakukan tanpa alat yang tercantum dalam MAPA; proses tidak sesuai SOP' })
  @IsString() @MinLength(10) @MaxLength(5000)
  readonly reasons: string;
}

export class AppointPanelDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Members of the body who had no part in the assessment or the decision (LSP practice: at least 3)' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(7) @IsUUID('all', { each: true })
  readonly memberUserIds: string[];

  @ApiPropertyOptional({ example: 'SK Direktur LSP No. 12/2026' })
  @IsOptional() @IsString() @MaxLength(2000)
  readonly notes?: string;
}

export class ResolveAppealDto {
  @ApiProperty({ enum: ['uphold', 'reassess'], example: 'reassess', description: 'Uphold the decision, or grant a reassessment by a different assessor' })
  @IsIn(['uphold', 'reassess'])
  readonly outcome: 'uphold' | 'reassess';

  @ApiProperty({ example: 'Proses observasi tidak sesuai MAPA; asesmen ulang oleh asesor lain' })
  @IsString() @MinLength(3) @MaxLength(5000)
  readonly notes: string;
}

export class ListAppealsQueryDto {
  @ApiPropertyOptional({ example: true, description: 'Only open appeals past their resolution date' })
  @IsOptional() @Type(() => String) @IsIn(['true', 'false'])
  readonly overdue?: 'true' | 'false';

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  readonly limit?: number;
}
