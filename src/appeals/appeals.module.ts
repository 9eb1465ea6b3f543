import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { AppealEvent } from './appeal-event.entity.js';
import { AppealPanelMember } from './appeal-panel-member.entity.js';
import { Appeal } from './appeal.entity.js';
import { AppealsController } from './appeals.controller.js';
import { AppealsService } from './appeals.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Appeal, AppealPanelMember, AppealEvent]), DecisionsModule],
  controllers: [AppealsController],
  providers: [AppealsService],
  exports: [AppealsService],
})
export class AppealsModule {}
