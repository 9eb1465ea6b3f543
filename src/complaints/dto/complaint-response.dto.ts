import { ApiProperty } from '@nestjs/swagger';
import { COMPLAINT_STATUSES, COMPLAINT_SUBJECTS } from '../complaint-state.js';
import type { Complaint } from '../complaint.entity.js';
import type { ComplaintDetail } from '../complaints.service.js';

export class ComplaintEventResponseDto {
  @ApiProperty({ example: 'triage' }) action: string;
  @ApiProperty({ nullable: true, type: String, example: 'received' }) fromStatus: string | null;
  @ApiProperty({ example: 'triaged' }) toStatus: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorUserId: string | null;
  @ApiProperty({ example: '' }) notes: string;
  @ApiProperty() at: Date;
}

export class ComplaintResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: COMPLAINT_SUBJECTS, example: 'assessor' }) subjectType: string;
  @ApiProperty({ example: 'MET.000.004231 2019' }) subjectReference: string;
  @ApiProperty({ example: 'Asesor meminta imbalan' }) description: string;
  @ApiProperty({ example: 'Siti Rahmawati' }) contactName: string;
  @ApiProperty({ example: 'siti@example.id' }) contactEmail: string;
  @ApiProperty({ example: '' }) contactPhone: string;
  @ApiProperty({ enum: ['signed_in', 'public'], example: 'public' }) channel: string;
  @ApiProperty({ enum: COMPLAINT_STATUSES, example: 'received' }) status: string;
  @ApiProperty({ example: '' }) outcome: string;
  @ApiProperty({ example: '' }) correctiveAction: string;
  @ApiProperty() createdAt: Date;
}

export class ComplaintDetailResponseDto extends ComplaintResponseDto {
  @ApiProperty({ type: [ComplaintEventResponseDto] }) events: ComplaintEventResponseDto[];
}

export class ComplaintListDto {
  @ApiProperty({ type: [ComplaintResponseDto] }) items: ComplaintResponseDto[];
}

/** What a filer (signed in or public) gets back: a receipt, not the register. */
export class ComplaintReceiptDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: COMPLAINT_STATUSES, example: 'received' }) status: string;
  @ApiProperty() receivedAt: Date;
}

export const toComplaintResponse = (c: Complaint): ComplaintResponseDto => ({
  id: c.id, subjectType: c.subjectType, subjectReference: c.subjectReference, description: c.description, contactName: c.contactName,
  contactEmail: c.contactEmail, contactPhone: c.contactPhone, channel: c.channel, status: c.status, outcome: c.outcome,
  correctiveAction: c.correctiveAction, createdAt: c.createdAt,
});

export const toComplaintDetailResponse = (d: ComplaintDetail): ComplaintDetailResponseDto => ({
  ...toComplaintResponse(d.complaint),
  events: d.events.map((e) => ({ action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorUserId: e.actorUserId, notes: e.notes, at: e.createdAt })),
});

export const toComplaintReceipt = (d: ComplaintDetail): ComplaintReceiptDto => ({ id: d.complaint.id, status: d.complaint.status, receivedAt: d.complaint.createdAt });
