import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { EvidenceAdminController, EvidenceController } from './evidence.controller.js';
import { EvidenceQuota } from './evidence-quota.entity.js';
import { EvidenceSweepJob } from './evidence-sweep.job.js';
import { EvidenceSweepService } from './evidence-sweep.service.js';
import { EvidenceService } from './evidence.service.js';
import { PortfolioItem } from './portfolio-item.entity.js';
import { createEvidenceStorage } from './storage/create-evidence-storage.js';
import { EVIDENCE_STORAGE } from './storage/evidence-storage.js';

@Module({
  imports: [TypeOrmModule.forFeature([PortfolioItem, EvidenceQuota])],
  controllers: [EvidenceController, EvidenceAdminController],
  providers: [
    EvidenceSweepJob,
    EvidenceService,
    EvidenceSweepService,
    { provide: EVIDENCE_STORAGE, inject: [AppConfig], useFactory: createEvidenceStorage },
  ],
  exports: [EvidenceService, EvidenceSweepService],
})
export class EvidenceModule {}
