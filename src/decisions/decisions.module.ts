import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { IssuedDocumentsModule } from '../issued-documents/issued-documents.module.js';
import { RelationshipsModule } from '../relationships/relationships.module.js';
import { CertificationDecision } from './certification-decision.entity.js';
import { DecisionIntegrityService } from './decision-integrity.service.js';
import { DecisionReviewService } from './decision-review.service.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CertificationDecision]), AssessmentsModule, CertificatesModule, IssuedDocumentsModule, RelationshipsModule],
  controllers: [DecisionsController],
  providers: [DecisionsService, DecisionReviewService, DecisionIntegrityService],
  exports: [DecisionsService],
})
export class DecisionsModule {}
