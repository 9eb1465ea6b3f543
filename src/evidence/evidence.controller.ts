import { applyDecorators, Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import {
  PortfolioItemResponseDto,
  PortfolioItemUploadForm,
  PortfolioItemVersionUploadForm,
  SweepResultDto,
  toPortfolioItemResponse,
  UpdatePortfolioItemDto,
} from './dto/portfolio-item.dto.js';
import { sendEvidenceContent } from './evidence-content.js';
import { EvidenceSweepService } from './evidence-sweep.service.js';
import { EvidenceService } from './evidence.service.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';

const MultipartUpload = () =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiPayloadTooLargeResponse({ description: 'EVIDENCE.FILE_TOO_LARGE or EVIDENCE.QUOTA_EXCEEDED (problem+json)' }),
    ApiUnsupportedMediaTypeResponse({ description: 'EVIDENCE.TYPE_NOT_ALLOWED or EVIDENCE.TYPE_MISMATCH (problem+json)' }),
    ApiUnprocessableEntityResponse({
      description: 'EVIDENCE.EMPTY_FILE, EVIDENCE.ARCHIVE_SUSPICIOUS (zip bomb in DOCX/XLSX) or EVIDENCE.INFECTED (problem+json)',
    }),
    ApiServiceUnavailableResponse({ description: 'EVIDENCE.SCANNER_UNAVAILABLE: antivirus configured but unreachable (problem+json)' }),
  );

@ApiTags('portfolio')
@Controller('portfolio-items')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post()
  @RequirePermission(P.manageOwnPortfolio)
  @Idempotent()
  @ApiOperation({ summary: 'Upload a portfolio item (multipart: part "file" plus metadata fields)' })
  @ApiBody({ type: PortfolioItemUploadForm })
  @MultipartUpload()
  @ApiCreatedResponse({ type: PortfolioItemResponseDto })
  async upload(@CurrentUser() user: AuthUser, @Req() req: Request) {
    return toPortfolioItemResponse(await this.evidence.upload(user, req));
  }

  @Get()
  @RequirePermission(P.manageOwnPortfolio)
  @ApiOperation({ summary: "The caller's own portfolio items, newest first" })
  @ApiOkResponse({ type: [PortfolioItemResponseDto] })
  async listOwn(@CurrentUser() user: AuthUser) {
    return (await this.evidence.listOwn(user)).map(toPortfolioItemResponse);
  }

  @Get(':id')
  @RequirePermission(P.readPortfolioItems)
  @ApiOperation({ summary: 'Metadata of one item (owner, admins, auditors of the body)' })
  @ApiOkResponse({ type: PortfolioItemResponseDto })
  @ApiNotFoundResponse({ description: 'Unknown, or not visible to the caller' })
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toPortfolioItemResponse(await this.evidence.getReadable(user, id));
  }

  @Get(':id/content')
  @RequirePermission(P.readPortfolioItems)
  @ApiOperation({ summary: 'Download the file (attachment; supports a single byte Range)' })
  @ApiHeader({ name: 'Range', required: false, example: 'bytes=0-1048575' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The whole file' })
  @ApiNotFoundResponse({ description: 'Unknown, discarded, or not visible to the caller' })
  async content(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('range') range: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await sendEvidenceContent(res, await this.evidence.openContent(user, id, range));
  }

  @Patch(':id')
  @RequirePermission(P.manageOwnPortfolio)
  @ApiOperation({ summary: 'Edit the metadata of a draft item (locked items answer 409 EVIDENCE.LOCKED)' })
  @ApiOkResponse({ type: PortfolioItemResponseDto })
  async update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdatePortfolioItemDto) {
    return toPortfolioItemResponse(await this.evidence.update(user, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(P.manageOwnPortfolio)
  @ApiOperation({ summary: 'Discard a draft item (soft; locked items answer 409 EVIDENCE.LOCKED)' })
  @ApiNoContentResponse()
  discard(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.evidence.discard(user, id);
  }

  @Post(':id/versions')
  @RequirePermission(P.manageOwnPortfolio)
  @ApiOperation({ summary: 'Upload a corrected version; omitted metadata is carried over, the old version stays' })
  @ApiBody({ type: PortfolioItemVersionUploadForm })
  @MultipartUpload()
  @ApiCreatedResponse({ type: PortfolioItemResponseDto })
  async uploadVersion(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() req: Request) {
    return toPortfolioItemResponse(await this.evidence.uploadVersion(user, id, req));
  }
}

@ApiTags('admin')
@Controller('admin/evidence')
export class EvidenceAdminController {
  constructor(private readonly sweep: EvidenceSweepService) {}

  @Post('sweep')
  @HttpCode(200)
  @RequirePermission(P.sweepEvidence)
  @ApiOperation({ summary: 'Remove stored evidence bytes without a live item, older than the grace period' })
  @ApiOkResponse({ type: SweepResultDto })
  run(@CurrentUser() user: AuthUser): Promise<SweepResultDto> {
    return this.sweep.sweepAsAdmin(user);
  }
}
