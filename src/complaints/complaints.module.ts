import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PublicRateLimiter } from '../common/http/public-rate-limiter.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { Complaint } from './complaint.entity.js';
import { ComplaintsController } from './complaints.controller.js';
import { ComplaintsService } from './complaints.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Complaint, ComplaintEvent])],
  controllers: [ComplaintsController],
  providers: [ComplaintsService, PublicRateLimiter],
})
export class ComplaintsModule {}
