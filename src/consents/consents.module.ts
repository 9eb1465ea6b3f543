import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentPlansModule } from '../assessment-plans/assessment-plans.module.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { EthicsModule } from '../ethics/ethics.module.js';
import { ConsentConfirmation } from './consent-confirmation.entity.js';
import { ConsentsController } from './consents.controller.js';
import { ConsentsService } from './consents.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ConsentConfirmation]), AssessmentsModule, EthicsModule, AssessmentPlansModule],
  controllers: [ConsentsController],
  providers: [ConsentsService],
  exports: [ConsentsService],
})
export class ConsentsModule {}
