import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { createValidationPipe } from '../common/validation/validation.pipe.js';
import { LoginDto } from './dto/login.dto.js';

/** Validates the login body first (guards run before pipes), then runs passport-local. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly validation = createValidationPipe();

  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    // the same pipe as every other body: DTO rules plus its checks on depth, field names and Unicode
    await this.validation.transform(ctx.switchToHttp().getRequest().body ?? {}, { type: 'body', metatype: LoginDto });
    return (await super.canActivate(ctx)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    return user;
  }
}
