import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentPlan } from './assessment-plan.entity.js';
import { AssessmentPlansController } from './assessment-plans.controller.js';
import { AssessmentPlansService } from './assessment-plans.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AssessmentPlan])],
  controllers: [AssessmentPlansController],
  providers: [AssessmentPlansService],
  exports: [AssessmentPlansService],
})
export class AssessmentPlansModule {}
