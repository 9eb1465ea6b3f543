import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SignedIn } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ChangePasswordDto, toUserResponse, UpdateProfileDto, UserResponseDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('me')
@SignedIn()
@Controller('me')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: "The caller's own profile" })
  @ApiOkResponse({ type: UserResponseDto })
  async me(@CurrentUser() user: AuthUser) {
    return toUserResponse(await this.users.getById(user.id));
  }

  @Patch()
  @ApiOperation({ summary: "Update the caller's own profile (roles cannot be changed here)" })
  @ApiOkResponse({ type: UserResponseDto })
  async update(@CurrentUser() user: AuthUser, @Body() dto: UpdateProfileDto) {
    return toUserResponse(await this.users.updateProfile(user, dto));
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change password; every session of the account is revoked' })
  @ApiNoContentResponse()
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.users.changePassword(user, dto);
  }
}
