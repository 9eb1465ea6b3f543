import { Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
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
      // A KeyObject made once: given the string, jsonwebtoken first tries it as a PEM public key on every
      // request (a thrown, caught error) before making a secret key, a fifth of the CPU of an authenticated GET.
      // The typings only list string | Buffer; jsonwebtoken accepts a KeyObject.
      secretOrKey: createSecretKey(Buffer.from(config.env.JWT_SECRET)) as unknown as Buffer,
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
