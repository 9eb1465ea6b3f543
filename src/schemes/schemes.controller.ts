import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { SchemeDocumentDto } from './dto/scheme-document.dto.js';
import { CreateSchemeDto, ListSchemesQueryDto, SchemePageDto, SchemeResponseDto, toSchemeResponse, UpdateSchemeDto } from './dto/scheme.dto.js';
import { toVersionResponse, VersionResponseDto } from './dto/version.dto.js';
import type { SchemeVersion } from './entities/scheme-version.entity.js';
import type { Scheme } from './entities/scheme.entity.js';
import { SchemeImportService } from './scheme-import.service.js';
import { SchemesService } from './schemes.service.js';

export class SchemeDetailDto extends SchemeResponseDto {
  @ApiProperty({ type: [VersionResponseDto] }) versions: VersionResponseDto[];
}
const toDetail = (scheme: Scheme, versions: SchemeVersion[]): SchemeDetailDto => ({
  ...toSchemeResponse(scheme), versions: versions.map(toVersionResponse),
});

@ApiTags('schemes')
@Controller('schemes')
export class SchemesController {
  constructor(
    private readonly schemes: SchemesService,
    private readonly imports: SchemeImportService,
  ) {}

  @Post()
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Create a scheme with an empty draft version 1' })
  @ApiCreatedResponse({ type: SchemeDetailDto })
  @ApiConflictResponse({ description: 'SCHEME.CODE_TAKEN' })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateSchemeDto) {
    const { scheme, version } = await this.schemes.create(user, dto);
    return toDetail(scheme, [version]);
  }

  @Get()
  @RequirePermission(P.readSchemes)
  @ApiOperation({ summary: 'Search schemes by code, title, type and status (keyset pagination on code)' })
  @ApiOkResponse({ type: SchemePageDto })
  async list(@CurrentUser() user: AuthUser, @Query() query: ListSchemesQueryDto) {
    const page = await this.schemes.list(user, query);
    return { items: page.items.map(toSchemeResponse), nextCursor: page.nextCursor };
  }

  @Post('import')
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Create a scheme and its draft version 1 from a JSON document (docs/scheme-version.schema.json)' })
  @ApiCreatedResponse({ type: VersionResponseDto })
  @ApiUnprocessableEntityResponse({ description: 'SCHEME_VERSION.CONTENT_INVALID with every problem in errors' })
  async import(@CurrentUser() user: AuthUser, @Body() doc: SchemeDocumentDto) {
    return toVersionResponse(await this.imports.importScheme(user, doc));
  }

  @Get(':schemeId')
  @RequirePermission(P.readSchemes)
  @ApiOperation({ summary: 'A scheme and its versions (drafts only for staff)' })
  @ApiOkResponse({ type: SchemeDetailDto })
  @ApiNotFoundResponse({ description: 'Unknown, another body, or not visible to the caller' })
  async get(@CurrentUser() user: AuthUser, @Param('schemeId', ParseUUIDPipe) schemeId: string) {
    const { scheme, versions } = await this.schemes.get(user, schemeId);
    return toDetail(scheme, versions);
  }

  @Patch(':schemeId')
  @RequirePermission(P.manageSchemes)
  @ApiOperation({ summary: 'Update the scheme header (code, titles, type, sector, description)' })
  @ApiOkResponse({ type: SchemeResponseDto })
  async update(@CurrentUser() user: AuthUser, @Param('schemeId', ParseUUIDPipe) schemeId: string, @Body() dto: UpdateSchemeDto) {
    return toSchemeResponse(await this.schemes.update(user, schemeId, dto));
  }
}
