import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import {
  EvidenceRecordResponseDto, EvidenceRecordsQueryDto, ObservationsDto, PortfolioVerificationsDto, QuestioningDto,
  toEvidenceRecordResponse, toHistoryResponse,
} from './dto/judgement.dto.js';
import { JudgementsService } from './judgements.service.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';

const WRITE_CONFLICTS = 'ASSESSMENT.NOT_IN_PROGRESS, ASSESSMENT.EVIDENCE_LOCKED (after signing), '
  + 'EVIDENCE_RECORD.ALREADY_SUPERSEDED (another correction won), EVIDENCE_RECORD.ALREADY_RECORDED (correct it with "supersedes")';

@ApiTags('assessment evidence')
@Controller('assessments/:id')
export class JudgementsController {
  constructor(private readonly judgements: JudgementsService) {}

  @Post('observations')
  @RequirePermission(P.conductAssessments)
  @Idempotent()
  @ApiOperation({ summary: 'Record FR.IA.01 observation checklist rows (many KUK at once, all-or-nothing)' })
  @ApiCreatedResponse({ type: [EvidenceRecordResponseDto] })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND (also when not assigned)' })
  @ApiConflictResponse({ description: WRITE_CONFLICTS })
  @ApiUnprocessableEntityResponse({ description: 'EVIDENCE_RECORD.INVALID' })
  async observe(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ObservationsDto) {
    return (await this.judgements.observe(user, id, dto)).map((r) => toEvidenceRecordResponse(r));
  }

  @Post('questions')
  @RequirePermission(P.conductAssessments)
  @Idempotent()
  @ApiOperation({ summary: 'Record questions and answers (FR.IA.03 / IA.07 / IA.09), all-or-nothing' })
  @ApiCreatedResponse({ type: [EvidenceRecordResponseDto] })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND (also when not assigned)' })
  @ApiConflictResponse({ description: WRITE_CONFLICTS })
  @ApiUnprocessableEntityResponse({ description: 'EVIDENCE_RECORD.INVALID' })
  async question(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: QuestioningDto) {
    return (await this.judgements.question(user, id, dto)).map((r) => toEvidenceRecordResponse(r));
  }

  @Post('portfolio-verifications')
  @RequirePermission(P.conductAssessments)
  @Idempotent()
  @ApiOperation({ summary: 'Record FR.IA.08 portfolio verifications against the rules of evidence, all-or-nothing' })
  @ApiCreatedResponse({ type: [EvidenceRecordResponseDto] })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND (also when not assigned)' })
  @ApiConflictResponse({ description: WRITE_CONFLICTS })
  @ApiUnprocessableEntityResponse({ description: 'EVIDENCE_RECORD.INVALID' })
  async verify(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PortfolioVerificationsDto) {
    return (await this.judgements.verifyPortfolio(user, id, dto)).map((r) => toEvidenceRecordResponse(r));
  }

  @Get('evidence-records')
  @RequirePermission(P.readAssessmentEvidence)
  @ApiOperation({ summary: 'Every evidence record with its corrections (supersedes / supersededBy): the full history' })
  @ApiOkResponse({ type: [EvidenceRecordResponseDto] })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND' })
  async history(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() q: EvidenceRecordsQueryDto) {
    return toHistoryResponse(await this.judgements.history(user, id, q.kind));
  }
}
