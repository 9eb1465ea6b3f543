import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { CertificateJobs } from './certificate-jobs.js';
import { RenderBatchDto } from './dto/certificate.dto.js';

export class ReminderResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) certificateId: string;
  @ApiProperty({ enum: ['surveillance', 'expiry'], example: 'surveillance' }) kind: 'surveillance' | 'expiry';
  @ApiProperty({ example: '2027-05-20' }) dueOn: string;
  @ApiProperty({ example: 'LSP-DEMO/JWD/2026/000042' }) certificateNumber: string;
  @ApiProperty({ example: 'Siti Nurhaliza Putri' }) holderName: string;
  @ApiProperty() raisedAt: Date;
}

export class ListRemindersQueryDto {
  @ApiProperty({ required: false, default: 100, maximum: 500 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  readonly limit?: number;
}

export class RenderBatchJobDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null when the same batch is already queued or running' })
  jobId: string | null;
}

@ApiTags('certificates')
@Controller()
export class CertificateJobsController {
  constructor(private readonly jobs: CertificateJobs) {}

  @Get('certificate-reminders')
  @RequirePermission(P.readCertificates)
  @ApiOperation({ summary: 'Surveillance and expiry reminders raised by the nightly job (staff of the body)' })
  @ApiOkResponse({ type: [ReminderResponseDto] })
  list(@CurrentUser() user: AuthUser, @Query() q: ListRemindersQueryDto): Promise<ReminderResponseDto[]> {
    return this.jobs.listReminders(user, q.limit ?? 100);
  }

  @Post('certificate-render-batches')
  @HttpCode(202)
  @RequirePermission(P.manageCertificates)
  @ApiOperation({ summary: 'Queue the rendering of a decision meeting\'s certificates as a background job (see GET /admin/jobs)' })
  @ApiAcceptedResponse({ type: RenderBatchJobDto })
  @ApiServiceUnavailableResponse({ description: 'JOBS.UNAVAILABLE: background jobs are disabled on this deployment' })
  enqueue(@CurrentUser() user: AuthUser, @Body() dto: RenderBatchDto): Promise<RenderBatchJobDto> {
    return this.jobs.enqueueRenderBatch(user, dto.certificateIds);
  }
}
