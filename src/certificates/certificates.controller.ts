import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { CertificatesService } from './certificates.service.js';
import { CertificateStatusChangeDto, ListCertificatesQueryDto, RenderBatchDto } from './dto/certificate.dto.js';
import {
  CertificateDetailResponseDto, CertificatePageDto, RenderBatchResponseDto, toCertificateDetailResponse, toCertificatePage,
} from './dto/certificate-response.dto.js';

@ApiTags('certificates')
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get()
  @RequirePermission(P.readCertificates)
  @ApiOperation({ summary: 'Certificates (staff: the body; holders: their own) due for surveillance or expiring within N days, soonest first (keyset)' })
  @ApiOkResponse({ type: CertificatePageDto })
  async list(@CurrentUser() user: AuthUser, @Query() q: ListCertificatesQueryDto) {
    return toCertificatePage(await this.certificates.list(user, q));
  }

  @Get(':id')
  @RequirePermission(P.readCertificates)
  @ApiOperation({ summary: 'One certificate with its status history and issued PDF (staff of the body, or the holder)' })
  @ApiOkResponse({ type: CertificateDetailResponseDto })
  @ApiNotFoundResponse({ description: 'CERTIFICATE.NOT_FOUND' })
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toCertificateDetailResponse(await this.certificates.get(user, id));
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @RequirePermission(P.manageCertificates)
  @ApiOperation({ summary: 'Suspend an active certificate (reason required)' })
  @ApiOkResponse({ type: CertificateDetailResponseDto })
  @ApiConflictResponse({ description: 'CERTIFICATE.ILLEGAL_TRANSITION' })
  async suspend(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CertificateStatusChangeDto) {
    return toCertificateDetailResponse(await this.certificates.changeStatus(user, id, 'suspend', dto.reason));
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @RequirePermission(P.manageCertificates)
  @ApiOperation({ summary: 'Reinstate a suspended certificate' })
  @ApiOkResponse({ type: CertificateDetailResponseDto })
  @ApiConflictResponse({ description: 'CERTIFICATE.ILLEGAL_TRANSITION' })
  async reinstate(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CertificateStatusChangeDto) {
    return toCertificateDetailResponse(await this.certificates.changeStatus(user, id, 'reinstate', dto.reason));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @RequirePermission(P.manageCertificates)
  @ApiOperation({ summary: 'Withdraw a certificate (final)' })
  @ApiOkResponse({ type: CertificateDetailResponseDto })
  @ApiConflictResponse({ description: 'CERTIFICATE.ILLEGAL_TRANSITION' })
  async withdraw(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CertificateStatusChangeDto) {
    return toCertificateDetailResponse(await this.certificates.changeStatus(user, id, 'withdraw', dto.reason));
  }

  @Post('render-batch')
  @HttpCode(200)
  @RequirePermission(P.manageCertificates)
  @ApiOperation({ summary: 'Re-render the certificates of a decision meeting on the worker pool and check each against its issued hash' })
  @ApiOkResponse({ type: RenderBatchResponseDto })
  async renderBatch(@CurrentUser() user: AuthUser, @Body() dto: RenderBatchDto) {
    return { items: await this.certificates.renderBatch(user, dto.certificateIds) };
  }
}
