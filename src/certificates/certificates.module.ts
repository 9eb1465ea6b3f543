import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PublicRateLimiter } from '../common/http/public-rate-limiter.js';
import { IssuedDocumentsModule } from '../issued-documents/issued-documents.module.js';
import { CertificateJobs } from './certificate-jobs.js';
import { CertificateJobsController } from './certificate-jobs.controller.js';
import { CertificateReminder } from './certificate-reminder.entity.js';
import { CertificateNumberCounter } from './certificate-number-counter.entity.js';
import { CertificateStatusChange } from './certificate-status-change.entity.js';
import { Certificate } from './certificate.entity.js';
import { CertificatesController } from './certificates.controller.js';
import { CertificatesService } from './certificates.service.js';
import { PublicVerificationController } from './public-verification.controller.js';
import { PublicVerificationService } from './public-verification.service.js';
import { VerificationCounter } from './verification-counter.js';

@Module({
  imports: [TypeOrmModule.forFeature([Certificate, CertificateStatusChange, CertificateNumberCounter, CertificateReminder]), IssuedDocumentsModule],
  controllers: [CertificatesController, CertificateJobsController, PublicVerificationController],
  providers: [CertificatesService, CertificateJobs, PublicVerificationService, VerificationCounter, PublicRateLimiter],
  exports: [CertificatesService],
})
export class CertificatesModule {}
