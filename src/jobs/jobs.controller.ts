import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { JobsService } from './jobs.service.js';

export class ListJobsQueryDto {
  @ApiPropertyOptional({ enum: ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] })
  @IsOptional() @IsIn(['created', 'retry', 'active', 'completed', 'cancelled', 'failed'])
  readonly state?: string;

  @ApiPropertyOptional({ example: 'auth.purge-expired-sessions' })
  @IsOptional() @IsString() @MaxLength(100)
  readonly name?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  readonly limit?: number;
}

export class JobResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'auth.purge-expired-sessions' }) name: string;
  @ApiProperty({ example: 'failed' }) state: string;
  @ApiProperty({ nullable: true, type: String }) singletonKey: string | null;
  @ApiProperty() retryCount: number;
  @ApiProperty({ description: 'Job input' }) data: unknown;
  @ApiProperty({ description: 'Result, or the failure reason' }) output: unknown;
  @ApiProperty() createdOn: Date;
  @ApiProperty({ nullable: true, type: Date }) startedOn: Date | null;
  @ApiProperty({ nullable: true, type: Date }) completedOn: Date | null;
}

@ApiTags('jobs')
@Controller('admin/jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @RequirePermission(P.readJobs)
  @ApiOperation({ summary: 'Background jobs: queued, running, failed with reason (a body admin sees its own body\'s)' })
  @ApiOkResponse({ type: [JobResponseDto] })
  list(@CurrentUser() user: AuthUser, @Query() q: ListJobsQueryDto): Promise<JobResponseDto[]> {
    const bodyId = user.roles.includes('platform_admin') ? undefined : (user.bodyId ?? undefined);
    return this.jobs.list({ state: q.state, name: q.name, bodyId, limit: q.limit ?? 50 });
  }
}
