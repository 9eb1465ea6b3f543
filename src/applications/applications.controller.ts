import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { ApplicationWorkflowService } from './application-workflow.service.js';
import { ApplicationsService } from './applications.service.js';
import { CreateApplicationDto, TransitionReasonDto, UpdateApplicationDto } from './dto/application.dto.js';
import {
  ApplicationDetailResponseDto, ApplicationPageDto, ApplicationResponseDto, ListApplicationsQueryDto, toApplicationDetailResponse,
  toApplicationResponse,
} from './dto/application-response.dto.js';
import { ReviewApplicationDto } from './dto/review.dto.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService, private readonly workflow: ApplicationWorkflowService) {}

  @Post()
  @RequirePermission(P.applyForCertification)
  @Idempotent()
  @ApiOperation({ summary: 'Start an application (FR.APL.01) to a published scheme version, as a draft' })
  @ApiCreatedResponse({ type: ApplicationResponseDto })
  @ApiNotFoundResponse({ description: 'No such scheme version in the body' })
  @ApiConflictResponse({ description: 'APPLICATION.VERSION_NOT_PUBLISHED' })
  @ApiUnprocessableEntityResponse({ description: 'APPLICATION.PURPOSE_INVALID, APPLICATION.REQUIREMENT_INVALID' })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateApplicationDto) {
    return toApplicationResponse(await this.applications.create(user, dto));
  }

  @Get()
  @RequirePermission(P.readApplications)
  @ApiOperation({ summary: 'Applications of the body (candidates: their own), newest first, keyset-paginated' })
  @ApiOkResponse({ type: ApplicationPageDto })
  async list(@CurrentUser() user: AuthUser, @Query() q: ListApplicationsQueryDto) {
    const page = await this.applications.list(user, q);
    return { items: page.items.map(toApplicationResponse), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @RequirePermission(P.readApplications)
  @ApiOperation({ summary: 'One application with its transition history and verification rounds' })
  @ApiOkResponse({ type: ApplicationDetailResponseDto })
  @ApiNotFoundResponse({ description: 'APPLICATION.NOT_FOUND (also for applications the caller may not see)' })
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toApplicationDetailResponse(await this.applications.get(user, id));
  }

  @Patch(':id')
  @RequirePermission(P.applyForCertification)
  @ApiOperation({ summary: 'Edit a draft or returned application' })
  @ApiOkResponse({ type: ApplicationResponseDto })
  @ApiConflictResponse({ description: 'APPLICATION.NOT_EDITABLE' })
  async update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateApplicationDto) {
    return toApplicationResponse(await this.applications.update(user, id, dto));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission(P.applyForCertification)
  @ApiOperation({ summary: 'Submit (or re-submit after a return); locks the referenced portfolio items' })
  @ApiOkResponse({ type: ApplicationResponseDto })
  @ApiConflictResponse({ description: 'APPLICATION.ILLEGAL_TRANSITION, EVIDENCE.DISCARDED, EVIDENCE.SUPERSEDED' })
  @ApiUnprocessableEntityResponse({ description: 'APPLICATION.EVIDENCE_INVALID (lists the requirements without a document)' })
  async submit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toApplicationResponse(await this.workflow.submit(user, id));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @RequirePermission(P.applyForCertification)
  @ApiOperation({ summary: 'Withdraw before a decision' })
  @ApiOkResponse({ type: ApplicationResponseDto })
  @ApiConflictResponse({ description: 'APPLICATION.ILLEGAL_TRANSITION' })
  async withdraw(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: TransitionReasonDto) {
    return toApplicationResponse(await this.workflow.withdraw(user, id, dto.reason));
  }

  @Post(':id/review')
  @HttpCode(200)
  @RequirePermission(P.reviewApplications)
  @ApiOperation({ summary: 'Verify every basic requirement and recommend: accept, reject or return to the candidate' })
  @ApiOkResponse({ type: ApplicationResponseDto })
  @ApiConflictResponse({ description: 'APPLICATION.ILLEGAL_TRANSITION (e.g. already decided)' })
  @ApiUnprocessableEntityResponse({ description: 'APPLICATION.VERIFICATION_INVALID, APPLICATION.REQUIREMENTS_NOT_MET_INVALID' })
  async review(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReviewApplicationDto) {
    return toApplicationResponse(await this.workflow.review(user, id, dto));
  }
}
