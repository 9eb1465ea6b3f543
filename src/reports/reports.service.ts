import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { bodyOf } from '../assessments/assessment-access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { DomainError, RequestValidationError } from '../common/errors/domain-error.js';
import { onReadReplica } from '../database/read-replica.js';
import type { ReportQueryDto } from './dto/report-query.dto.js';
import { REPORTS, type ReportDefinition, type ReportRow } from './report-definitions.js';
import type { FilterName, ReportFilters } from './report-filters.js';

export interface ReportResult { definition: ReportDefinition; filters: Record<string, unknown>; generatedAt: Date; rows: ReportRow[] }

/** Which query fields belong to which filter. */
const FILTER_FIELDS: Record<FilterName, Array<keyof ReportQueryDto>> = {
  period: ['from', 'to'], scheme: ['schemeId'], assessor: ['assessorUserId'], tuk: ['tukName'],
};

/**
 * Reports of the caller's body, aggregated in SQL (never over rows loaded into
 * JavaScript), on the read replica when there is one.
 */
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  definition(name: string): ReportDefinition {
    const found = REPORTS.find((r) => r.name === name);
    if (!found) throw new DomainError('REPORT.NOT_FOUND', `There is no report "${name}"`, { reports: REPORTS.map((r) => r.name) });
    return found;
  }

  async run(actor: AuthUser, name: string, q: ReportQueryDto): Promise<ReportResult> {
    const bodyId = bodyOf(actor);
    const definition = this.definition(name);
    const unsupported = (Object.keys(FILTER_FIELDS) as FilterName[]).filter((f) => !definition.filters.includes(f))
      .flatMap((f) => FILTER_FIELDS[f]).filter((field) => q[field] !== undefined);
    if (unsupported.length) {
      throw new RequestValidationError(unsupported.map((field) => ({ pointer: `/${field}`, detail: `is not a filter of the ${name} report` })));
    }
    if (q.from && q.to && q.from > q.to) throw new RequestValidationError([{ pointer: '/from', detail: 'must not be after "to"' }]);
    const filters: ReportFilters = {
      from: q.from, to: q.to, schemeId: q.schemeId, assessorUserId: q.assessorUserId, tukName: q.tukName,
      minDecisions: q.minDecisions, withinDays: q.withinDays, asOf: q.asOf,
    };
    const rows = await onReadReplica(this.db, (em) => definition.run(em, bodyId, filters));
    const applied = Object.fromEntries(Object.entries(filters).filter(([k, v]) => v !== undefined && this.applies(definition, k)));
    return { definition, filters: applied, generatedAt: new Date(), rows };
  }

  private applies(d: ReportDefinition, key: string): boolean {
    return !['minDecisions', 'withinDays', 'asOf'].includes(key) || (d.options ?? []).includes(key as 'asOf');
  }
}
