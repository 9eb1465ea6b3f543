import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyKey } from './idempotency-key.entity.js';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';

@Global()
@Module({ imports: [TypeOrmModule.forFeature([IdempotencyKey])], providers: [IdempotencyInterceptor], exports: [IdempotencyInterceptor] })
export class IdempotencyModule {}
