import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { AssessmentWorkflowService } from './assessment-workflow.service.js';
import { AssessmentsService } from './assessments.service.js';
import { AssignAssessorsDto, CancelAssessmentDto, CreateAssessmentDto, ListAssessmentsQueryDto } from './dto/assessment.dto.js';
import {
  AssessmentDetailResponseDto, AssessmentPageDto, toAssessmentDetailResponse, toAssessmentPage,
} from './dto/assessment-response.dto.js';

const REFUSAL = 'ASSESSMENT.ASSIGNMENT_REFUSED: details.reasons lists {assessorUserId, code} for every reason '
  + '(CERTIFICATE_NOT_VALID, NOT_AUTHORISED_FOR_SCHEME, SAME_PERSON, TRAINED_CANDIDATE, SHARED_EMPLOYER, ...)';

@ApiTags('assessments')
@Controller('assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService, private readonly workflow: AssessmentWorkflowService) {}

  @Post()
  @RequirePermission(P.manageAssessments)
  @ApiOperation({ summary: 'Schedule the assessment of an accepted application and assign a lead assessor (and members)' })
  @ApiCreatedResponse({ type: AssessmentDetailResponseDto })
  @ApiNotFoundResponse({ description: 'APPLICATION.NOT_FOUND' })
  @ApiConflictResponse({ description: `${REFUSAL}; ASSESSMENT.APPLICATION_NOT_ACCEPTED; ASSESSMENT.ALREADY_SCHEDULED` })
  @ApiUnprocessableEntityResponse({ description: 'ASSESSMENT.TEAM_INVALID (an assessor named twice)' })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateAssessmentDto) {
    const created = await this.workflow.create(user, dto);
    return toAssessmentDetailResponse(await this.assessments.get(user, created.id));
  }

  @Get()
  @RequirePermission(P.readAssessments)
  @ApiOperation({ summary: 'Assessments (staff: the body; assessors: assigned; candidates: own), soonest first, keyset-paginated' })
  @ApiOkResponse({ type: AssessmentPageDto })
  async list(@CurrentUser() user: AuthUser, @Query() q: ListAssessmentsQueryDto) {
    return toAssessmentPage(await this.assessments.list(user, q));
  }

  @Get(':id')
  @RequirePermission(P.readAssessments)
  @ApiOperation({ summary: 'One assessment with its assessor assignments and transition history' })
  @ApiOkResponse({ type: AssessmentDetailResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND (also for assessments the caller may not see)' })
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toAssessmentDetailResponse(await this.assessments.get(user, id));
  }

  @Post(':id/assessors')
  @HttpCode(200)
  @RequirePermission(P.manageAssessments)
  @ApiOperation({ summary: 'Reassign: the new team replaces the active one (old rows are deactivated, never deleted)' })
  @ApiOkResponse({ type: AssessmentDetailResponseDto })
  @ApiConflictResponse({ description: `${REFUSAL}; ASSESSMENT.TEAM_LOCKED` })
  async reassign(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AssignAssessorsDto) {
    return toAssessmentDetailResponse(await this.assessments.reassign(user, id, dto));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission(P.manageAssessments)
  @ApiOperation({ summary: 'Cancel an assessment that has not been recommended yet' })
  @ApiOkResponse({ type: AssessmentDetailResponseDto })
  @ApiConflictResponse({ description: 'ASSESSMENT.ILLEGAL_TRANSITION' })
  async cancel(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CancelAssessmentDto) {
    await this.workflow.cancel(user, id, dto.reason);
    return toAssessmentDetailResponse(await this.assessments.get(user, id));
  }
}
