import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AssessmentStatusResponseDto, toAssessmentStatusResponse } from '../assessments/dto/assessment-response.dto.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import {
  AffirmEthicsDto, CodeOfEthicsResponseDto, EthicsAffirmationResponseDto, EthicsStatusResponseDto, PublishCodeOfEthicsDto,
  toCodeOfEthicsResponse, toEthicsAffirmationResponse, toEthicsStatusResponse,
} from './dto/ethics.dto.js';
import { EthicsService } from './ethics.service.js';

@ApiTags('code of ethics')
@Controller()
export class EthicsController {
  constructor(private readonly ethics: EthicsService) {}

  @Get('code-of-ethics')
  @RequirePermission(P.readCodeOfEthics)
  @ApiOperation({ summary: "The body's current code of ethics (kode etik asesor)" })
  @ApiOkResponse({ type: CodeOfEthicsResponseDto })
  async current(@CurrentUser() user: AuthUser) {
    return toCodeOfEthicsResponse(await this.ethics.read(user));
  }

  @Post('code-of-ethics')
  @RequirePermission(P.manageCodeOfEthics)
  @ApiOperation({ summary: 'Publish a new version of the code of ethics (earlier versions and affirmations stay)' })
  @ApiCreatedResponse({ type: CodeOfEthicsResponseDto })
  async publish(@CurrentUser() user: AuthUser, @Body() dto: PublishCodeOfEthicsDto) {
    return toCodeOfEthicsResponse(await this.ethics.publish(user, dto));
  }

  @Get('assessments/:id/ethics')
  @RequirePermission(P.readAssessmentEvidence)
  @ApiOperation({ summary: 'Affirmations and impartiality declarations of the assessment, and the gate to ready' })
  @ApiOkResponse({ type: EthicsStatusResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND' })
  async status(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toEthicsStatusResponse(await this.ethics.status(user, id));
  }

  @Post('assessments/:id/ethics-affirmations')
  @RequirePermission(P.conductAssessments)
  @ApiOperation({ summary: 'An assigned assessor affirms every code item and declares relationships and gifts (immutable); the last clean affirmation makes the assessment ready' })
  @ApiCreatedResponse({ type: EthicsAffirmationResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND (also when not assigned)' })
  @ApiConflictResponse({ description: 'ETHICS.ALREADY_AFFIRMED, ETHICS.VERSION_OUTDATED, ETHICS.AFFIRMATION_CLOSED' })
  @ApiUnprocessableEntityResponse({ description: 'ETHICS.AFFIRMATION_INVALID (unaffirmed items listed)' })
  async affirm(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AffirmEthicsDto) {
    return toEthicsAffirmationResponse(await this.ethics.affirm(user, id, dto));
  }

  @Post('assessments/:id/ready')
  @HttpCode(200)
  @RequirePermission(P.manageAssessments)
  @ApiOperation({ summary: 'Check the ethics gate and mark the assessment ready (after a reassignment)' })
  @ApiOkResponse({ type: AssessmentStatusResponseDto })
  @ApiConflictResponse({ description: 'ASSESSMENT.ETHICS_GATE (missingAffirmations, conflicts), ASSESSMENT.ILLEGAL_TRANSITION' })
  async ready(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toAssessmentStatusResponse(await this.ethics.markReady(user, id));
  }
}
