import type { EntityManager } from 'typeorm';
import type { CriterionRow } from './coverage.js';

/**
 * Every KUK of the version with the current (not superseded) evidence records
 * naming it, aggregated in one statement: no N+1 whatever the number of KUK. The records are unnested to
 * one row per named KUK so that they hash-join to the KUK (`= ANY (criterion_ids)` was a nested loop that
 * deconstructed every array once per KUK: 2.1 → 0.9 ms for 80 KUK and 200 records).
 */
export function coverageRows(em: EntityManager, bodyId: string, assessmentId: string, versionId: string): Promise<CriterionRow[]> {
  return em.query(
    `WITH cur AS MATERIALIZED (
       SELECT r.id, r.kind, r.satisfied, r.further_assessment, unnest(r.criterion_ids) AS criterion_id
         FROM assessment_evidence_records r
        WHERE r.certification_body_id = $1 AND r.assessment_id = $2
          AND NOT EXISTS (SELECT 1 FROM assessment_evidence_records s
                           WHERE s.certification_body_id = r.certification_body_id AND s.supersedes_id = r.id))
     SELECT pc.id, pc.number, u.id AS "unitId", u.code AS "unitCode", e.number AS "elementNumber",
            COALESCE(json_agg(json_build_object('id', c.id, 'kind', c.kind, 'satisfied', c.satisfied, 'furtherAssessment', c.further_assessment)
                              ORDER BY c.id) FILTER (WHERE c.id IS NOT NULL), '[]') AS evidence
       FROM performance_criteria pc
       JOIN scheme_elements e ON e.certification_body_id = pc.certification_body_id AND e.id = pc.element_id
       JOIN scheme_units u ON u.certification_body_id = e.certification_body_id AND u.id = e.unit_id
       LEFT JOIN cur c ON c.criterion_id = pc.id
      WHERE pc.certification_body_id = $1 AND pc.scheme_version_id = $3
      GROUP BY pc.id, pc.number, u.id, u.code, u.position, e.number, pc.position
      ORDER BY u.position, e.number, pc.position`,
    [bodyId, assessmentId, versionId],
  );
}
