import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { AssessmentPlansService } from './assessment-plans.service.js';
import { AssessmentPlanResponseDto, CreatePlanDto, toAssessmentPlanResponse } from './dto/assessment-plan.dto.js';

@ApiTags('assessment plans')
@Controller('assessments/:id/plans')
export class AssessmentPlansController {
  constructor(private readonly plans: AssessmentPlansService) {}

  @Post()
  @RequirePermission(P.conductAssessments)
  @ApiOperation({ summary: 'Record a new version of the plan (FR.MAPA.01, with FR.AK.07 reasonable adjustment)' })
  @ApiCreatedResponse({ type: AssessmentPlanResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND (also when not assigned)' })
  @ApiConflictResponse({ description: 'PLAN.STANDARD_CHANGED (an adjustment adds or removes KUK), PLAN.CLOSED' })
  @ApiUnprocessableEntityResponse({ description: 'PLAN.CRITERIA_INVALID' })
  async create(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreatePlanDto) {
    return toAssessmentPlanResponse(await this.plans.create(user, id, dto));
  }

  @Get()
  @RequirePermission(P.readAssessments)
  @ApiOperation({ summary: 'Every version of the plan, newest (current) first' })
  @ApiOkResponse({ type: [AssessmentPlanResponseDto] })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND' })
  async list(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return (await this.plans.list(user, id)).map(toAssessmentPlanResponse);
  }
}
