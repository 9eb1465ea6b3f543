/** The filters a report may take; each report names the ones it applies. */
export interface ReportFilters {
  from?: string;
  to?: string;
  schemeId?: string;
  /** The lead assessor: the one who signs FR.AK.02. */
  assessorUserId?: string;
  tukName?: string;
  /** assessor-outcomes: fewer decisions are never flagged. */
  minDecisions: number;
  /** certificates: the horizon for expiring certificates and surveillance due. */
  withinDays: number;
  /** certificates: the reference day (default today, WIB). */
  asOf?: string;
}

export type FilterName = 'period' | 'scheme' | 'assessor' | 'tuk';

/**
 * Parameterised SQL conditions, numbered from $2 ($1 is the body). Periods are
 * whole days in WIB: [from 00:00, to + 1 day 00:00).
 */
export class ReportSql {
  readonly params: unknown[];
  constructor(bodyId: string) {
    this.params = [bodyId];
  }

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  period(column: string, f: ReportFilters): string {
    const parts: string[] = [];
    if (f.from) parts.push(`${column} >= (${this.param(f.from)}::date)::timestamp AT TIME ZONE 'Asia/Jakarta'`);
    if (f.to) parts.push(`${column} < (${this.param(f.to)}::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta'`);
    return parts.map((p) => ` AND ${p}`).join('');
  }

  /** The period as one condition on a date column (certificates.issued_on); `true` without one. */
  dayRange(column: string, f: ReportFilters): string {
    const parts = [...(f.from ? [`${column} >= ${this.param(f.from)}::date`] : []), ...(f.to ? [`${column} <= ${this.param(f.to)}::date`] : [])];
    return parts.join(' AND ') || 'true';
  }

  /** Scheme, TUK and lead assessor as kept on the certification decision aliased `d`. */
  decision(f: ReportFilters, d = 'd'): string {
    return `${f.schemeId ? ` AND ${d}.scheme_id = ${this.param(f.schemeId)}` : ''}${f.tukName ? ` AND ${d}.tuk_name = ${this.param(f.tukName)}` : ''}`
      + `${f.assessorUserId ? ` AND ${d}.assessor_user_id = ${this.param(f.assessorUserId)}` : ''}`;
  }

  /** Scheme and TUK of the assessment aliased `a`, lead assessor of the assignment aliased `lead`. */
  assessment(f: ReportFilters, opts: { lead?: string } = {}): string {
    let sql = '';
    if (f.schemeId) sql += ` AND a.scheme_id = ${this.param(f.schemeId)}`;
    if (f.tukName) sql += ` AND a.tuk_name = ${this.param(f.tukName)}`;
    if (f.assessorUserId) {
      sql += opts.lead
        ? ` AND ${opts.lead}.assessor_user_id = ${this.param(f.assessorUserId)}`
        : ` AND EXISTS (SELECT 1 FROM assessment_assessors l WHERE l.certification_body_id = a.certification_body_id AND l.assessment_id = a.id
                          AND l.active AND l.role = 'lead' AND l.assessor_user_id = ${this.param(f.assessorUserId)})`;
    }
    return sql;
  }
}

/** Joins the certification decision `d` of alias.decision_id (appeals, certificates). */
export const DECISION_OF = (alias: string) =>
  `JOIN certification_decisions d ON d.certification_body_id = ${alias}.certification_body_id AND d.id = ${alias}.decision_id`;

/** Joins the assessment `a` of alias.assessment_id, and its active lead assessor as `lead`. */
export const ASSESSMENT_OF = (alias: string) =>
  `JOIN assessments a ON a.certification_body_id = ${alias}.certification_body_id AND a.id = ${alias}.assessment_id`;
export const LEAD_OF_A = `JOIN assessment_assessors lead ON lead.certification_body_id = a.certification_body_id AND lead.assessment_id = a.id
                               AND lead.active AND lead.role = 'lead'`;
