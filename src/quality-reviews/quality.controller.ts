import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { PageQueryDto } from '../common/pagination/page-query.dto.js';
import {
  CorrectQualityReviewDto, QualityReviewPageDto, QualityReviewQueryDto, QualityReviewResponseDto, RecordQualityReviewDto, toQualityReviewResponse,
} from './dto/quality-review.dto.js';
import {
  DrawSampleDto, QualitySampleDetailDto, QualitySamplePageDto, toQualitySampleDetail, toQualitySampleResponse,
} from './dto/quality-sample.dto.js';
import { QualityReviewsService } from './quality-reviews.service.js';
import { QualitySamplesService } from './quality-samples.service.js';

@ApiTags('quality (FR.AK.06)')
@Controller('quality')
export class QualityController {
  constructor(private readonly samples: QualitySamplesService, private readonly reviews: QualityReviewsService) {}

  @Post('samples')
  @RequirePermission(P.manageQualityReviews)
  @ApiOperation({ summary: 'Draw a reproducible random sample of the assessments decided in a period (seeded, stratified)' })
  @ApiCreatedResponse({ type: QualitySampleDetailDto })
  @ApiNotFoundResponse({ description: 'SCHEME.NOT_FOUND' })
  @ApiConflictResponse({ description: 'QUALITY_SAMPLE.NO_DECIDED_ASSESSMENTS' })
  @ApiUnprocessableEntityResponse({ description: 'QUALITY_SAMPLE.PERIOD_INVALID, QUALITY_SAMPLE.POPULATION_INVALID (too many to rank)' })
  async draw(@CurrentUser() user: AuthUser, @Body() dto: DrawSampleDto): Promise<QualitySampleDetailDto> {
    return toQualitySampleDetail(await this.samples.draw(user, dto));
  }

  @Get('samples')
  @RequirePermission(P.readQualityReviews)
  @ApiOperation({ summary: "The body's samples, newest first" })
  @ApiOkResponse({ type: QualitySamplePageDto })
  async listSamples(@CurrentUser() user: AuthUser, @Query() q: PageQueryDto): Promise<QualitySamplePageDto> {
    const { items, total } = await this.samples.list(user, q.page, q.pageSize);
    return { items: items.map(toQualitySampleResponse), total, page: q.page, pageSize: q.pageSize };
  }

  @Get('samples/:id')
  @RequirePermission(P.readQualityReviews)
  @ApiOperation({ summary: 'A sample with its items in seeded order and the current review of each' })
  @ApiOkResponse({ type: QualitySampleDetailDto })
  @ApiNotFoundResponse({ description: 'QUALITY_SAMPLE.NOT_FOUND' })
  async getSample(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<QualitySampleDetailDto> {
    return toQualitySampleDetail(await this.samples.get(user, id));
  }

  @Post('reviews')
  @RequirePermission(P.manageQualityReviews)
  @ApiOperation({ summary: 'Record an FR.AK.06 review of a decided assessment (never by one of its assessors)' })
  @ApiCreatedResponse({ type: QualityReviewResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND, QUALITY_SAMPLE.NOT_FOUND' })
  @ApiConflictResponse({ description: 'QUALITY_REVIEW.ASSESSMENT_NOT_DECIDED, QUALITY_REVIEW.OWN_ASSESSMENT, QUALITY_REVIEW.ALREADY_REVIEWED' })
  @ApiUnprocessableEntityResponse({ description: 'QUALITY_REVIEW.FORM_INVALID, QUALITY_REVIEW.SAMPLE_INVALID (not an item of the sample)' })
  async record(@CurrentUser() user: AuthUser, @Body() dto: RecordQualityReviewDto): Promise<QualityReviewResponseDto> {
    return toQualityReviewResponse({ review: await this.reviews.record(user, dto), supersededById: null });
  }

  @Get('reviews')
  @RequirePermission(P.readQualityReviews)
  @ApiOperation({ summary: "The body's reviews, newest first, filtered by assessment, sample or reviewer" })
  @ApiOkResponse({ type: QualityReviewPageDto })
  async listReviews(@CurrentUser() user: AuthUser, @Query() q: QualityReviewQueryDto): Promise<QualityReviewPageDto> {
    const { items, total } = await this.reviews.list(user, q);
    return { items: items.map(toQualityReviewResponse), total, page: q.page, pageSize: q.pageSize };
  }

  @Get('reviews/:id')
  @RequirePermission(P.readQualityReviews)
  @ApiOperation({ summary: 'One review, with the correction that replaced it if any' })
  @ApiOkResponse({ type: QualityReviewResponseDto })
  @ApiNotFoundResponse({ description: 'QUALITY_REVIEW.NOT_FOUND' })
  async getReview(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<QualityReviewResponseDto> {
    return toQualityReviewResponse(await this.reviews.get(user, id));
  }

  @Get('reviews/:id/pdf')
  @RequirePermission(P.readQualityReviews)
  @ApiOperation({ summary: 'The review as the FR.AK.06 form (Meninjau Proses Asesmen), PDF' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'QUALITY_REVIEW.NOT_FOUND' })
  async pdf(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const pdf = await this.reviews.pdf(user, id);
    res.status(200).setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="FR.AK.06-${id}.pdf"`);
    res.end(pdf);
  }

  @Post('reviews/:id/corrections')
  @RequirePermission(P.manageQualityReviews)
  @ApiOperation({ summary: 'Correct your review: a new review that supersedes it (the old one stays)' })
  @ApiCreatedResponse({ type: QualityReviewResponseDto })
  @ApiNotFoundResponse({ description: 'QUALITY_REVIEW.NOT_FOUND' })
  @ApiConflictResponse({ description: 'QUALITY_REVIEW.ALREADY_SUPERSEDED' })
  @ApiUnprocessableEntityResponse({ description: 'QUALITY_REVIEW.FORM_INVALID' })
  async correct(
    @CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CorrectQualityReviewDto,
  ): Promise<QualityReviewResponseDto> {
    return toQualityReviewResponse({ review: await this.reviews.correct(user, id, dto), supersededById: null });
  }
}
