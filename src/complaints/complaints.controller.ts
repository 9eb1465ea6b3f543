import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, RequirePermission, SignedIn } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { Public } from '../common/decorators/public.decorator.js';
import { PublicRateLimiter } from '../common/http/public-rate-limiter.js';
import { ComplaintsService } from './complaints.service.js';
import { ComplaintTransitionDto, FileComplaintDto, FilePublicComplaintDto, ListComplaintsQueryDto } from './dto/complaint.dto.js';
import {
  ComplaintDetailResponseDto, ComplaintListDto, ComplaintReceiptDto, toComplaintDetailResponse, toComplaintReceipt, toComplaintResponse,
} from './dto/complaint-response.dto.js';

@ApiTags('complaints')
@Controller()
export class ComplaintsController {
  constructor(private readonly complaints: ComplaintsService, private readonly limiter: PublicRateLimiter) {}

  @Post('complaints')
  @SignedIn()
  @ApiOperation({ summary: 'File a complaint with your certification body about the body, an assessor or a certificate holder' })
  @ApiCreatedResponse({ type: ComplaintReceiptDto })
  @ApiNotFoundResponse({ description: 'CERTIFICATION_BODY.NOT_FOUND (signed in without a body)' })
  async file(@CurrentUser() user: AuthUser, @Body() dto: FileComplaintDto) {
    return toComplaintReceipt(await this.complaints.file(user, user.bodyId, dto));
  }

  @Post('public/complaints')
  @Public()
  @ApiOperation({ summary: 'File a complaint without signing in (rate-limited per address)' })
  @ApiCreatedResponse({ type: ComplaintReceiptDto })
  @ApiNotFoundResponse({ description: 'CERTIFICATION_BODY.NOT_FOUND' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMIT.TOO_MANY_REQUESTS' })
  async filePublic(@Body() dto: FilePublicComplaintDto, @Req() req: Request) {
    await this.limiter.consume('complaint', req.ip ?? '');
    const { certificationBodyId, ...complaint } = dto;
    return toComplaintReceipt(await this.complaints.file(null, certificationBodyId, complaint));
  }

  @Get('complaints')
  @RequirePermission(P.readComplaints)
  @ApiOperation({ summary: 'The complaints register of the body, newest first' })
  @ApiOkResponse({ type: ComplaintListDto })
  async list(@CurrentUser() user: AuthUser, @Query() q: ListComplaintsQueryDto) {
    return { items: (await this.complaints.list(user, q)).map(toComplaintResponse) };
  }

  @Get('complaints/:id')
  @RequirePermission(P.readComplaints)
  @ApiOperation({ summary: 'One complaint with every step' })
  @ApiOkResponse({ type: ComplaintDetailResponseDto })
  @ApiNotFoundResponse({ description: 'COMPLAINT.NOT_FOUND' })
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toComplaintDetailResponse(await this.complaints.get(user, id));
  }

  @Post('complaints/:id/transitions')
  @HttpCode(200)
  @RequirePermission(P.manageComplaints)
  @ApiOperation({ summary: 'Triage, investigate, resolve (outcome + corrective action) or close a complaint' })
  @ApiOkResponse({ type: ComplaintDetailResponseDto })
  @ApiConflictResponse({ description: 'COMPLAINT.ILLEGAL_TRANSITION' })
  async transition(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ComplaintTransitionDto) {
    return toComplaintDetailResponse(await this.complaints.transition(user, id, dto));
  }
}
