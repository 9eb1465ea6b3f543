import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PublicRateLimiter } from '../common/http/public-rate-limiter.js';
import { IssuedDocument } from './issued-document.entity.js';
import { IssuedDocumentsController } from './issued-documents.controller.js';
import { IssuedDocumentsService } from './issued-documents.service.js';

/** Issued PDFs: SHA-256 register, downloads, authenticity checks, batch rendering on worker threads. */
@Module({
  imports: [TypeOrmModule.forFeature([IssuedDocument])],
  controllers: [IssuedDocumentsController],
  providers: [IssuedDocumentsService, PublicRateLimiter],
  exports: [IssuedDocumentsService],
})
export class IssuedDocumentsModule {}
