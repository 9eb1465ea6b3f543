import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config.js';
import type { AuthUser } from './auth-user.js';
import { type AccessClaims, AuthService, JWT_AUDIENCE, JWT_ISSUER } from './auth.service.js';

/** Verifies the access JWT (HS256 only, issuer and audience checked), then the session behind it. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: AppConfig, private readonly auth: AuthService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.env.JWT_SECRET,
      algorithms: ['HS256'],
      audience: JWT_AUDIENCE,
      issuer: JWT_ISSUER,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessClaims): Promise<AuthUser> {
    return this.auth.resolveAccessToken(claims);
  }
}
