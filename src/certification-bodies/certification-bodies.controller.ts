import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { CertificationBodiesService } from './certification-bodies.service.js';
import {
  CertificationBodyResponseDto,
  CreateCertificationBodyDto,
  toCertificationBodyResponse,
  UpdateCertificationBodyDto,
} from './dto/certification-body.dto.js';

@ApiTags('certification-bodies')
@Controller('certification-bodies')
export class CertificationBodiesController {
  constructor(private readonly bodies: CertificationBodiesService) {}

  @Post()
  @RequirePermission(P.manageCertificationBodies)
  @ApiOperation({ summary: 'Create a certification body (platform administrators)' })
  @ApiCreatedResponse({ type: CertificationBodyResponseDto })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateCertificationBodyDto) {
    return toCertificationBodyResponse(await this.bodies.create(user, dto));
  }

  @Get()
  @RequirePermission(P.manageCertificationBodies)
  @ApiOperation({ summary: 'List every certification body (platform administrators)' })
  @ApiOkResponse({ type: [CertificationBodyResponseDto] })
  async list() {
    return (await this.bodies.listAll()).map(toCertificationBodyResponse);
  }

  @Get(':id')
  @RequirePermission(P.readCertificationBody)
  @ApiOperation({ summary: "Read the caller's own certification body" })
  @ApiOkResponse({ type: CertificationBodyResponseDto })
  @ApiNotFoundResponse({ description: 'Unknown id, or another body' })
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toCertificationBodyResponse(await this.bodies.getOwn(user, id));
  }

  @Patch(':id')
  @RequirePermission(P.updateCertificationBody)
  @ApiOperation({ summary: "Update the caller's own body settings (body administrators)" })
  @ApiOkResponse({ type: CertificationBodyResponseDto })
  async update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCertificationBodyDto) {
    return toCertificationBodyResponse(await this.bodies.update(user, id, dto));
  }
}
