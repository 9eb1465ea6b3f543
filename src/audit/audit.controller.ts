import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { AuditAnchorsService } from './audit-anchors.service.js';
import { AuditEntriesService } from './audit-entries.service.js';
import { CSV_HEADER, EXPORT_CONTENT_TYPE, toCsvLine, toNdjsonLine } from './audit-export-format.js';
import { AuditVerificationService } from './audit-verification.service.js';
import { AuditEntryPageDto, AuditEntryQueryDto, AuditExportQueryDto, toAuditEntryPage } from './dto/audit-entry.dto.js';
import {
  AnchorVerificationResponseDto, AuditAnchorResponseDto, ChainVerificationResponseDto, toAnchorVerificationResponse,
  toAuditAnchorResponse, toChainVerificationResponse, VerifyChainQueryDto,
} from './dto/audit-verification.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly entries: AuditEntriesService,
    private readonly verification: AuditVerificationService,
    private readonly anchors: AuditAnchorsService,
  ) {}

  @Get('entries')
  @RequirePermission(P.readAuditTrail)
  @ApiOperation({ summary: "The own body's audit entries, filtered, oldest first, paginated by seq" })
  @ApiOkResponse({ type: AuditEntryPageDto })
  async list(@CurrentUser() user: AuthUser, @Query() q: AuditEntryQueryDto) {
    const { cursor, limit, ...filter } = q;
    return toAuditEntryPage(await this.entries.page(user, filter, cursor ? Number(cursor) : undefined, limit ?? 100));
  }

  @Get('entries/export')
  @RequirePermission(P.readAuditTrail)
  @ApiOperation({ summary: 'Stream the matching entries as NDJSON (exact values, for offline verification) or CSV' })
  @ApiProduces(EXPORT_CONTENT_TYPE.ndjson, EXPORT_CONTENT_TYPE.csv)
  @ApiOkResponse({ description: 'The export file' })
  async export(@CurrentUser() user: AuthUser, @Query() q: AuditExportQueryDto, @Res() res: Response): Promise<void> {
    const { format, ...filter } = q;
    res.status(200);
    res.setHeader('Content-Type', EXPORT_CONTENT_TYPE[format]);
    res.setHeader('Content-Disposition', `attachment; filename="audit-${user.bodyId}.${format}"`);
    if (format === 'csv') res.write(CSV_HEADER);
    await this.entries.export(user, filter, format === 'csv' ? toCsvLine : toNdjsonLine, res);
    res.end();
  }

  @Get('verify')
  @RequirePermission(P.readAuditTrail)
  @ApiOperation({ summary: "Recompute the own body's hash chain (whole, or a seq or time range)" })
  @ApiOkResponse({ type: ChainVerificationResponseDto })
  async verify(@CurrentUser() user: AuthUser, @Query() q: VerifyChainQueryDto) {
    return toChainVerificationResponse(await this.verification.verifyOwn(user, q));
  }

  @Post('anchors')
  @HttpCode(201)
  @RequirePermission(P.createAuditAnchor)
  @ApiOperation({ summary: 'Sign the current chain head (HMAC-SHA256) and keep it as an anchor' })
  @ApiCreatedResponse({ type: AuditAnchorResponseDto })
  async createAnchor(@CurrentUser() user: AuthUser) {
    return toAuditAnchorResponse(await this.anchors.create(user));
  }

  @Get('anchors')
  @RequirePermission(P.readAuditTrail)
  @ApiOperation({ summary: "The own body's anchors, newest first" })
  @ApiOkResponse({ type: [AuditAnchorResponseDto] })
  async listAnchors(@CurrentUser() user: AuthUser) {
    return (await this.anchors.list(user)).map(toAuditAnchorResponse);
  }

  @Get('anchors/:id/verify')
  @RequirePermission(P.readAuditTrail)
  @ApiOperation({ summary: 'Check the anchor signature, the anchored hash and the chain up to it' })
  @ApiOkResponse({ type: AnchorVerificationResponseDto })
  @ApiNotFoundResponse({ description: 'Unknown anchor, or another body' })
  async verifyAnchor(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toAnchorVerificationResponse(await this.anchors.verify(user, id));
  }
}
