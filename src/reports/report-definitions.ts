import type { EntityManager } from 'typeorm';
import { APPEAL_STATUSES } from '../appeals/appeal-state.js';
import { APPLICATION_STATUSES } from '../applications/application-state.js';
import { ASSESSMENT_STATUSES } from '../assessments/assessment-state.js';
import { FEEDBACK_STATEMENTS } from '../feedback/feedback-statements.js';
import { outlierFigures } from './assessor-outliers.js';
import { ASSESSMENT_OF, DECISION_OF, type FilterName, LEAD_OF_A, type ReportFilters, ReportSql } from './report-filters.js';

export type ReportRow = Record<string, string | number | boolean | null>;

export interface ReportDefinition {
  name: string;
  title: string;
  description: string;
  filters: FilterName[];
  /** Report-specific parameters it reads (shown among the applied filters). */
  options?: Array<'minDecisions' | 'withinDays' | 'asOf'>;
  /** Column order of the CSV (and of each JSON row). */
  columns: string[];
  run(em: EntityManager, bodyId: string, f: ReportFilters): Promise<ReportRow[]>;
}

const rate = (part: string, whole: string) => `round(${part}::numeric / nullif(${whole}, 0), 4)::float8`;
const days = (interval: string) => `extract(epoch FROM ${interval}) / 86400`;
/** Statuses in state-machine order, each with its count (zero when none). */
const statusCounts = (statuses: readonly string[], counted: string) =>
  `SELECT s.status, coalesce(c.count, 0)::int AS count
     FROM unnest(ARRAY['${statuses.join("','")}']) WITH ORDINALITY AS s(status, n)
     LEFT JOIN (${counted}) c ON c.status = s.status
    ORDER BY s.n`;

/** Rows per scheme plus one `total` row: the scope columns, and the GROUPING SETS that make them. */
const bySchemeAndTotal = (t: string) => ({
  columns: `CASE WHEN grouping(${t}.scheme_id) = 1 THEN 'total' ELSE 'scheme' END AS scope, ${t}.scheme_id AS "schemeId", ${t}.scheme_code AS "schemeCode"`,
  groupAndOrder: `GROUP BY GROUPING SETS ((${t}.scheme_id, ${t}.scheme_code), ()) ORDER BY grouping(${t}.scheme_id), ${t}.scheme_code`,
});
const SCHEMES_OF_D = bySchemeAndTotal('d');

const applications: ReportDefinition = {
  name: 'applications',
  title: 'Applications by state',
  description: 'FR.APL.01 applications created in the period, counted by their current state.',
  filters: ['period', 'scheme'],
  columns: ['status', 'count'],
  run(em, bodyId, f) {
    const q = new ReportSql(bodyId);
    const where = `${q.period('a.created_at', f)}${f.schemeId ? ` AND a.scheme_id = ${q.param(f.schemeId)}` : ''}`;
    return em.query(statusCounts(APPLICATION_STATUSES,
      `SELECT a.status, count(*) AS count FROM applications a WHERE a.certification_body_id = $1 ${where} GROUP BY a.status`), q.params);
  },
};

const assessments: ReportDefinition = {
  name: 'assessments',
  title: 'Assessments by state',
  description: 'Assessments scheduled in the period, counted by their current state.',
  filters: ['period', 'scheme', 'assessor', 'tuk'],
  columns: ['status', 'count'],
  run(em, bodyId, f) {
    const q = new ReportSql(bodyId);
    const where = `${q.period('a.scheduled_at', f)}${q.assessment(f)}`;
    return em.query(statusCounts(ASSESSMENT_STATUSES,
      `SELECT a.status, count(*) AS count FROM assessments a WHERE a.certification_body_id = $1 ${where} GROUP BY a.status`), q.params);
  },
};

const decisions: ReportDefinition = {
  name: 'decisions',
  title: 'Certification decisions: K / BK',
  description: 'Decisions made in the period, per scheme and in all (scope "total"): counts and rates of Kompeten and Belum Kompeten.',
  filters: ['period', 'scheme', 'assessor', 'tuk'],
  columns: ['scope', 'schemeId', 'schemeCode', 'decided', 'k', 'bk', 'kRate', 'bkRate'],
  run(em, bodyId, f) {
    const q = new ReportSql(bodyId);
    return em.query(
      `SELECT ${SCHEMES_OF_D.columns},
              count(*)::int AS decided, count(*) FILTER (WHERE d.outcome = 'K')::int AS k, count(*) FILTER (WHERE d.outcome = 'BK')::int AS bk,
              ${rate(`count(*) FILTER (WHERE d.outcome = 'K')`, 'count(*)')} AS "kRate", ${rate(`count(*) FILTER (WHERE d.outcome = 'BK')`, 'count(*)')} AS "bkRate"
         FROM certification_decisions d
        WHERE d.certification_body_id = $1 ${q.period('d.decided_at', f)} ${q.decision(f)}
        ${SCHEMES_OF_D.groupAndOrder}`, q.params);
  },
};

