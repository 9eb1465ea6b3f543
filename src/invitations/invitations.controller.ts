import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { Public } from '../common/decorators/public.decorator.js';
import {
  AcceptedInvitationResponseDto, AcceptInvitationDto, CreatedInvitationResponseDto, CreateInvitationDto,
  InvitationResponseDto, toInvitationResponse,
} from './dto/invitation.dto.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @RequirePermission(P.inviteMembers)
  @ApiOperation({ summary: "Invite a person into the caller's body with the given roles (single-use, expiring token)" })
  @ApiCreatedResponse({ type: CreatedInvitationResponseDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateInvitationDto): Promise<CreatedInvitationResponseDto> {
    return this.invitations.create(user, dto);
  }

  @Get()
  @RequirePermission(P.readInvitations)
  @ApiOperation({ summary: "The body's invitations, newest first (tokens are never shown again)" })
  @ApiOkResponse({ type: [InvitationResponseDto] })
  async list(@CurrentUser() user: AuthUser): Promise<InvitationResponseDto[]> {
    return (await this.invitations.list(user)).map(toInvitationResponse);
  }

  @Public()
  @Post('accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept an invitation: creates the account, or adds the membership to an existing one' })
  @ApiOkResponse({ type: AcceptedInvitationResponseDto })
  @ApiNotFoundResponse({ description: 'INVITATION.NOT_FOUND: unknown token' })
  @ApiConflictResponse({ description: 'INVITATION.EXPIRED or INVITATION.ALREADY_USED' })
  @ApiUnauthorizedResponse({ description: 'AUTH.INVALID_CREDENTIALS: existing account, wrong password' })
  accept(@Body() dto: AcceptInvitationDto): Promise<AcceptedInvitationResponseDto> {
    return this.invitations.accept(dto);
  }
}
