import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentRecommendation } from './assessment-recommendation.entity.js';
import { UnitRecommendation } from './unit-recommendation.entity.js';

/** FR.AK.02 recommendations. The recording service and its gates belong to the assessment workflow. */
@Module({
  imports: [TypeOrmModule.forFeature([AssessmentRecommendation, UnitRecommendation])],
  exports: [TypeOrmModule],
})
export class RecommendationsModule {}