const assessorOutcomes: ReportDefinition = {
  name: 'assessor-outcomes',
  options: ['minDecisions'],
  title: 'BK rate per assessor against the body',
  description: "Per lead assessor and scheme, decisions in the period and the BK rate next to the body's BK rate for the same scheme; "
    + '"outlier" when the difference is two standard errors or more and the assessor made at least minDecisions decisions.',
  filters: ['period', 'scheme', 'assessor', 'tuk'],
  columns: ['schemeId', 'schemeCode', 'assessorUserId', 'assessorName', 'decided', 'bk', 'bkRate', 'schemeDecided', 'schemeBk', 'schemeBkRate', 'zScore', 'outlier'],
  async run(em, bodyId, f) {
    const q = new ReportSql(bodyId);
    const scope = `${q.period('d.decided_at', f)} ${q.decision({ ...f, assessorUserId: undefined })}`;
    const rows: Array<{ schemeId: string; schemeCode: string; assessorUserId: string; assessorName: string; decided: number; bk: number; schemeDecided: number; schemeBk: number }> =
      await em.query(
        `WITH per AS (
           SELECT d.scheme_id, d.scheme_code, d.assessor_user_id, count(*)::int AS decided, count(*) FILTER (WHERE d.outcome = 'BK')::int AS bk
             FROM certification_decisions d
            WHERE d.certification_body_id = $1 ${scope}
            GROUP BY d.scheme_id, d.scheme_code, d.assessor_user_id),
         scheme AS (SELECT scheme_id, sum(decided)::int AS decided, sum(bk)::int AS bk FROM per GROUP BY scheme_id)
         SELECT per.scheme_id AS "schemeId", per.scheme_code AS "schemeCode", per.assessor_user_id AS "assessorUserId", u.full_name AS "assessorName",
                per.decided, per.bk, scheme.decided AS "schemeDecided", scheme.bk AS "schemeBk"
           FROM per JOIN scheme ON scheme.scheme_id = per.scheme_id JOIN users u ON u.id = per.assessor_user_id
          ${f.assessorUserId ? `WHERE per.assessor_user_id = ${q.param(f.assessorUserId)}` : ''}
          ORDER BY per.scheme_code, u.full_name, per.assessor_user_id`, q.params);
    return rows.map((r) => {
      const x = outlierFigures(r, f.minDecisions);
      return { ...r, bkRate: x.bkRate, schemeBkRate: x.schemeBkRate, zScore: x.zScore, outlier: x.outlier };
    });
  },
};

const appeals: ReportDefinition = {
  name: 'appeals',
  title: 'Appeals and their outcomes',
  description: 'FR.AK.04 appeals filed in the period by state (upheld: the decision stands; reassessment_granted: the appeal succeeded), '
    + 'with those past their resolution date and the median days to resolve.',
  filters: ['period', 'scheme', 'assessor', 'tuk'],
  columns: ['status', 'count', 'overdue', 'medianDaysToResolve'],
  run(em, bodyId, f) {
    const q = new ReportSql(bodyId);
    return em.query(
      `SELECT s.status, coalesce(c.count, 0)::int AS count, coalesce(c.overdue, 0)::int AS overdue, c.median_days AS "medianDaysToResolve"
         FROM unnest(ARRAY['${APPEAL_STATUSES.join("','")}']) WITH ORDINALITY AS s(status, n)
         LEFT JOIN (
           SELECT p.status, count(*) AS count,
                  count(*) FILTER (WHERE p.resolved_at IS NULL AND p.resolution_due_at < now()) AS overdue,
                  round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days('p.resolved_at - p.filed_at')}))::numeric, 2)::float8 AS median_days
             FROM appeals p ${DECISION_OF('p')}
            WHERE p.certification_body_id = $1 ${q.period('p.filed_at', f)} ${q.decision(f)}
            GROUP BY p.status) c ON c.status = s.status
        ORDER BY s.n`, q.params);
  },
};

