import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../common/decorators/public.decorator.js';
import type { User } from '../users/user.entity.js';
import { CurrentUser, SignedIn } from './auth.decorators.js';
import type { AuthUser } from './auth-user.js';
import { AuthService } from './auth.service.js';
import { LoginDto, RefreshDto, SwitchBodyDto, TokenPairDto } from './dto/login.dto.js';
import { LocalAuthGuard } from './local-auth.guard.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password; returns an access and a refresh token' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'AUTH.INVALID_CREDENTIALS, the same for unknown users and wrong passwords' })
  @ApiTooManyRequestsResponse({ description: 'AUTH.LOCKED_OUT after repeated failures (Retry-After)' })
  login(@Body() dto: LoginDto, @Req() req: Request & { user: User }): Promise<TokenPairDto> {
    return this.auth.login(req.user, dto.certificationBodyId, req.ip ?? '');
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair (rotation; reuse revokes the session)' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'AUTH.TOKEN_INVALID' })
  @ApiConflictResponse({ description: 'AUTH.REFRESH_CONFLICT: the same token was refreshed concurrently' })
  refresh(@Body() dto: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session: its access and refresh tokens stop working' })
  @ApiNoContentResponse()
  logout(@CurrentUser() user: AuthUser): Promise<void> {
    return this.auth.logout(user);
  }

  @SignedIn()
  @Post('switch-body')
  @HttpCode(200)
  @ApiOperation({ summary: 'Act in another body of the caller: ends this session and opens one scoped to that body' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiNotFoundResponse({ description: 'The caller is not an active member of that body' })
  switchBody(@CurrentUser() user: AuthUser, @Body() dto: SwitchBodyDto, @Req() req: Request): Promise<TokenPairDto> {
    return this.auth.switchBody(user, dto.certificationBodyId, req.ip ?? '');
  }
}
