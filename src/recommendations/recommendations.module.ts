import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { CoverageModule } from '../coverage/coverage.module.js';
import { AssessmentRecommendation } from './assessment-recommendation.entity.js';
import { RecommendationsController } from './recommendations.controller.js';
import { RecommendationsService } from './recommendations.service.js';
import { UnitRecommendation } from './unit-recommendation.entity.js';

/** FR.AK.02 recommendations: recorded and signed here, read by the certification decision. */
@Module({
  imports: [TypeOrmModule.forFeature([AssessmentRecommendation, UnitRecommendation]), AssessmentsModule, CoverageModule],
  controllers: [RecommendationsController],
  providers: [RecommendationsService],
  exports: [TypeOrmModule, RecommendationsService],
})
export class RecommendationsModule {}
