import { ApiProperty } from '@nestjs/swagger';
import { APPEAL_STATUSES } from '../appeal-state.js';
import type { AppealDetail } from '../appeals.service.js';
import type { Appeal } from '../appeal.entity.js';

export class AppealEventResponseDto {
  @ApiProperty({ example: 'appointPanel' }) action: string;
  @ApiProperty({ nullable: true, type: String, example: 'filed' }) fromStatus: string | null;
  @ApiProperty({ example: 'panel_appointed' }) toStatus: string;
  @ApiProperty({ format: 'uuid' }) actorUserId: string;
  @ApiProperty({ example: 'SK Direktur LSP No. 12/2026' }) notes: string;
  @ApiProperty() at: Date;
}

export class AppealResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) decisionId: string;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'uuid' }) appellantUserId: string;
  @ApiProperty({ example: true }) processExplained: boolean;
  @ApiProperty({ example: true }) discussedWithAssessor: boolean;
  @ApiProperty({ example: false }) involvesOtherPerson: boolean;
  @ApiProperty({ example: 'Proses tidak sesuai SOP' }) reasons: string;
  @ApiProperty({ enum: APPEAL_STATUSES, example: 'filed' }) status: string;
  @ApiProperty() filedAt: Date;
  @ApiProperty({ description: 'Resolution due (filing + 14 days)' }) resolutionDueAt: Date;
  @ApiProperty({ example: false }) overdue: boolean;
  @ApiProperty({ nullable: true, type: Date }) resolvedAt: Date | null;
  @ApiProperty({ example: '' }) resolutionNotes: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Active panel members' }) panelUserIds: string[];
}

export class AppealDetailResponseDto extends AppealResponseDto {
  @ApiProperty({ type: [AppealEventResponseDto] }) events: AppealEventResponseDto[];
}

export class AppealListDto {
  @ApiProperty({ type: [AppealResponseDto] }) items: AppealResponseDto[];
}

export function toAppealResponse(a: Appeal, panelUserIds: string[]): AppealResponseDto {
  return {
    id: a.id, decisionId: a.decisionId, assessmentId: a.assessmentId, appellantUserId: a.appellantUserId, processExplained: a.processExplained,
    discussedWithAssessor: a.discussedWithAssessor, involvesOtherPerson: a.involvesOtherPerson, reasons: a.reasons, status: a.status,
    filedAt: a.filedAt, resolutionDueAt: a.resolutionDueAt, resolvedAt: a.resolvedAt, resolutionNotes: a.resolutionNotes, panelUserIds,
    overdue: (a.status === 'filed' || a.status === 'panel_appointed') && a.resolutionDueAt.getTime() < Date.now(),
  };
}

export const toAppealDetailResponse = (d: AppealDetail): AppealDetailResponseDto => ({
  ...toAppealResponse(d.appeal, d.panel.map((p) => p.userId)),
  events: d.events.map((e) => ({ action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorUserId: e.actorUserId, notes: e.notes, at: e.createdAt })),
});
