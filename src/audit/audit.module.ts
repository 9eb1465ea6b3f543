import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditAnchor } from './audit-anchor.entity.js';
import { AuditAnchorsService } from './audit-anchors.service.js';
import { AuditChainHead } from './audit-chain-head.entity.js';
import { AuditEntriesService } from './audit-entries.service.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';
import { AuditVerificationJob } from './audit-verification.job.js';
import { AuditVerificationService } from './audit-verification.service.js';

/** Global: every module that changes state appends to the audit trail in its own transaction. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry, AuditChainHead, AuditAnchor])],
  controllers: [AuditController],
  providers: [AuditService, AuditVerificationService, AuditEntriesService, AuditAnchorsService, AuditVerificationJob],
  exports: [AuditService, AuditEntriesService],
})
export class AuditModule {}
