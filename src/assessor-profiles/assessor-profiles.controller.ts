import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { AssessorProfilesService } from './assessor-profiles.service.js';
import {
  AssessorProfileResponseDto, CreateAssessorProfileDto, toAssessorProfileResponse, UpdateAssessorProfileDto,
} from './dto/assessor-profile.dto.js';

@ApiTags('assessor-profiles')
@Controller('assessor-profiles')
export class AssessorProfilesController {
  constructor(private readonly profiles: AssessorProfilesService) {}

  @Post()
  @RequirePermission(P.manageAssessorProfiles)
  @ApiOperation({ summary: 'Create the assessor profile of a member holding the assessor role' })
  @ApiCreatedResponse({ type: AssessorProfileResponseDto })
  @ApiNotFoundResponse({ description: 'The user is not a member of the body' })
  @ApiConflictResponse({ description: 'ASSESSOR_PROFILE.NOT_AN_ASSESSOR, or a duplicate' })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateAssessorProfileDto) {
    return toAssessorProfileResponse(await this.profiles.create(user, dto));
  }

  @Get()
  @RequirePermission(P.readAssessorProfiles)
  @ApiOperation({ summary: "Assessor profiles of the caller's body" })
  @ApiOkResponse({ type: [AssessorProfileResponseDto] })
  async list(@CurrentUser() user: AuthUser) {
    return (await this.profiles.list(user)).map(toAssessorProfileResponse);
  }

  @Get('mine')
  @RequirePermission(P.readOwnAssessorProfile)
  @ApiOperation({ summary: "The calling assessor's own profile in the current body" })
  @ApiOkResponse({ type: AssessorProfileResponseDto })
  @ApiNotFoundResponse({ description: 'No profile yet' })
  async mine(@CurrentUser() user: AuthUser) {
    return toAssessorProfileResponse(await this.profiles.getOwn(user));
  }

  @Get(':id')
  @RequirePermission(P.readAssessorProfiles)
  @ApiOperation({ summary: 'One assessor profile' })
  @ApiOkResponse({ type: AssessorProfileResponseDto })
  @ApiNotFoundResponse({ description: 'Unknown id, or another body' })
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toAssessorProfileResponse(await this.profiles.get(user, id));
  }

  @Patch(':id')
  @RequirePermission(P.manageAssessorProfiles)
  @ApiOperation({ summary: 'Update registration number, certificate dates, status or authorisations' })
  @ApiOkResponse({ type: AssessorProfileResponseDto })
  async update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateAssessorProfileDto) {
    return toAssessorProfileResponse(await this.profiles.update(user, id, dto));
  }
}
