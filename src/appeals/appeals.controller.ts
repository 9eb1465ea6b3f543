import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { AppealsService } from './appeals.service.js';
import { AppointPanelDto, FileAppealDto, ListAppealsQueryDto, ResolveAppealDto } from './dto/appeal.dto.js';
import { AppealDetailResponseDto, AppealListDto, toAppealDetailResponse, toAppealResponse } from './dto/appeal-response.dto.js';

@ApiTags('appeals')
@Controller('appeals')
export class AppealsController {
  constructor(private readonly appeals: AppealsService) {}

  @Post()
  @RequirePermission(P.fileAppeal)
  @ApiOperation({ summary: 'FR.AK.04: the candidate appeals their decision within the body’s appeal window' })
  @ApiCreatedResponse({ type: AppealDetailResponseDto })
  @ApiNotFoundResponse({ description: 'DECISION.NOT_FOUND (also for decisions of others)' })
  @ApiConflictResponse({ description: 'APPEAL.WINDOW_CLOSED; APPEAL.ALREADY_FILED' })
  async file(@CurrentUser() user: AuthUser, @Body() dto: FileAppealDto) {
    return toAppealDetailResponse(await this.appeals.file(user, dto));
  }

  @Get()
  @RequirePermission(P.readAppeals)
  @ApiOperation({ summary: 'Appeals by resolution date (staff: the body, ?overdue=true for overdue ones; others: own and those on their panel)' })
  @ApiOkResponse({ type: AppealListDto })
  async list(@CurrentUser() user: AuthUser, @Query() q: ListAppealsQueryDto) {
    return { items: (await this.appeals.list(user, q)).map((i) => toAppealResponse(i.appeal, i.panelUserIds)) };
  }

  @Get(':id')
  @RequirePermission(P.readAppeals)
  @ApiOperation({ summary: 'One appeal with its panel and every step' })
  @ApiOkResponse({ type: AppealDetailResponseDto })
  @ApiNotFoundResponse({ description: 'APPEAL.NOT_FOUND' })
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toAppealDetailResponse(await this.appeals.get(user, id));
  }

  @Post(':id/panel')
  @HttpCode(200)
  @RequirePermission(P.manageAppeals)
  @ApiOperation({ summary: 'Appoint the appeal panel (members with no part in the assessment or the decision)' })
  @ApiOkResponse({ type: AppealDetailResponseDto })
  @ApiConflictResponse({ description: 'APPEAL.PANEL_NOT_INDEPENDENT (details.reasons: CANDIDATE, ASSESSOR_OF_ASSESSMENT, DECISION_MAKER, NOT_A_MEMBER); APPEAL.ILLEGAL_TRANSITION' })
  async appoint(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AppointPanelDto) {
    return toAppealDetailResponse(await this.appeals.appointPanel(user, id, dto));
  }

  @Post(':id/resolution')
  @HttpCode(200)
  @RequirePermission(P.resolveAppeals)
  @ApiOperation({ summary: 'A panel member upholds the decision or grants a reassessment by a different assessor' })
  @ApiOkResponse({ type: AppealDetailResponseDto })
  @ApiConflictResponse({ description: 'APPEAL.NOT_ON_PANEL; APPEAL.ILLEGAL_TRANSITION' })
  async resolve(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ResolveAppealDto) {
    return toAppealDetailResponse(await this.appeals.resolve(user, id, dto));
  }
}