const turnaround: ReportDefinition = {
  name: 'turnaround',
  title: 'Time from application to decision',
  description: 'For decisions made in the period, days from the (last) submission of the application to the certification decision: median and 90th percentile, per scheme and in all.',
  filters: ['period', 'scheme', 'assessor', 'tuk'],
  columns: ['scope', 'schemeId', 'schemeCode', 'decided', 'medianDays', 'p90Days'],
  run(em, bodyId, f) {
    const q = new ReportSql(bodyId);
    const elapsed = days('d.decided_at - d.application_submitted_at');
    return em.query(
      `SELECT ${SCHEMES_OF_D.columns},
              count(*)::int AS decided,
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${elapsed}))::numeric, 2)::float8 AS "medianDays",
              round((percentile_cont(0.9) WITHIN GROUP (ORDER BY ${elapsed}))::numeric, 2)::float8 AS "p90Days"
         FROM certification_decisions d
        WHERE d.certification_body_id = $1 ${q.period('d.decided_at', f)} ${q.decision(f)}
        ${SCHEMES_OF_D.groupAndOrder}`, q.params);
  },
};

const assessorWorkload: ReportDefinition = {
  name: 'assessor-workload',
  title: 'Assessor workload and last activity',
  description: "Per assessor of the body: open assignments now (as lead or member) by state, assessments awaiting the body's decision, "
    + 'decisions in the period on assessments they led, and their last audited action.',
  filters: ['period', 'scheme', 'assessor', 'tuk'],
  columns: ['assessorUserId', 'assessorName', 'scheduled', 'ready', 'inProgress', 'recommended', 'decidedInPeriod', 'lastActivityAt'],
  run(em, bodyId, f) {
    const q = new ReportSql(bodyId);
    const assessment = q.assessment({ ...f, assessorUserId: undefined });
    const decided = `${q.period('d.decided_at', f)} ${q.decision({ ...f, assessorUserId: undefined })}`;
    const who = f.assessorUserId ? ` AND m.user_id = ${q.param(f.assessorUserId)}` : '';
    return em.query(
      `WITH open AS (
         SELECT x.assessor_user_id, count(*) FILTER (WHERE a.status = 'scheduled') AS scheduled, count(*) FILTER (WHERE a.status = 'ready') AS ready,
                count(*) FILTER (WHERE a.status = 'in_progress') AS in_progress, count(*) FILTER (WHERE a.status = 'recommended') AS recommended
           FROM assessments a
           JOIN assessment_assessors x ON x.certification_body_id = a.certification_body_id AND x.assessment_id = a.id AND x.active
          WHERE a.certification_body_id = $1 AND a.status IN ('scheduled', 'ready', 'in_progress', 'recommended') ${assessment}
          GROUP BY x.assessor_user_id),
       decided AS (
         SELECT d.assessor_user_id, count(*) AS n
           FROM certification_decisions d
          WHERE d.certification_body_id = $1 ${decided}
          GROUP BY d.assessor_user_id)
       SELECT m.user_id AS "assessorUserId", u.full_name AS "assessorName",
              coalesce(o.scheduled, 0)::int AS scheduled, coalesce(o.ready, 0)::int AS ready, coalesce(o.in_progress, 0)::int AS "inProgress",
              coalesce(o.recommended, 0)::int AS recommended, coalesce(dc.n, 0)::int AS "decidedInPeriod", act.at AS "lastActivityAt"
         FROM memberships m
         JOIN users u ON u.id = m.user_id
         LEFT JOIN open o ON o.assessor_user_id = m.user_id
         LEFT JOIN decided dc ON dc.assessor_user_id = m.user_id
         LEFT JOIN LATERAL (SELECT max(e.occurred_at) AS at FROM audit_entries e
                             WHERE e.certification_body_id = $1 AND e.actor_user_id = m.user_id) act ON true
        WHERE m.certification_body_id = $1 AND 'assessor' = ANY (m.roles) ${who}
        ORDER BY u.full_name, m.user_id`, q.params);
  },
};

