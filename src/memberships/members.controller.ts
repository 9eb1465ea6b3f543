import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { PageQueryDto } from '../common/pagination/page-query.dto.js';
import { ChangeRolesDto, MemberPageDto, MemberResponseDto } from './dto/member.dto.js';
import { MembersService } from './members.service.js';

@ApiTags('members')
@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @RequirePermission(P.readMembers)
  @ApiOperation({ summary: "Members of the caller's body, paginated" })
  @ApiOkResponse({ type: MemberPageDto })
  list(@CurrentUser() user: AuthUser, @Query() q: PageQueryDto): Promise<MemberPageDto> {
    return this.members.list(user, q);
  }

  @Get(':id')
  @RequirePermission(P.readMembers)
  @ApiOperation({ summary: 'One membership of the caller\'s body' })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiNotFoundResponse({ description: 'Unknown id, or another body' })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MemberResponseDto> {
    return this.members.get(user, id);
  }

  @Patch(':id/roles')
  @RequirePermission(P.manageMembers)
  @ApiOperation({ summary: "Replace a member's roles (nobody can raise their own)" })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiConflictResponse({ description: 'MEMBER.LAST_ADMIN: the body would be left without an administrator' })
  changeRoles(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeRolesDto): Promise<MemberResponseDto> {
    return this.members.changeRoles(user, id, dto.roles);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @RequirePermission(P.manageMembers)
  @ApiOperation({ summary: "Deactivate a member; their sessions in this body end at once" })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiConflictResponse({ description: 'MEMBER.LAST_ADMIN' })
  deactivate(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MemberResponseDto> {
    return this.members.deactivate(user, id);
  }
}
