import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { CodeOfEthicsVersion } from './code-of-ethics-version.entity.js';
import { EthicsAffirmation } from './ethics-affirmation.entity.js';
import { EthicsController } from './ethics.controller.js';
import { EthicsService } from './ethics.service.js';

/** Code of ethics per body and the assessors' affirmations: the gate to `ready`. */
@Module({
  imports: [TypeOrmModule.forFeature([CodeOfEthicsVersion, EthicsAffirmation]), AssessmentsModule],
  controllers: [EthicsController],
  providers: [EthicsService],
  exports: [EthicsService],
})
export class EthicsModule {}
