import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ASSESSOR_STATUSES, type AssessorProfile, type AssessorStatus } from '../assessor-profile.entity.js';

export class CreateAssessorProfileDto {
  @ApiProperty({ format: 'uuid', description: 'A member of the body holding the assessor role' })
  @IsUUID()
  readonly userId: string;

  @ApiProperty({ example: 'MET.000.001234.2024', description: 'No. Reg / No. MET' })
  @IsString() @MinLength(1) @MaxLength(60)
  readonly registrationNumber: string;

  @ApiProperty({ example: '2024-03-01', format: 'date' })
  @IsDateString({ strict: true })
  readonly certificateValidFrom: string;

  @ApiProperty({ example: '2027-02-28', format: 'date' })
  @IsDateString({ strict: true })
  readonly certificateValidUntil: string;

  @ApiPropertyOptional({ enum: ASSESSOR_STATUSES, example: 'active', default: 'active' })
  @IsOptional() @IsIn(ASSESSOR_STATUSES)
  readonly status?: AssessorStatus;

  @ApiPropertyOptional({ type: [String], example: ['SKM-JWD-2024'] })
  @IsOptional() @IsArray() @ArrayUnique() @IsString({ each: true }) @MaxLength(60, { each: true })
  readonly schemeCodes?: string[];

  @ApiPropertyOptional({ type: [String], example: ['Teknologi Informasi'] })
  @IsOptional() @IsArray() @ArrayUnique() @IsString({ each: true }) @MaxLength(200, { each: true })
  readonly fields?: string[];
}

export class UpdateAssessorProfileDto extends PartialType(OmitType(CreateAssessorProfileDto, ['userId'] as const)) {}

export class AssessorProfileResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: 'MET.000.001234.2024' }) registrationNumber: string;
  @ApiProperty({ example: '2024-03-01' }) certificateValidFrom: string;
  @ApiProperty({ example: '2027-02-28' }) certificateValidUntil: string;
  @ApiProperty({ enum: ASSESSOR_STATUSES, example: 'active' }) status: AssessorStatus;
  @ApiProperty({ type: [String], example: ['SKM-JWD-2024'] }) schemeCodes: string[];
  @ApiProperty({ type: [String], example: ['Teknologi Informasi'] }) fields: string[];
  @ApiProperty() updatedAt: Date;
}

export function toAssessorProfileResponse(p: AssessorProfile): AssessorProfileResponseDto {
  const { id, userId, registrationNumber, certificateValidFrom, certificateValidUntil, status, schemeCodes, fields, updatedAt } = p;
  return { id, userId, registrationNumber, certificateValidFrom, certificateValidUntil, status, schemeCodes, fields, updatedAt };
}
