import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../common/decorators/public.decorator.js';
import { PublicRateLimiter } from '../common/http/public-rate-limiter.js';
import { CertificateNumberQueryDto, PublicCertificateDto, toPublicCertificate } from './dto/public-certificate.dto.js';
import { PublicVerificationService } from './public-verification.service.js';

@ApiTags('public verification')
@Controller('public')
export class PublicVerificationController {
  constructor(private readonly verification: PublicVerificationService, private readonly limiter: PublicRateLimiter) {}

  @Get('verify/:code')
  @Public()
  @ApiOperation({ summary: 'Verify a certificate by the code in its QR (no sign-in; rate-limited per address)' })
  @ApiOkResponse({ type: PublicCertificateDto })
  @ApiNotFoundResponse({ description: 'CERTIFICATE.NOT_FOUND: no such certificate' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMIT.TOO_MANY_REQUESTS' })
  async verify(@Param('code') code: string, @Req() req: Request) {
    await this.limiter.consume('verification', req.ip ?? '');
    return toPublicCertificate(await this.verification.byCode(code));
  }

  @Get('certificates')
  @Public()
  @ApiOperation({ summary: 'Verify a certificate by its exact number (no sign-in; rate-limited per address)' })
  @ApiOkResponse({ type: PublicCertificateDto })
  @ApiNotFoundResponse({ description: 'CERTIFICATE.NOT_FOUND' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMIT.TOO_MANY_REQUESTS' })
  async byNumber(@Query() q: CertificateNumberQueryDto, @Req() req: Request) {
    await this.limiter.consume('verification', req.ip ?? '');
    return toPublicCertificate(await this.verification.byNumber(q.number));
  }
}
