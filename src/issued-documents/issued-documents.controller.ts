import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import {
  ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { Public } from '../common/decorators/public.decorator.js';
import { PublicRateLimiter } from '../common/http/public-rate-limiter.js';
import { AuthenticityResponseDto, toAuthenticityResponse } from './dto/issued-document-response.dto.js';
import { IssuedDocumentsService } from './issued-documents.service.js';
import { readUploadedFile } from './read-uploaded-file.js';

@ApiTags('documents')
@Controller('documents')
export class IssuedDocumentsController {
  constructor(private readonly documents: IssuedDocumentsService, private readonly limiter: PublicRateLimiter) {}

  @Get(':id')
  @RequirePermission(P.readIssuedDocuments)
  @ApiOperation({ summary: 'Download an issued PDF (certificate, decision letter, FR.AK.02): staff of the body or the holder' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The issued PDF, byte for byte (re-rendered and checked against the stored SHA-256)' })
  @ApiNotFoundResponse({ description: 'DOCUMENT.NOT_FOUND (also for documents of others)' })
  async download(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const { doc, pdf } = await this.documents.download(user, id);
    res.set({ 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${doc.kind}-${doc.subjectId}.pdf"`, ETag: `"${doc.sha256}"` });
    res.send(pdf);
  }

  @Post('authenticity')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Is this PDF exactly a document a certification body issued? (by SHA-256; rate-limited per address)' })
  @ApiConsumes('multipart/form-data', 'application/pdf')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: AuthenticityResponseDto })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMIT.TOO_MANY_REQUESTS' })
  async authenticity(@Req() req: Request) {
    await this.limiter.consume('authenticity', req.ip ?? '');
    return toAuthenticityResponse(await this.documents.authenticity(await readUploadedFile(req)));
  }
}
