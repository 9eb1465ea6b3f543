import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EvidenceRecord } from './evidence-record.entity.js';
import { JudgementsController } from './judgements.controller.js';
import { JudgementsService } from './judgements.service.js';

/** FR.IA.01 / IA.03 / IA.07 / IA.09 / IA.08 judgements. */
@Module({
  imports: [TypeOrmModule.forFeature([EvidenceRecord])],
  controllers: [JudgementsController],
  providers: [JudgementsService],
  exports: [JudgementsService],
})
export class JudgementsModule {}
