import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QualityController } from './quality.controller.js';
import { QualityReview } from './quality-review.entity.js';
import { QualityReviewsService } from './quality-reviews.service.js';
import { QualitySampleItem } from './quality-sample-item.entity.js';
import { QualitySample } from './quality-sample.entity.js';
import { QualitySamplesService } from './quality-samples.service.js';

/** Issue 8: quality samples and FR.AK.06 reviews (docs/quality.md). */
@Module({
  imports: [TypeOrmModule.forFeature([QualitySample, QualitySampleItem, QualityReview])],
  controllers: [QualityController],
  providers: [QualitySamplesService, QualityReviewsService],
  exports: [QualityReviewsService],
})
export class QualityReviewsModule {}
