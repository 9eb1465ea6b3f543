import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { EvidenceModule } from '../evidence/evidence.module.js';
import { SchemesModule } from '../schemes/schemes.module.js';
import { SelfAssessmentAnswer } from './self-assessment-answer.entity.js';
import { SelfAssessmentReview } from './self-assessment-review.entity.js';
import { SelfAssessment } from './self-assessment.entity.js';
import { SelfAssessmentsController } from './self-assessments.controller.js';
import { SelfAssessmentsService } from './self-assessments.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([SelfAssessment, SelfAssessmentAnswer, SelfAssessmentReview]),
    ApplicationsModule, AssessmentsModule, EvidenceModule, SchemesModule,
  ],
  controllers: [SelfAssessmentsController],
  providers: [SelfAssessmentsService],
  exports: [SelfAssessmentsService],
})
export class SelfAssessmentsModule {}
