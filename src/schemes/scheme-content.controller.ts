import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import {
  CreateCriterionDto, CreateElementDto, CreateQuestionDto, CreateUnitDto, CriterionRowDto, ElementRowDto, QuestionResponseDto,
  toCriterionRow, toElementRow, toUnitRow, UnitRowDto, UpdateCriterionDto, UpdateElementDto, UpdateQuestionDto, UpdateUnitDto,
} from './dto/content.dto.js';
import { toQuestionResponse } from './dto/version.dto.js';
import { SchemeContentService } from './scheme-content.service.js';

const IMMUTABLE = 'SCHEME_VERSION.IMMUTABLE: the version is published or retired';
const uuid = ParseUUIDPipe;

/** Units, elements, KUK and questions of a draft version. Every write on a published or retired version answers 409. */
@ApiTags('schemes')
@ApiConflictResponse({ description: IMMUTABLE })
@Controller('schemes/:schemeId/versions/:versionId')
export class SchemeContentController {
  constructor(private readonly content: SchemeContentService) {}

  @Post('units')
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Add a unit of competency (at a position, default last)' })
  @ApiCreatedResponse({ type: UnitRowDto })
  async addUnit(@CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string, @Body() dto: CreateUnitDto) {
    return toUnitRow(await this.content.addUnit(u, { schemeId, versionId }, dto));
  }

  @Patch('units/:unitId')
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Update a unit' })
  @ApiOkResponse({ type: UnitRowDto })
  async updateUnit(
    @CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string,
    @Param('unitId', uuid) unitId: string, @Body() dto: UpdateUnitDto,
  ) {
    return toUnitRow(await this.content.updateUnit(u, { schemeId, versionId }, unitId, dto));
  }

  @Delete('units/:unitId')
  @HttpCode(204)
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Delete a unit with its elements and KUK' })
  @ApiNoContentResponse()
  async removeUnit(@CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string, @Param('unitId', uuid) unitId: string) {
    await this.content.removeUnit(u, { schemeId, versionId }, unitId);
  }

  @Post('units/:unitId/elements')
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Add an element to a unit' })
  @ApiCreatedResponse({ type: ElementRowDto })
  async addElement(
    @CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string,
    @Param('unitId', uuid) unitId: string, @Body() dto: CreateElementDto,
  ) {
    return toElementRow(await this.content.addElement(u, { schemeId, versionId }, unitId, dto));
  }

  @Patch('elements/:elementId')
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Update an element' })
  @ApiOkResponse({ type: ElementRowDto })
  async updateElement(
    @CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string,
    @Param('elementId', uuid) elementId: string, @Body() dto: UpdateElementDto,
  ) {
    return toElementRow(await this.content.updateElement(u, { schemeId, versionId }, elementId, dto));
  }

  @Delete('elements/:elementId')
  @HttpCode(204)
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Delete an element with its KUK' })
  @ApiNoContentResponse()
  async removeElement(@CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string, @Param('elementId', uuid) elementId: string) {
    await this.content.removeElement(u, { schemeId, versionId }, elementId);
  }

  @Post('elements/:elementId/criteria')
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Add a KUK (performance criterion) to an element' })
  @ApiCreatedResponse({ type: CriterionRowDto })
  async addCriterion(
    @CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string,
    @Param('elementId', uuid) elementId: string, @Body() dto: CreateCriterionDto,
  ) {
    return toCriterionRow(await this.content.addCriterion(u, { schemeId, versionId }, elementId, dto));
  }

  @Patch('criteria/:criterionId')
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Update a KUK' })
  @ApiOkResponse({ type: CriterionRowDto })
  async updateCriterion(
    @CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string,
    @Param('criterionId', uuid) criterionId: string, @Body() dto: UpdateCriterionDto,
  ) {
    return toCriterionRow(await this.content.updateCriterion(u, { schemeId, versionId }, criterionId, dto));
  }

  @Delete('criteria/:criterionId')
  @HttpCode(204)
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Delete a KUK (questions lose the reference)' })
  @ApiNoContentResponse()
  async removeCriterion(@CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string, @Param('criterionId', uuid) criterionId: string) {
    await this.content.removeCriterion(u, { schemeId, versionId }, criterionId);
  }

  @Get('questions')
  @RequirePermission(P.readQuestionBank)
  @ApiOperation({ summary: 'The question bank with answer keys (confidential; never for candidates)' })
  @ApiOkResponse({ type: [QuestionResponseDto] })
  async listQuestions(@CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string) {
    return (await this.content.listQuestions(u, { schemeId, versionId })).map(toQuestionResponse);
  }

  @Post('questions')
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Add a question mapped to KUK of this version' })
  @ApiCreatedResponse({ type: QuestionResponseDto })
  async addQuestion(@CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string, @Body() dto: CreateQuestionDto) {
    return toQuestionResponse(await this.content.addQuestion(u, { schemeId, versionId }, dto));
  }

  @Patch('questions/:questionId')
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Update a question' })
  @ApiOkResponse({ type: QuestionResponseDto })
  async updateQuestion(
    @CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string,
    @Param('questionId', uuid) questionId: string, @Body() dto: UpdateQuestionDto,
  ) {
    return toQuestionResponse(await this.content.updateQuestion(u, { schemeId, versionId }, questionId, dto));
  }

  @Delete('questions/:questionId')
  @HttpCode(204)
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Delete a question' })
  @ApiNoContentResponse()
  async removeQuestion(@CurrentUser() u: AuthUser, @Param('schemeId', uuid) schemeId: string, @Param('versionId', uuid) versionId: string, @Param('questionId', uuid) questionId: string) {
    await this.content.removeQuestion(u, { schemeId, versionId }, questionId);
  }
}
