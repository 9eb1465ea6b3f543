import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EvidenceModule } from '../evidence/evidence.module.js';
import { SchemesModule } from '../schemes/schemes.module.js';
import { ApplicationEvent } from './application-event.entity.js';
import { ApplicationReview } from './application-review.entity.js';
import { ApplicationWorkflowService } from './application-workflow.service.js';
import { Application } from './application.entity.js';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';
import { RequirementCheck } from './requirement-check.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Application, ApplicationEvent, ApplicationReview, RequirementCheck]), EvidenceModule, SchemesModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsService, ApplicationWorkflowService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
