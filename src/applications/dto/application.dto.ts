import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { APPLICATION_PURPOSES, type ApplicationPurpose, type RequirementEvidence } from '../application-state.js';

export class RequirementEvidenceDto implements RequirementEvidence {
  @ApiProperty({ example: 0, description: "Index into the version's basic requirements (persyaratan dasar)" })
  @IsInt() @Min(0)
  readonly requirementIndex: number;

  @ApiProperty({ type: [String], format: 'uuid', example: ['3f0c6a52-4a53-4d0e-9b8f-6c1d2e3f4a5b'] })
  @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  readonly portfolioItemIds: string[];
}

export class CreateApplicationDto {
  @ApiProperty({ format: 'uuid', description: 'A published version of a scheme of the body' })
  @IsUUID()
  readonly schemeVersionId: string;

  @ApiProperty({ enum: APPLICATION_PURPOSES, example: 'certification', description: 'Tujuan asesmen; pkt = pengakuan kompetensi terkini, rpl = rekognisi pembelajaran lampau' })
  @IsIn(APPLICATION_PURPOSES)
  readonly purpose: ApplicationPurpose;

  @ApiPropertyOptional({ example: 'Persyaratan promosi jabatan', description: 'Required when purpose is other' })
  @IsOptional() @IsString() @MinLength(3) @MaxLength(300)
  readonly purposeOther?: string;

  @ApiPropertyOptional({ example: '62090 2516 3 0001234 2023', description: 'Required for recertification: the certificate being renewed' })
  @IsOptional() @IsString() @MinLength(3) @MaxLength(100)
  readonly renewsCertificateNumber?: string;

  @ApiPropertyOptional({ example: 'Jl. Cihampelas No. 12, Bandung 40131' })
  @IsOptional() @IsString() @MaxLength(500)
  readonly homeAddress?: string;

  @ApiPropertyOptional({ example: 'S1 Teknik Informatika', description: 'Kualifikasi pendidikan terakhir' })
  @IsOptional() @IsString() @MaxLength(200)
  readonly education?: string;

  @ApiPropertyOptional({ example: 'Jl. Asia Afrika No. 8, Bandung 40111' })
  @IsOptional() @IsString() @MaxLength(500)
  readonly officeAddress?: string;

  @ApiPropertyOptional({ type: [RequirementEvidenceDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => RequirementEvidenceDto)
  readonly requirementEvidence?: RequirementEvidenceDto[];
}

export class UpdateApplicationDto extends PartialType(
  PickType(CreateApplicationDto, ['purpose', 'purposeOther', 'renewsCertificateNumber', 'homeAddress', 'education', 'officeAddress', 'requirementEvidence'] as const),
) {}

export class TransitionReasonDto {
  @ApiPropertyOptional({ example: 'Jadwal kerja tidak memungkinkan tahun ini' })
  @IsOptional() @IsString() @MaxLength(2000)
  readonly reason?: string;
}
