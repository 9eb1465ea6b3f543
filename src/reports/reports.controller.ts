import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { ReportDescriptionDto, ReportQueryDto, ReportResponseDto, toReportDescription } from './dto/report-query.dto.js';
import { toCsv } from './report-csv.js';
import { REPORT_NAMES, REPORTS } from './report-definitions.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @RequirePermission(P.readReports)
  @ApiOperation({ summary: 'The reports there are, their filters and columns' })
  @ApiOkResponse({ type: [ReportDescriptionDto] })
  list(): ReportDescriptionDto[] {
    return REPORTS.map(toReportDescription);
  }

  @Get(':name')
  @RequirePermission(P.readReports)
  @ApiOperation({ summary: "One report of the caller's body, as JSON or CSV (format=csv)" })
  @ApiParam({ name: 'name', enum: REPORT_NAMES })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: ReportResponseDto })
  @ApiNotFoundResponse({ description: 'REPORT.NOT_FOUND' })
  async get(@CurrentUser() user: AuthUser, @Param('name') name: string, @Query() q: ReportQueryDto, @Res({ passthrough: true }) res: Response) {
    const r = await this.reports.run(user, name, q);
    if (q.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${r.definition.name}-${r.generatedAt.toISOString().slice(0, 10)}.csv"`);
      return toCsv(r.definition.columns, r.rows);
    }
    return { report: r.definition.name, title: r.definition.title, filters: r.filters, generatedAt: r.generatedAt.toISOString(), columns: r.definition.columns, rows: r.rows };
  }
}
