import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI shape of one field-level problem (see FieldError). */
export class FieldErrorDto {
  @ApiProperty({ example: '/nationalId', description: 'JSON pointer into the body; path parameters as /params/<name>' })
  readonly pointer: string;

  @ApiProperty({ example: 'nationalId must be 16 digits' })
  readonly detail: string;
}

/** OpenAPI shape of the one error body: RFC 9457 application/problem+json. */
export class ProblemDto {
  @ApiProperty({ example: 'https://kompeten.id/problems/request-validation-failed' })
  readonly type: string;

  @ApiProperty({ example: 'Bad Request' })
  readonly title: string;

  @ApiProperty({ example: 400 })
  readonly status: number;

  @ApiProperty({ example: 'The request is not valid' })
  readonly detail: string;

  @ApiProperty({ example: 'REQUEST.VALIDATION_FAILED', description: 'Stable machine-readable code (docs/api.md)' })
  readonly code: string;

  @ApiProperty({ example: '6f1c2b7e-3d4a-4e8b-9c0d-1a2b3c4d5e6f', description: 'Also sent as the X-Request-Id header' })
  readonly requestId: string;

  @ApiPropertyOptional({ example: '/me' })
  readonly instance?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Field-level problems of a validation failure' })
  readonly errors?: FieldErrorDto[];
}
