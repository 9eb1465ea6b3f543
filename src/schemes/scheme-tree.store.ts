import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { VersionTree } from './dto/version.dto.js';
import { PerformanceCriterion } from './entities/performance-criterion.entity.js';
import { SchemeElement } from './entities/scheme-element.entity.js';
import { SchemeQuestion } from './entities/scheme-question.entity.js';
import { SchemeUnit } from './entities/scheme-unit.entity.js';
import type { Scheme } from './entities/scheme.entity.js';
import type { SchemeVersion } from './entities/scheme-version.entity.js';
import { DOCUMENT_FORMAT, type SchemeDocument, type UnitDocument } from './scheme-rules.js';

const refKey = (unitCode: string, number: string) => `${unitCode.trim().toLowerCase()}|${number.trim().toLowerCase()}`;

/** Reads and writes a version's whole tree (units → elements → KUK, plus questions). */
@Injectable()
export class SchemeTreeStore {
  async load(em: EntityManager, version: SchemeVersion): Promise<VersionTree> {
    const where = { certificationBodyId: version.certificationBodyId, schemeVersionId: version.id };
    // One after the other: inside a transaction all four share one connection, and overlapping
    // queries on one pg client are deprecated (removed in pg 9); pg queued them anyway.
    const units = await em.find(SchemeUnit, { where, order: { position: 'ASC', id: 'ASC' } });
    const elements = await em.find(SchemeElement, { where, order: { number: 'ASC', id: 'ASC' } });
    const criteria = await em.find(PerformanceCriterion, { where, order: { position: 'ASC', id: 'ASC' } });
    const questions = await em.find(SchemeQuestion, { where, order: { position: 'ASC', id: 'ASC' } });
    return { version, units, elements, criteria, questions };
  }

  /** Inserts the units and questions of a document into an empty draft. References are already validated. */
  async write(em: EntityManager, version: SchemeVersion, doc: Pick<SchemeDocument['version'], 'units' | 'questions'>): Promise<void> {
    const base = { certificationBodyId: version.certificationBodyId, schemeVersionId: version.id };
    const units: Partial<SchemeUnit>[] = [];
    const elements: Partial<SchemeElement>[] = [];
    const criteria: Partial<PerformanceCriterion>[] = [];
    const criterionIds = new Map<string, string>();
    doc.units.forEach((u, ui) => {
      const unitId = randomUUID();
      units.push({
        ...base, id: unitId, position: ui + 1, code: u.code, titleId: u.titleId, titleEn: u.titleEn ?? '', groupName: u.group ?? '',
        description: u.description ?? '', rangeStatement: u.rangeStatement ?? '', assessmentGuide: u.assessmentGuide ?? '',
        criticalAspects: u.criticalAspects ?? '',
      });
      for (const e of u.elements) {
        const elementId = randomUUID();
        elements.push({ ...base, id: elementId, unitId, number: e.number, title: e.title });
        e.criteria.forEach((c, ci) => {
          const id = randomUUID();
          criterionIds.set(refKey(u.code, c.number), id);
          criteria.push({ ...base, id, elementId, position: ci + 1, number: c.number.trim(), text: c.text });
        });
      }
    });
    const questions = doc.questions.map((q, qi) => ({
      ...base, position: qi + 1, kind: q.kind, dimension: q.dimension, text: q.text, options: q.options ?? [],
      answerKey: q.answerKey ?? '', expectedAnswer: q.expectedAnswer ?? '',
      criterionIds: q.criteria.map((r) => criterionIds.get(refKey(r.unitCode, r.criterionNumber))!),
    }));
    for (const [entity, rows] of [[SchemeUnit, units], [SchemeElement, elements], [PerformanceCriterion, criteria], [SchemeQuestion, questions]] as const) {
      for (let i = 0; i < rows.length; i += 500) await em.insert(entity, rows.slice(i, i + 500) as never);
    }
  }

  /** The import/export document of a version: ids replaced by codes and numbers. */
  toDocument(scheme: Scheme, t: VersionTree): SchemeDocument {
    const unitOf = new Map(t.units.map((u) => [u.id, u]));
    const elementOf = new Map(t.elements.map((e) => [e.id, e]));
    const refOf = new Map(t.criteria.map((c) => [c.id, { unitCode: unitOf.get(elementOf.get(c.elementId)!.unitId)!.code, criterionNumber: c.number }]));
    const units: UnitDocument[] = t.units.map((u) => ({
      code: u.code, titleId: u.titleId, titleEn: u.titleEn, group: u.groupName, description: u.description,
      rangeStatement: u.rangeStatement, assessmentGuide: u.assessmentGuide, criticalAspects: u.criticalAspects,
      elements: t.elements.filter((e) => e.unitId === u.id).map((e) => ({
        number: e.number, title: e.title,
        criteria: t.criteria.filter((c) => c.elementId === e.id).map((c) => ({ number: c.number, text: c.text })),
      })),
    }));
    const v = t.version;
    return {
      format: DOCUMENT_FORMAT,
      note: v.note,
      scheme: {
        code: scheme.code, titleId: scheme.titleId, titleEn: scheme.titleEn, type: scheme.type, kkniLevel: scheme.kkniLevel,
        sector: scheme.sector, description: scheme.description,
      },
      version: {
        instrumentGeneration: v.instrumentGeneration, certificateValidityMonths: v.certificateValidityMonths,
        surveillanceIntervalMonths: v.surveillanceIntervalMonths, requirements: v.requirements, units,
        questions: t.questions.map((q) => ({
          kind: q.kind, dimension: q.dimension, text: q.text, options: q.options, answerKey: q.answerKey,
          expectedAnswer: q.expectedAnswer, criteria: q.criterionIds.filter((id) => refOf.has(id)).map((id) => refOf.get(id)!),
        })),
      },
    };
  }
}
