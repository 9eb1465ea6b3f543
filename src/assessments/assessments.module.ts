import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AssessorProfilesModule } from '../assessor-profiles/assessor-profiles.module.js';
import { RelationshipsModule } from '../relationships/relationships.module.js';
import { SchemesModule } from '../schemes/schemes.module.js';
import { AssessmentAssessor } from './assessment-assessor.entity.js';
import { AssessmentEvent } from './assessment-event.entity.js';
import { AssessmentWorkflowService } from './assessment-workflow.service.js';
import { Assessment } from './assessment.entity.js';
import { AssessmentsController } from './assessments.controller.js';
import { AssessmentsService } from './assessments.service.js';
import { AssessorAssignmentService } from './assessor-assignment.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Assessment, AssessmentEvent, AssessmentAssessor]),
    ApplicationsModule, SchemesModule, AssessorProfilesModule, RelationshipsModule,
  ],
  controllers: [AssessmentsController],
  providers: [AssessmentsService, AssessmentWorkflowService, AssessorAssignmentService],
  exports: [AssessmentsService, AssessmentWorkflowService],
})
export class AssessmentsModule {}
