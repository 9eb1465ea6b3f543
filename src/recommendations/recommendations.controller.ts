import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { RecommendationResponseDto, SignRecommendationDto, toRecommendationResponse } from './dto/recommendation.dto.js';
import { RecommendationsService } from './recommendations.service.js';

@ApiTags('assessment recommendation')
@Controller('assessments/:id/recommendation')
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Post()
  @RequirePermission(P.conductAssessments)
  @ApiOperation({ summary: 'The lead assessor records and signs FR.AK.02; the assessment becomes recommended and its evidence is locked' })
  @ApiCreatedResponse({ type: RecommendationResponseDto })
  @ApiForbiddenResponse({ description: 'ASSESSMENT.LEAD_ASSESSOR_FORBIDDEN' })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND (also when not assigned)' })
  @ApiConflictResponse({ description: 'RECOMMENDATION.GAPS (gaps: unsatisfied KUK, open further-assessment notes, BK units under an overall K), ASSESSMENT.ILLEGAL_TRANSITION' })
  @ApiUnprocessableEntityResponse({ description: 'RECOMMENDATION.INVALID (units missing, unknown or twice; BK overall with every unit K)' })
  async sign(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SignRecommendationDto) {
    return toRecommendationResponse(await this.recommendations.sign(user, id, dto));
  }

  @Get()
  @RequirePermission(P.readAssessments)
  @ApiOperation({ summary: 'The signed FR.AK.02 recommendation' })
  @ApiOkResponse({ type: RecommendationResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND, RECOMMENDATION.NOT_FOUND' })
  async read(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toRecommendationResponse(await this.recommendations.read(user, id));
  }
}
