import type { FieldError } from '../common/errors/domain-error.js';

/** Pure types and rules of schemes: no Nest, no TypeORM. */
export const SCHEME_TYPES = ['KKNI', 'OKUPASI', 'KLASTER'] as const;
export type SchemeType = (typeof SCHEME_TYPES)[number];
export const SCHEME_STATUSES = ['draft', 'published', 'retired'] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];
export type VersionStatus = SchemeStatus;
export const INSTRUMENT_GENERATIONS = ['2019', '2023'] as const;
export type InstrumentGeneration = (typeof INSTRUMENT_GENERATIONS)[number];
export const QUESTION_KINDS = ['oral', 'interview', 'written_multiple_choice', 'written_essay'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const COMPETENCY_DIMENSIONS = [
  'task_skills', 'task_management', 'contingency_management', 'job_role_environment', 'transfer',
] as const;
export type CompetencyDimension = (typeof COMPETENCY_DIMENSIONS)[number];

export interface BasicRequirement { description: string; documentRequired: boolean }
export interface McOption { key: string; text: string }

export const DOCUMENT_FORMAT = 'kompeten.scheme-version/1';

/** The import/export document (docs/scheme-version.schema.json). Ids never appear in it. */
export interface SchemeDocument {
  format: typeof DOCUMENT_FORMAT;
  note: string;
  scheme: {
    code: string; titleId: string; titleEn: string; type: SchemeType; kkniLevel: number | null; sector: string; description: string;
  };
  version: {
    instrumentGeneration: InstrumentGeneration;
    certificateValidityMonths: number;
    surveillanceIntervalMonths: number;
    requirements: BasicRequirement[];
    units: UnitDocument[];
    questions: QuestionDocument[];
  };
}
export interface UnitDocument {
  code: string; titleId: string; titleEn: string; group: string; description: string;
  rangeStatement: string; assessmentGuide: string; criticalAspects: string;
  elements: Array<{ number: number; title: string; criteria: Array<{ number: string; text: string }> }>;
}
export interface CriterionRef { unitCode: string; criterionNumber: string }
export interface QuestionDocument {
  kind: QuestionKind; dimension: CompetencyDimension; text: string;
  options: McOption[]; answerKey: string; expectedAnswer: string; criteria: CriterionRef[];
}

const key = (s: string) => s.trim().toLowerCase();

function duplicates<T>(items: T[], by: (t: T) => string): Set<number> {
  const seen = new Map<string, number>();
  const dup = new Set<number>();
  items.forEach((it, i) => {
    const k = by(it);
    if (seen.has(k)) dup.add(i);
    else seen.set(k, i);
  });
  return dup;
}

/** Scheme header rules shared by create, update and import. */
export function validateSchemeHeader(h: { type: SchemeType; kkniLevel: number | null | undefined }, base = ''): FieldError[] {
  if (h.type === 'KKNI' && (h.kkniLevel == null || h.kkniLevel < 1 || h.kkniLevel > 9))
    return [{ pointer: `${base}/kkniLevel`, detail: 'a KKNI scheme needs a KKNI level from 1 to 9' }];
  return [];
}

/**
 * Completeness rules for publishing (and for importing): at least one unit, every
 * unit has elements, every element has KUK, numbers and codes unique, KUK numbered
 * under their element, every question mapped to existing KUK. Returns every problem.
 */
export function validateVersionContent(v: SchemeDocument['version'], base = '/version'): FieldError[] {
  const errors: FieldError[] = [];
  const err = (pointer: string, detail: string) => errors.push({ pointer: `${base}${pointer}`, detail });
  if (v.units.length === 0) err('/units', 'a version needs at least one unit');
  for (const i of duplicates(v.units, (u) => key(u.code))) err(`/units/${i}/code`, `unit code ${v.units[i].code} is used twice`);
  const criteria = new Set<string>();
  v.units.forEach((u, ui) => {
    if (!u.code.trim()) err(`/units/${ui}/code`, 'unit code is empty');
    if (u.elements.length === 0) err(`/units/${ui}/elements`, `unit ${u.code} has no elements`);
    for (const ei of duplicates(u.elements, (e) => String(e.number)))
      err(`/units/${ui}/elements/${ei}/number`, `element number ${u.elements[ei].number} is used twice in unit ${u.code}`);
    u.elements.forEach((e, ei) => {
      const at = `/units/${ui}/elements/${ei}`;
      if (!Number.isInteger(e.number) || e.number < 1) err(`${at}/number`, 'element number must be a positive integer');
      if (e.criteria.length === 0) err(`${at}/criteria`, `element ${e.number} of unit ${u.code} has no KUK`);
      for (const ci of duplicates(e.criteria, (c) => key(c.number)))
        err(`${at}/criteria/${ci}/number`, `KUK number ${e.criteria[ci].number} is used twice in unit ${u.code}`);
      e.criteria.forEach((c, ci) => {
        if (!new RegExp(`^${e.number}\\.[1-9][0-9]*$`).test(c.number.trim()))
          err(`${at}/criteria/${ci}/number`, `KUK number ${c.number} must be ${e.number}.n`);
        criteria.add(`${key(u.code)}|${key(c.number)}`);
      });
    });
  });
  v.questions.forEach((q, qi) => errors.push(...validateQuestion(q, criteria, `${base}/questions/${qi}`)));
  return errors;
}

export function validateQuestion(q: QuestionDocument, criteria: Set<string>, at: string): FieldError[] {
  const errors: FieldError[] = [];
  const err = (pointer: string, detail: string) => errors.push({ pointer: `${at}${pointer}`, detail });
  if (q.criteria.length === 0) err('/criteria', 'a question must be mapped to at least one KUK');
  q.criteria.forEach((c, i) => {
    if (!criteria.has(`${key(c.unitCode)}|${key(c.criterionNumber)}`))
      err(`/criteria/${i}`, `KUK ${c.criterionNumber} of unit ${c.unitCode} does not exist in this version`);
  });
  if (q.kind === 'written_multiple_choice') {
    if (q.options.length < 2) err('/options', 'a multiple-choice question needs at least two options');
    for (const i of duplicates(q.options, (o) => key(o.key))) err(`/options/${i}/key`, `option key ${q.options[i].key} is used twice`);
    if (!q.options.some((o) => o.key === q.answerKey)) err('/answerKey', 'the answer key must name one of the options');
  } else {
    if (q.options.length > 0) err('/options', 'only multiple-choice questions have options');
    if (!q.expectedAnswer.trim()) err('/expectedAnswer', 'the expected answer (benchmark) is missing');
  }
  return errors;
}

/** Which way a version may move. */
export function canPublish(status: VersionStatus): boolean {
  return status === 'draft';
}
export function canRetire(status: VersionStatus): boolean {
  return status === 'published';
}
