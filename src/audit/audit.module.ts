import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditChainHead } from './audit-chain-head.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditService } from './audit.service.js';

/** Global: every module that changes state appends to the audit trail in its own transaction. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry, AuditChainHead])],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