const feedback: ReportDefinition = {
  name: 'feedback',
  title: 'Candidate feedback (FR.AK.03)',
  description: 'Feedback given in the period: per statement, the number of answers and the share of "Ya", for the body (scope "body") and per lead assessor.',
  filters: ['period', 'scheme', 'assessor', 'tuk'],
  columns: ['scope', 'assessorUserId', 'assessorName', 'statement', 'text', 'answers', 'yes', 'yesShare'],
  async run(em, bodyId, f) {
    const q = new ReportSql(bodyId);
    const rows: Array<ReportRow & { statement: number }> = await em.query(
      `SELECT CASE WHEN grouping(lead.assessor_user_id) = 1 THEN 'body' ELSE 'assessor' END AS scope,
              lead.assessor_user_id AS "assessorUserId", max(u.full_name) AS "assessorName", (ans.value->>'statement')::int AS statement,
              count(*)::int AS answers, count(*) FILTER (WHERE (ans.value->>'agree')::boolean)::int AS yes,
              ${rate(`count(*) FILTER (WHERE (ans.value->>'agree')::boolean)`, 'count(*)')} AS "yesShare"
         FROM assessment_feedback fb ${ASSESSMENT_OF('fb')} ${LEAD_OF_A}
         JOIN users u ON u.id = lead.assessor_user_id
         CROSS JOIN LATERAL jsonb_array_elements(fb.answers) ans
        WHERE fb.certification_body_id = $1 ${q.period('fb.created_at', f)} ${q.assessment(f, { lead: 'lead' })}
        GROUP BY GROUPING SETS ((lead.assessor_user_id, (ans.value->>'statement')::int), ((ans.value->>'statement')::int))
        ORDER BY grouping(lead.assessor_user_id) DESC, max(u.full_name), lead.assessor_user_id, statement`, q.params);
    return rows.map((r) => {
      const { scope, assessorUserId, assessorName, statement, ...counts } = r;
      return { scope, assessorUserId: scope === 'body' ? null : assessorUserId, assessorName: scope === 'body' ? null : assessorName, statement, text: FEEDBACK_STATEMENTS[statement - 1] ?? '', ...counts };
    });
  },
};

const certificates: ReportDefinition = {
  name: 'certificates',
  options: ['withinDays', 'asOf'],
  title: 'Certificates: issued, expiring, due for surveillance',
  description: 'Per scheme and in all: certificates issued in the period, and over all certificates of the body on the day asOf: '
    + 'active, suspended, withdrawn, expired, expiring within withinDays, and active with surveillance due within withinDays.',
  filters: ['period', 'scheme', 'assessor', 'tuk'],
  columns: ['scope', 'schemeId', 'schemeCode', 'issuedInPeriod', 'active', 'suspended', 'withdrawn', 'expired', 'expiringWithinDays', 'surveillanceDueWithinDays'],
  run(em, bodyId, f) {
    const q = new ReportSql(bodyId);
    const asOf = f.asOf ? `${q.param(f.asOf)}::date` : `(now() AT TIME ZONE 'Asia/Jakarta')::date`;
    const horizon = `${asOf} + ${q.param(f.withinDays)}::int`;
    const issued = q.dayRange('c.issued_on', f);
    const live = `c.status = 'active' AND c.expires_on >= ${asOf}`;
    return em.query(
      `SELECT ${bySchemeAndTotal('c').columns},
              count(*) FILTER (WHERE ${issued})::int AS "issuedInPeriod",
              count(*) FILTER (WHERE ${live})::int AS active,
              count(*) FILTER (WHERE c.status = 'suspended')::int AS suspended,
              count(*) FILTER (WHERE c.status = 'withdrawn')::int AS withdrawn,
              count(*) FILTER (WHERE c.status = 'active' AND c.expires_on < ${asOf})::int AS expired,
              count(*) FILTER (WHERE ${live} AND c.expires_on <= ${horizon})::int AS "expiringWithinDays",
              count(*) FILTER (WHERE ${live} AND c.next_surveillance_on <= ${horizon})::int AS "surveillanceDueWithinDays"
         FROM certificates c ${f.tukName || f.assessorUserId ? DECISION_OF('c') : ''}
        WHERE c.certification_body_id = $1 ${q.decision(f, f.tukName || f.assessorUserId ? 'd' : 'c')}
        ${bySchemeAndTotal('c').groupAndOrder}`, q.params);
  },
};

export const REPORTS: ReportDefinition[] = [applications, assessments, decisions, assessorOutcomes, appeals, turnaround, assessorWorkload, feedback, certificates];
export const REPORT_NAMES = REPORTS.map((r) => r.name);
