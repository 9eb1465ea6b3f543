import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { ReviewSelfAssessmentDto, SaveSelfAssessmentDto, SelfAssessmentResponseDto, toSelfAssessmentResponse } from './dto/self-assessment.dto.js';
import { SelfAssessmentsService } from './self-assessments.service.js';

@ApiTags('self-assessments')
@Controller('applications/:applicationId/self-assessment')
export class SelfAssessmentsController {
  constructor(private readonly selfAssessments: SelfAssessmentsService) {}

  @Get()
  @RequirePermission(P.readSelfAssessments)
  @ApiOperation({ summary: 'The self-assessment (FR.APL.02) of an application, with the assessors\' reviews beside it' })
  @ApiOkResponse({ type: SelfAssessmentResponseDto })
  @ApiNotFoundResponse({ description: 'APPLICATION.NOT_FOUND (not visible to the caller), SELF_ASSESSMENT.NOT_FOUND (not started)' })
  async get(@CurrentUser() user: AuthUser, @Param('applicationId', ParseUUIDPipe) applicationId: string) {
    return toSelfAssessmentResponse(await this.selfAssessments.get(user, applicationId));
  }

  @Put()
  @RequirePermission(P.selfAssess)
  @ApiOperation({ summary: 'Save draft answers (K/BK and evidence per element) of an accepted application' })
  @ApiOkResponse({ type: SelfAssessmentResponseDto })
  @ApiConflictResponse({ description: 'SELF_ASSESSMENT.SUBMITTED, SELF_ASSESSMENT.APPLICATION_NOT_ACCEPTED' })
  @ApiUnprocessableEntityResponse({ description: 'SELF_ASSESSMENT.ELEMENT_INVALID' })
  async save(@CurrentUser() user: AuthUser, @Param('applicationId', ParseUUIDPipe) applicationId: string, @Body() dto: SaveSelfAssessmentDto) {
    return toSelfAssessmentResponse(await this.selfAssessments.save(user, applicationId, dto));
  }

  @Post('submit')
  @HttpCode(200)
  @RequirePermission(P.selfAssess)
  @ApiOperation({ summary: 'Submit: every element answered; the referenced portfolio items lock; no change afterwards' })
  @ApiOkResponse({ type: SelfAssessmentResponseDto })
  @ApiConflictResponse({ description: 'SELF_ASSESSMENT.SUBMITTED' })
  @ApiUnprocessableEntityResponse({ description: 'SELF_ASSESSMENT.ANSWERS_INVALID (lists the unanswered elements)' })
  async submit(@CurrentUser() user: AuthUser, @Param('applicationId', ParseUUIDPipe) applicationId: string) {
    return toSelfAssessmentResponse(await this.selfAssessments.submit(user, applicationId));
  }

  @Post('reviews')
  @HttpCode(200)
  @RequirePermission(P.reviewSelfAssessments)
  @ApiOperation({ summary: 'An assigned assessor records whether the assessment can proceed (asesmen dapat / tidak dapat dilanjutkan)' })
  @ApiOkResponse({ type: SelfAssessmentResponseDto })
  @ApiNotFoundResponse({ description: 'APPLICATION.NOT_FOUND for assessors not assigned to it' })
  @ApiConflictResponse({ description: 'SELF_ASSESSMENT.NOT_SUBMITTED' })
  async review(@CurrentUser() user: AuthUser, @Param('applicationId', ParseUUIDPipe) applicationId: string, @Body() dto: ReviewSelfAssessmentDto) {
    return toSelfAssessmentResponse(await this.selfAssessments.review(user, applicationId, dto));
  }
}
