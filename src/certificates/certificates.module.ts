import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PublicRateLimiter } from '../common/http/public-rate-limiter.js';
import { IssuedDocumentsModule } from '../issued-documents/issued-documents.module.js';
import { CertificateNumberCounter } from './certificate-number-counter.entity.js';
import { CertificateStatusChange } from './certificate-status-change.entity.js';
import { Certificate } from './certificate.entity.js';
import { CertificatesController } from './certificates.controller.js';
import { CertificatesService } from './certificates.service.js';
import { PublicVerificationController } from './public-verification.controller.js';
import { PublicVerificationService } from './public-verification.service.js';
import { VerificationCounter } from './verification-counter.js';

@Module({
  imports: [TypeOrmModule.forFeature([Certificate, CertificateStatusChange, CertificateNumberCounter]), IssuedDocumentsModule],
  controllers: [CertificatesController, PublicVerificationController],
  providers: [CertificatesService, PublicVerificationService, VerificationCounter, PublicRateLimiter],
  exports: [CertificatesService],
})
export class CertificatesModule {}
