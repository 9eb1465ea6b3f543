import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody, ApiConflictResponse, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { RequestValidationError } from '../common/errors/domain-error.js';
import { SchemeDocumentDto } from './dto/scheme-document.dto.js';
import { toVersionResponse, toVersionTree, UpdateVersionDto, VersionResponseDto, VersionTreeDto } from './dto/version.dto.js';
import { seesQuestionBank } from './scheme-access.js';
import { SchemeImportService } from './scheme-import.service.js';
import { SchemeVersionsService } from './scheme-versions.service.js';

const IMMUTABLE = 'SCHEME_VERSION.IMMUTABLE: the version is published or retired';
const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;

@ApiTags('schemes')
@Controller('schemes/:schemeId/versions')
export class SchemeVersionsController {
  constructor(
    private readonly versions: SchemeVersionsService,
    private readonly imports: SchemeImportService,
  ) {}

  @Post()
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Start a new draft version: a deep copy of the latest published (or retired) version' })
  @ApiCreatedResponse({ type: VersionResponseDto })
  @ApiConflictResponse({ description: 'SCHEME_VERSION.DRAFT_EXISTS or SCHEME_VERSION.NOTHING_PUBLISHED' })
  async create(@CurrentUser() user: AuthUser, @Param('schemeId', ParseUUIDPipe) schemeId: string) {
    return toVersionResponse(await this.versions.newVersion(user, schemeId));
  }

  @Post('import')
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Add a draft version from a JSON document; the scheme header in the document is ignored' })
  @ApiCreatedResponse({ type: VersionResponseDto })
  @ApiUnprocessableEntityResponse({ description: 'SCHEME_VERSION.CONTENT_INVALID' })
  async import(@CurrentUser() user: AuthUser, @Param('schemeId', ParseUUIDPipe) schemeId: string, @Body() doc: SchemeDocumentDto) {
    return toVersionResponse(await this.imports.importVersion(user, schemeId, doc));
  }

  @Get(':versionId')
  @RequirePermission(P.readSchemes)
  @ApiOperation({ summary: 'The whole version: units → elements → KUK; the question bank only for staff allowed to read it' })
  @ApiOkResponse({ type: VersionTreeDto })
  @ApiNotFoundResponse({ description: 'Unknown, another body, or a draft the caller may not see' })
  async read(@CurrentUser() user: AuthUser, @Param('schemeId', ParseUUIDPipe) schemeId: string, @Param('versionId', ParseUUIDPipe) versionId: string) {
    return toVersionTree(await this.versions.read(user, schemeId, versionId), seesQuestionBank(user));
  }

  @Get(':versionId/export')
  @RequirePermission(P.readQuestionBank)
  @ApiOperation({ summary: 'Export the version as one JSON document (includes the confidential question bank)' })
  @ApiOkResponse({ type: SchemeDocumentDto })
  async export(@CurrentUser() user: AuthUser, @Param('schemeId', ParseUUIDPipe) schemeId: string, @Param('versionId', ParseUUIDPipe) versionId: string) {
    return this.versions.export(user, schemeId, versionId);
  }

  @Patch(':versionId')
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Update the settings of a draft (instrument generation, validity, surveillance, requirements)' })
  @ApiOkResponse({ type: VersionResponseDto })
  @ApiConflictResponse({ description: IMMUTABLE })
  async update(
    @CurrentUser() user: AuthUser, @Param('schemeId', ParseUUIDPipe) schemeId: string,
    @Param('versionId', ParseUUIDPipe) versionId: string, @Body() dto: UpdateVersionDto,
  ) {
    return toVersionResponse(await this.versions.updateSettings(user, schemeId, versionId, dto));
  }

  @Post(':versionId/publish')
  @HttpCode(200)
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Publish a complete draft; the previously published version retires' })
  @ApiOkResponse({ type: VersionResponseDto })
  @ApiUnprocessableEntityResponse({ description: 'SCHEME_VERSION.CONTENT_INVALID: every problem listed in errors' })
  @ApiConflictResponse({ description: 'SCHEME_VERSION.ILLEGAL_TRANSITION' })
  async publish(@CurrentUser() user: AuthUser, @Param('schemeId', ParseUUIDPipe) schemeId: string, @Param('versionId', ParseUUIDPipe) versionId: string) {
    return toVersionResponse(await this.versions.publish(user, schemeId, versionId));
  }

  @Post(':versionId/retire')
  @HttpCode(200)
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Retire a published version' })
  @ApiOkResponse({ type: VersionResponseDto })
  @ApiConflictResponse({ description: 'SCHEME_VERSION.ILLEGAL_TRANSITION' })
  async retire(@CurrentUser() user: AuthUser, @Param('schemeId', ParseUUIDPipe) schemeId: string, @Param('versionId', ParseUUIDPipe) versionId: string) {
    return toVersionResponse(await this.versions.retire(user, schemeId, versionId));
  }

  @Post(':versionId/import-xlsx')
  @RequirePermission(P.manageSchemes)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_WORKBOOK_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Fill an empty draft from an XLSX workbook (sheets "Units" and "Requirements"; see docs/schemes.md)' })
  @ApiCreatedResponse({ type: VersionResponseDto })
  @ApiUnprocessableEntityResponse({ description: 'SCHEME_IMPORT.WORKBOOK_INVALID: errors list sheet, row, column, detail' })
  async importXlsx(
    @CurrentUser() user: AuthUser, @Param('schemeId', ParseUUIDPipe) schemeId: string,
    @Param('versionId', ParseUUIDPipe) versionId: string, @UploadedFile() file?: { buffer: Buffer },
    @Body() form: Record<string, unknown> = {},
  ) {
    // the form has no text fields: refuse unknown ones as every JSON body does (forbidNonWhitelisted)
    const unknown = Object.keys(form ?? {}).map((k) => ({ pointer: `/${k}`, detail: `property ${k} should not exist` }));
    if (unknown.length) throw new RequestValidationError(unknown);
    if (!file?.buffer) throw new RequestValidationError([{ pointer: '/file', detail: 'an XLSX file is required' }]);
    return toVersionResponse(await this.imports.importWorkbook(user, schemeId, versionId, file.buffer));
  }
}
