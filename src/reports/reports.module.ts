import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/** Issue 8: per-body reports for the quality manager and auditors (SQL aggregates, JSON and CSV). */
@Module({ controllers: [ReportsController], providers: [ReportsService] })
export class ReportsModule {}
