import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { APPLICATION_RECOMMENDATIONS, type ApplicationRecommendation } from '../application-review.entity.js';

export class RequirementCheckDto {
  @ApiProperty({ example: 0 })
  @IsInt() @Min(0)
  readonly requirementIndex: number;

  @ApiProperty({ example: true, description: 'Ada (true) / tidak ada (false)' })
  @IsBoolean()
  readonly present: boolean;

  @ApiProperty({ example: true, description: 'Memenuhi syarat (true) / tidak memenuhi syarat (false)' })
  @IsBoolean()
  readonly meets: boolean;

  @ApiPropertyOptional({ example: 'Ijazah SMK legalisir' })
  @IsOptional() @IsString() @MaxLength(1000)
  readonly note?: string;
}

export class ReviewApplicationDto {
  @ApiProperty({ type: [RequirementCheckDto], description: 'One row per basic requirement of the version' })
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => RequirementCheckDto)
  readonly requirements: RequirementCheckDto[];

  @ApiProperty({ enum: APPLICATION_RECOMMENDATIONS, example: 'accept', description: 'accept = diterima, reject = tidak diterima, return = back to the candidate' })
  @IsIn(APPLICATION_RECOMMENDATIONS)
  readonly recommendation: ApplicationRecommendation;

  @ApiPropertyOptional({ example: 'Persyaratan lengkap', description: 'Catatan; shown to the candidate' })
  @IsOptional() @IsString() @MaxLength(2000)
  readonly notes?: string;
}
