import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/decorators/public.decorator.js';
import { ListSchemesQueryDto, SchemePageDto, SchemeResponseDto, toSchemeResponse } from './dto/scheme.dto.js';
import { toVersionTree, VersionTreeDto } from './dto/version.dto.js';
import { SchemesService } from './schemes.service.js';

export class PublicSchemeDto extends SchemeResponseDto {
  @ApiProperty({ type: VersionTreeDto, description: 'The version in force, without the question bank' })
  currentVersion: VersionTreeDto;
}

/** What applicants and the public may see: published schemes, never drafts or the question bank. */
@ApiTags('public')
@Controller('public/certification-bodies/:bodyId/schemes')
export class PublicSchemesController {
  constructor(private readonly schemes: SchemesService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "A body's published schemes (no sign-in)" })
  @ApiOkResponse({ type: SchemePageDto })
  @ApiNotFoundResponse({ description: 'Unknown body' })
  async list(@Param('bodyId', ParseUUIDPipe) bodyId: string, @Query() query: ListSchemesQueryDto) {
    const page = await this.schemes.listPublic(bodyId, query);
    return { items: page.items.map(toSchemeResponse), nextCursor: page.nextCursor };
  }

  @Get(':schemeId')
  @Public()
  @ApiOperation({ summary: 'A published scheme with its version in force: units, elements, KUK and requirements' })
  @ApiOkResponse({ type: PublicSchemeDto })
  async get(@Param('bodyId', ParseUUIDPipe) bodyId: string, @Param('schemeId', ParseUUIDPipe) schemeId: string) {
    const { scheme, tree } = await this.schemes.getPublic(bodyId, schemeId);
    return { ...toSchemeResponse(scheme), currentVersion: toVersionTree(tree, false) };
  }
}
