import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { RequestValidationError } from '../common/errors/domain-error.js';
import { LoginDto } from './dto/login.dto.js';

/** Validates the login body first (guards run before pipes), then runs passport-local. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const body = ctx.switchToHttp().getRequest().body ?? {};
    const errors = await validate(plainToInstance(LoginDto, body), { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) {
      throw new RequestValidationError(
        errors.flatMap((e) => Object.values(e.constraints ?? {}).map((detail) => ({ pointer: `/${e.property}`, detail }))),
      );
    }
    return (await super.canActivate(ctx)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    return user;
  }
}
