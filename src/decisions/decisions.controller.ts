import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AssessmentDetailResponseDto, toAssessmentDetailResponse } from '../assessments/dto/assessment-response.dto.js';
import { ReassessmentInput } from '../assessments/dto/assessment.dto.js';
import { AssessmentsService } from '../assessments/assessments.service.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { DecisionIntegrityService } from './decision-integrity.service.js';
import { DecisionReviewService } from './decision-review.service.js';
import { DecisionsService } from './decisions.service.js';
import { DecideDto } from './dto/decision.dto.js';
import { DecisionIntegrityResponseDto, toDecisionIntegrityResponse } from './dto/decision-integrity.dto.js';
import { DecisionDetailResponseDto, toDecisionDetailResponse } from './dto/decision-response.dto.js';
import { DecisionReviewResponseDto, toDecisionReviewResponse } from './dto/decision-review-response.dto.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';

@ApiTags('decisions')
@Controller()
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService, private readonly reviews: DecisionReviewService, private readonly integrityCheck: DecisionIntegrityService, private readonly assessments: AssessmentsService) {}

  @Get('assessments/:id/decision-review')
  @RequirePermission(P.readDecisions)
  @ApiOperation({ summary: 'The record a decision maker reviews: application, self-assessment, team, FR.AK.02 per unit, history, and whether the caller may decide' })
  @ApiOkResponse({ type: DecisionReviewResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND (staff of the body only)' })
  async review(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toDecisionReviewResponse(await this.reviews.review(user, id));
  }

  @Post('assessments/:id/decision')
  @RequirePermission(P.decideCertification)
  @Idempotent()
  @ApiOperation({ summary: 'Decide K or BK on a recommended assessment; K issues the certificate in the same transaction' })
  @ApiCreatedResponse({ type: DecisionDetailResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'DECISION.NOT_RECOMMENDED (also the loser of two concurrent decisions); DECISION.DECIDER_NOT_IMPARTIAL (details.reasons: SAME_PERSON, ASSESSOR_OF_ASSESSMENT, TRAINED_CANDIDATE); CERTIFICATE.NUMBER_TAKEN' })
  @ApiUnprocessableEntityResponse({ description: 'DECISION.UNITS_INVALID' })
  async decide(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DecideDto) {
    return toDecisionDetailResponse(await this.decisions.decide(user, id, dto));
  }

  @Get('decisions/:id')
  @RequirePermission(P.readDecisions)
  @ApiOperation({ summary: 'A decision with its certificate and documents (staff of the body, or the candidate)' })
  @ApiOkResponse({ type: DecisionDetailResponseDto })
  @ApiNotFoundResponse({ description: 'DECISION.NOT_FOUND' })
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toDecisionDetailResponse(await this.decisions.get(user, id));
  }

  @Get('decisions/:id/integrity')
  @RequirePermission(P.readAuditTrail)
  @ApiOperation({ summary: 'Whether the decision row still matches its audit entry (payload hash and decider); see also GET /audit/verify' })
  @ApiOkResponse({ type: DecisionIntegrityResponseDto })
  @ApiNotFoundResponse({ description: 'DECISION.NOT_FOUND' })
  async integrity(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toDecisionIntegrityResponse(await this.integrityCheck.check(user, id));
  }

  @Post('decisions/:id/reassessment')
  @RequirePermission(P.manageAssessments)
  @ApiOperation({ summary: 'Schedule the next attempt of the same application after a BK decision (its BK units) or a granted appeal' })
  @ApiCreatedResponse({ type: AssessmentDetailResponseDto })
  @ApiConflictResponse({ description: 'DECISION.REASSESSMENT_NOT_ALLOWED; ASSESSMENT.ALREADY_SCHEDULED; ASSESSMENT.ASSIGNMENT_REFUSED (PREVIOUS_ASSESSOR after an appeal, and the usual reasons)' })
  async reassess(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReassessmentInput) {
    const created = await this.decisions.scheduleReassessment(user, id, dto);
    return toAssessmentDetailResponse(await this.assessments.get(user, created.id));
  }
}
