import { ApiProperty } from '@nestjs/swagger';
import type { AssessmentAssessor } from '../assessment-assessor.entity.js';
import { ASSESSMENT_STATUSES, ASSESSOR_ROLES, TUK_TYPES } from '../assessment-state.js';
import type { Assessment } from '../assessment.entity.js';
import type { AssessmentDetail, AssessmentPage } from '../assessments.service.js';

export class AssignedAssessorDto {
  @ApiProperty({ format: 'uuid' }) assessorUserId: string;
  @ApiProperty({ enum: ASSESSOR_ROLES, example: 'lead' }) role: string;
  @ApiProperty() assignedAt: Date;
  @ApiProperty({ format: 'uuid' }) assignedByUserId: string;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ nullable: true, type: Date }) deactivatedAt: Date | null;
}

export class TukResponseDto {
  @ApiProperty({ example: 'TUK Sewaktu Politeknik Negeri Bandung' }) name: string;
  @ApiProperty({ enum: TUK_TYPES, example: 'sewaktu' }) type: string;
  @ApiProperty({ example: 'Jl. Gegerkalong Hilir, Bandung Barat' }) address: string;
}

export class AssessmentResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) schemeId: string;
  @ApiProperty({ format: 'uuid' }) schemeVersionId: string;
  @ApiProperty({ example: 'SKM/LSP-DEMO/JWD/2016' }) schemeCode: string;
  @ApiProperty({ format: 'uuid' }) candidateUserId: string;
  @ApiProperty({ example: 1 }) attempt: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Reassessment: the previous attempt' }) previousAssessmentId: string | null;
  @ApiProperty({ nullable: true, type: [String], description: 'Reassessment: the units assessed again' }) reassessedUnitIds: string[] | null;
  @ApiProperty({ type: TukResponseDto }) tuk: TukResponseDto;
  @ApiProperty({ example: '2026-03-10T01:00:00.000Z' }) scheduledAt: Date;
  @ApiProperty({ enum: ASSESSMENT_STATUSES, example: 'scheduled' }) status: string;
  @ApiProperty({ type: [AssignedAssessorDto], description: 'Active assignments (detail: also the deactivated ones)' }) assessors: AssignedAssessorDto[];
  @ApiProperty() createdAt: Date;
}

export class AssessmentEventDto {
  @ApiProperty({ example: 'cancel' }) action: string;
  @ApiProperty({ nullable: true, type: String, example: 'scheduled' }) fromStatus: string | null;
  @ApiProperty({ example: 'cancelled' }) toStatus: string;
  @ApiProperty({ format: 'uuid' }) actorUserId: string;
  @ApiProperty({ example: 'Asesi sakit' }) reason: string;
  @ApiProperty() at: Date;
}

export class AssessmentDetailResponseDto extends AssessmentResponseDto {
  @ApiProperty({ type: [AssessmentEventDto] }) events: AssessmentEventDto[];
}

export class AssessmentPageDto {
  @ApiProperty({ type: [AssessmentResponseDto] }) items: AssessmentResponseDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

const toAssigned = (r: AssessmentAssessor): AssignedAssessorDto => ({
  assessorUserId: r.assessorUserId, role: r.role, assignedAt: r.assignedAt, assignedByUserId: r.assignedByUserId,
  active: r.active, deactivatedAt: r.deactivatedAt,
});

export function toAssessmentResponse(a: Assessment, assessors: AssessmentAssessor[]): AssessmentResponseDto {
  return {
    id: a.id, applicationId: a.applicationId, schemeId: a.schemeId, schemeVersionId: a.schemeVersionId, schemeCode: a.schemeCode,
    candidateUserId: a.candidateUserId, attempt: a.attempt, previousAssessmentId: a.previousAssessmentId, reassessedUnitIds: a.reassessedUnitIds, tuk: { name: a.tukName, type: a.tukType, address: a.tukAddress },
    scheduledAt: a.scheduledAt, status: a.status, assessors: assessors.map(toAssigned), createdAt: a.createdAt,
  };
}

export function toAssessmentDetailResponse(d: AssessmentDetail): AssessmentDetailResponseDto {
  return {
    ...toAssessmentResponse(d.assessment, d.assessors),
    events: d.events.map((e) => ({ action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorUserId: e.actorUserId, reason: e.reason, at: e.createdAt })),
  };
}

export function toAssessmentPage(p: AssessmentPage): AssessmentPageDto {
  return { items: p.items.map((i) => toAssessmentResponse(i.assessment, i.assessors)), nextCursor: p.nextCursor };
}

/** The assessment's status after a workflow action of another module. */
export class AssessmentStatusResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ASSESSMENT_STATUSES, example: 'ready' }) status: string;
}
export const toAssessmentStatusResponse = (a: Assessment): AssessmentStatusResponseDto => ({ id: a.id, status: a.status });
