import { validateQuestion, validateSchemeHeader, validateVersionContent, type SchemeDocument, type UnitDocument } from './scheme-rules.js';

const unit = (code: string, elements: UnitDocument['elements']): UnitDocument => ({
  code, titleId: `Unit ${code}`, titleEn: '', group: '', description: '', rangeStatement: '', assessmentGuide: '', criticalAspects: '', elements,
});
const version = (units: UnitDocument[], questions: SchemeDocument['version']['questions'] = []): SchemeDocument['version'] => ({
  instrumentGeneration: '2023', certificateValidityMonths: 36, surveillanceIntervalMonths: 12, requirements: [], units, questions,
});
const el = (number: number, ...kuk: string[]) => ({ number, title: `Elemen ${number}`, criteria: kuk.map((n) => ({ number: n, text: `KUK ${n}` })) });

describe('validateVersionContent', () => {
  it('accepts a complete version', () => {
    expect(validateVersionContent(version([unit('A.1', [el(1, '1.1', '1.2'), el(2, '2.1')])]))).toEqual([]);
  });

  it('needs at least one unit', () => {
    expect(validateVersionContent(version([]))).toEqual([{ pointer: '/version/units', detail: 'a version needs at least one unit' }]);
  });

  it('reports every problem at once', () => {
    const errors = validateVersionContent(version([
      unit('A.1', []),
      unit('a.1 ', [el(1), el(1, '1.1', '1.1'), el(3, '2.1')]),
    ]));
    expect(errors.map((e) => e.pointer)).toEqual([
      '/version/units/1/code', // duplicate code (case- and space-insensitive)
      '/version/units/0/elements', // no elements
      '/version/units/1/elements/1/number', // element number twice
      '/version/units/1/elements/0/criteria', // element without KUK
      '/version/units/1/elements/1/criteria/1/number', // KUK number twice
      '/version/units/1/elements/2/criteria/0/number', // KUK not numbered under its element
    ]);
  });
});

describe('validateQuestion', () => {
  const known = new Set(['a.1|1.1']);
  const q = { kind: 'oral' as const, dimension: 'task_skills' as const, text: 'Q', options: [], answerKey: '', expectedAnswer: 'A', criteria: [{ unitCode: 'A.1', criterionNumber: '1.1' }] };

  it('accepts a mapped question with a benchmark answer', () => {
    expect(validateQuestion(q, known, '')).toEqual([]);
  });

  it('rejects unknown KUK, missing mapping and missing benchmark', () => {
    expect(validateQuestion({ ...q, criteria: [{ unitCode: 'A.1', criterionNumber: '9.9' }] }, known, '').map((e) => e.pointer)).toEqual(['/criteria/0']);
    expect(validateQuestion({ ...q, criteria: [], expectedAnswer: ' ' }, known, '').map((e) => e.pointer)).toEqual(['/criteria', '/expectedAnswer']);
  });

  it('checks multiple-choice options and the answer key', () => {
    const mc = { ...q, kind: 'written_multiple_choice' as const, expectedAnswer: '' };
    expect(validateQuestion({ ...mc, options: [{ key: 'A', text: 'x' }], answerKey: 'B' }, known, '').map((e) => e.pointer)).toEqual(['/options', '/answerKey']);
    expect(validateQuestion({ ...mc, options: [{ key: 'A', text: 'x' }, { key: 'B', text: 'y' }], answerKey: 'B' }, known, '')).toEqual([]);
  });
});

describe('validateSchemeHeader', () => {
  it('requires a KKNI level 1–9 for KKNI schemes only', () => {
    expect(validateSchemeHeader({ type: 'KKNI', kkniLevel: null })).toHaveLength(1);
    expect(validateSchemeHeader({ type: 'KKNI', kkniLevel: 10 })).toHaveLength(1);
    expect(validateSchemeHeader({ type: 'KKNI', kkniLevel: 2 })).toEqual([]);
    expect(validateSchemeHeader({ type: 'OKUPASI', kkniLevel: null })).toEqual([]);
  });
});

describe('the Junior Web Developer sample', () => {
  it('is a complete version with every question mapped to existing KUK', async () => {
    const { juniorWebDeveloperSample } = await import('./samples/sample-schemes.js');
    const doc = juniorWebDeveloperSample();
    expect(validateVersionContent(doc.version)).toEqual([]);
    expect(doc.version.units.map((u) => u.code)).toContain('J.620100.033.02');
    expect(doc.note).toMatch(/SKKNI/);
  });
});
