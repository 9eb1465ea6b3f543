import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { FeedbackResponseDto, GiveFeedbackDto, toFeedbackResponse } from './dto/feedback.dto.js';
import { FeedbackService } from './feedback.service.js';

@ApiTags('assessment feedback')
@Controller('assessments/:id/feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Post()
  @RequirePermission(P.giveAssessmentFeedback)
  @ApiOperation({ summary: 'The candidate gives FR.AK.03 feedback once, after the recommendation is signed' })
  @ApiCreatedResponse({ type: FeedbackResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND (not the candidate of this assessment)' })
  @ApiConflictResponse({ description: 'FEEDBACK.NOT_OPEN, FEEDBACK.ALREADY_GIVEN' })
  @ApiUnprocessableEntityResponse({ description: 'FEEDBACK.ANSWERS_INVALID (missing or repeated statements)' })
  async give(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: GiveFeedbackDto) {
    return toFeedbackResponse(await this.feedback.give(user, id, dto));
  }

  @Get()
  @RequirePermission(P.readAssessments)
  @ApiOperation({ summary: "The candidate's FR.AK.03 feedback" })
  @ApiOkResponse({ type: FeedbackResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND, FEEDBACK.NOT_FOUND' })
  async read(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toFeedbackResponse(await this.feedback.read(user, id));
  }
}
