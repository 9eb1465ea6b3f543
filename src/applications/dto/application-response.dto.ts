import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import type { ApplicationDetail } from '../applications.service.js';
import { APPLICATION_RECOMMENDATIONS } from '../application-review.entity.js';
import { APPLICATION_PURPOSES, APPLICATION_STATUSES, type ApplicationStatus } from '../application-state.js';
import type { Application } from '../application.entity.js';
import { RequirementEvidenceDto } from './application.dto.js';

export class ListApplicationsQueryDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, example: 'submitted' })
  @IsOptional() @IsIn(APPLICATION_STATUSES)
  readonly status?: ApplicationStatus;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page', example: 'WyIyMDI2LTAxLTAxVDAwOjAwOjAwLjAwMFoiLCIuLi4iXQ' })
  @IsOptional() @IsString()
  readonly cursor?: string;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  readonly limit?: number;
}

export class ApplicantSnapshotDto {
  @ApiProperty({ example: 'Siti Nurhaliza Putri' }) fullName: string;
  @ApiProperty({ example: '3273015704950002', nullable: true, type: String }) nationalId: string | null;
  @ApiProperty({ example: 'Bandung', nullable: true, type: String }) birthPlace: string | null;
  @ApiProperty({ example: '1995-04-17', nullable: true, type: String }) birthDate: string | null;
  @ApiProperty({ example: 'Jl. Cihampelas No. 12, Bandung 40131', nullable: true, type: String }) homeAddress: string | null;
  @ApiProperty({ example: '+62 812 3456 7890' }) phone: string;
  @ApiProperty({ example: 'asesi@lsp-demo.id' }) email: string;
  @ApiProperty({ example: 'S1 Teknik Informatika', nullable: true, type: String }) education: string | null;
  @ApiProperty({ example: 'PT Nusantara Digital', nullable: true, type: String }) employer: string | null;
  @ApiProperty({ example: 'Junior Web Developer', nullable: true, type: String }) position: string | null;
  @ApiProperty({ example: 'Jl. Asia Afrika No. 8, Bandung 40111', nullable: true, type: String }) officeAddress: string | null;
}

export class ApplicationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) candidateUserId: string;
  @ApiProperty({ format: 'uuid' }) schemeId: string;
  @ApiProperty({ format: 'uuid' }) schemeVersionId: string;
  @ApiProperty({ enum: APPLICATION_STATUSES, example: 'submitted' }) status: string;
  @ApiProperty({ enum: APPLICATION_PURPOSES, example: 'certification' }) purpose: string;
  @ApiProperty({ nullable: true, type: String, example: null }) purposeOther: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) renewsCertificateNumber: string | null;
  @ApiProperty({ type: ApplicantSnapshotDto }) applicant: ApplicantSnapshotDto;
  @ApiProperty({ type: [RequirementEvidenceDto] }) requirementEvidence: RequirementEvidenceDto[];
  @ApiProperty({ example: 1 }) submissionCount: number;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class ApplicationEventDto {
  @ApiProperty({ example: 'submit' }) action: string;
  @ApiProperty({ nullable: true, type: String, example: 'draft' }) fromStatus: string | null;
  @ApiProperty({ example: 'submitted' }) toStatus: string;
  @ApiProperty({ format: 'uuid' }) actorUserId: string;
  @ApiProperty({ example: '' }) reason: string;
  @ApiProperty() at: Date;
}

export class RequirementCheckResponseDto {
  @ApiProperty({ example: 0 }) requirementIndex: number;
  @ApiProperty({ example: 'Minimal lulus SMK/SMA sederajat' }) description: string;
  @ApiProperty({ example: true }) present: boolean;
  @ApiProperty({ example: true }) meets: boolean;
  @ApiProperty({ example: '' }) note: string;
}

export class ApplicationReviewResponseDto {
  @ApiProperty({ example: 1 }) round: number;
  @ApiProperty({ enum: APPLICATION_RECOMMENDATIONS, example: 'accept' }) recommendation: string;
  @ApiProperty({ example: 'Persyaratan lengkap' }) notes: string;
  @ApiProperty({ format: 'uuid' }) reviewerUserId: string;
  @ApiProperty() reviewedAt: Date;
  @ApiProperty({ type: [RequirementCheckResponseDto] }) requirements: RequirementCheckResponseDto[];
}

export class ApplicationDetailResponseDto extends ApplicationResponseDto {
  @ApiProperty({ type: [ApplicationEventDto] }) events: ApplicationEventDto[];
  @ApiProperty({ type: [ApplicationReviewResponseDto] }) reviews: ApplicationReviewResponseDto[];
}

export class ApplicationPageDto {
  @ApiProperty({ type: [ApplicationResponseDto] }) items: ApplicationResponseDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export function toApplicationResponse(a: Application): ApplicationResponseDto {
  const { id, candidateUserId, schemeId, schemeVersionId, status, purpose, purposeOther, renewsCertificateNumber, applicant,
    requirementEvidence, submissionCount, submittedAt, decidedAt, createdAt } = a;
  return { id, candidateUserId, schemeId, schemeVersionId, status, purpose, purposeOther, renewsCertificateNumber, applicant,
    requirementEvidence, submissionCount, submittedAt, decidedAt, createdAt };
}

export function toApplicationDetailResponse(d: ApplicationDetail): ApplicationDetailResponseDto {
  return {
    ...toApplicationResponse(d.application),
    events: d.events.map((e) => ({ action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorUserId: e.actorUserId, reason: e.reason, at: e.createdAt })),
    reviews: d.reviews.map(({ review: r, checks }) => ({
      round: r.round, recommendation: r.recommendation, notes: r.notes, reviewerUserId: r.reviewerUserId, reviewedAt: r.createdAt,
      requirements: checks.map(({ requirementIndex, description, present, meets, note }) => ({ requirementIndex, description, present, meets, note })),
    })),
  };
}
