import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { ConsentsService } from './consents.service.js';
import { ConsentConfirmedResponseDto, ConsentResponseDto, toConsentConfirmedResponse, toConsentResponse } from './dto/consent.dto.js';

@ApiTags('assessment consent')
@Controller('assessments/:id/consent')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  @RequirePermission(P.readAssessments)
  @ApiOperation({ summary: 'FR.AK.01: the terms (methods, schedule, TUK, statements) and who has confirmed' })
  @ApiOkResponse({ type: ConsentResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND' })
  async view(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toConsentResponse(await this.consents.view(user, id));
  }

  @Post()
  @HttpCode(200)
  @RequirePermission(P.confirmAssessmentConsent)
  @ApiOperation({ summary: 'Confirm FR.AK.01 as the candidate or the lead assessor; the second confirmation starts the assessment' })
  @ApiOkResponse({ type: ConsentConfirmedResponseDto })
  @ApiForbiddenResponse({ description: 'ASSESSMENT.LEAD_ASSESSOR_FORBIDDEN (a member assessor)' })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND (not the candidate, not assigned)' })
  @ApiConflictResponse({ description: 'ASSESSMENT.ETHICS_GATE, ASSESSMENT.PLAN_INCOMPLETE (uncovered KUK), CONSENT.ALREADY_CONFIRMED, ASSESSMENT.ILLEGAL_TRANSITION' })
  async confirm(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toConsentConfirmedResponse(await this.consents.confirm(user, id));
  }
}
