import { ApiProperty } from '@nestjs/swagger';
import type { IssuedDocument } from '../issued-document.entity.js';
import type { Authenticity } from '../issued-documents.service.js';

export class IssuedDocumentResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['assessment-record', 'decision-letter', 'certificate'], example: 'certificate' }) kind: string;
  @ApiProperty({ enum: ['assessment', 'decision', 'certificate'], example: 'certificate' }) subjectType: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256: string;
  @ApiProperty({ example: 48213 }) size: number;
  @ApiProperty() renderedAt: Date;
  @ApiProperty({ example: '/documents/6f1c2b7e-3d4a-4e8b-9c0d-1a2b3c4d5e6f' }) href: string;
}

export const toIssuedDocumentResponse = (d: IssuedDocument): IssuedDocumentResponseDto => ({
  id: d.id, kind: d.kind, subjectType: d.subjectType, subjectId: d.subjectId, sha256: d.sha256, size: d.size, renderedAt: d.renderedAt,
  href: `/documents/${d.id}`,
});

export class AuthenticitySubjectDto {
  @ApiProperty({ enum: ['assessment', 'decision', 'certificate'], example: 'certificate' }) type: string;
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class AuthenticityResponseDto {
  @ApiProperty({ example: true }) authentic: boolean;
  @ApiProperty({ nullable: true, type: String, example: 'certificate' }) kind: string | null;
  @ApiProperty({ nullable: true, type: AuthenticitySubjectDto }) subject: AuthenticitySubjectDto | null;
}

export const toAuthenticityResponse = (a: Authenticity): AuthenticityResponseDto => ({ authentic: a.authentic, kind: a.kind, subject: a.subject });
