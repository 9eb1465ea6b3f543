import type { EntityManager } from 'typeorm';

export interface VersionCriterion { id: string; number: string; unitId: string; unitCode: string; elementNumber: number }

/** Every KUK of a scheme version with its unit, in document order (one query). */
export function criteriaOfVersion(em: EntityManager, bodyId: string, versionId: string): Promise<VersionCriterion[]> {
  return em.query(
    `SELECT pc.id, pc.number, u.id AS "unitId", u.code AS "unitCode", e.number AS "elementNumber"
       FROM performance_criteria pc
       JOIN scheme_elements e ON e.certification_body_id = pc.certification_body_id AND e.id = pc.element_id
       JOIN scheme_units u ON u.certification_body_id = e.certification_body_id AND u.id = e.unit_id
      WHERE pc.certification_body_id = $1 AND pc.scheme_version_id = $2
      ORDER BY u.position, e.number, pc.position`,
    [bodyId, versionId],
  );
}
