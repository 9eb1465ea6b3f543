import ExcelJS from 'exceljs';
import type { BasicRequirement, UnitDocument } from './scheme-rules.js';
import type { WorkbookError } from './scheme.errors.js';

/**
 * XLSX import format. Sheet "Units": one row per KUK, with the header row
 *   A Unit code | B Unit title (ID) | C Unit title (EN) | D Group | E Element no | F Element title | G KUK no | H KUK text
 * Unit and element cells may be left blank to repeat the row above.
 * Sheet "Requirements": A Description | B Document required (Ya/Tidak).
 */
export const UNITS_SHEET = 'Units';
export const REQUIREMENTS_SHEET = 'Requirements';
export const UNIT_COLUMNS = ['Unit code', 'Unit title (ID)', 'Unit title (EN)', 'Group', 'Element no', 'Element title', 'KUK no', 'KUK text'];
export const REQUIREMENT_COLUMNS = ['Description', 'Document required'];

export interface ParsedWorkbook { units: UnitDocument[]; requirements: BasicRequirement[]; errors: WorkbookError[] }

const text = (cell: ExcelJS.Cell): string => {
  const v = cell.value as unknown;
  if (v == null) return '';
  if (typeof v === 'object' && v !== null && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('').trim();
  if (typeof v === 'object' && v !== null && 'result' in v) return String((v as ExcelJS.CellFormulaValue).result ?? '').trim();
  return String(v).trim();
};
const YES = ['ya', 'y', 'yes', 'true', '1', 'wajib'];
const NO = ['tidak', 't', 'no', 'n', 'false', '0', ''];

export async function parseSchemeWorkbook(data: Buffer): Promise<ParsedWorkbook> {
  const errors: WorkbookError[] = [];
  const fail = (sheet: string, row: number, column: string, detail: string) =>
    errors.push({ sheet, row, column, detail, pointer: `/${sheet}/${row}/${column}` });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as never);
  } catch {
    fail('', 0, '', 'the file is not a readable XLSX workbook');
    return { units: [], requirements: [], errors };
  }
  const unitsSheet = wb.getWorksheet(UNITS_SHEET);
  const units: UnitDocument[] = [];
  if (!unitsSheet) fail(UNITS_SHEET, 0, '', `sheet "${UNITS_SHEET}" is missing`);
  else {
    let unit: UnitDocument | undefined;
    let element: UnitDocument['elements'][number] | undefined;
    unitsSheet.eachRow((row, r) => {
      if (r === 1) return;
      const [code, titleId, titleEn, group, elNo, elTitle, kukNo, kukText] = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => text(row.getCell(c)));
      if (![code, titleId, elNo, elTitle, kukNo, kukText].some(Boolean)) return;
      if (code && code !== unit?.code) {
        if (!titleId) fail(UNITS_SHEET, r, 'B', `unit ${code} needs a title on its first row`);
        if (units.some((u) => u.code === code)) fail(UNITS_SHEET, r, 'A', `unit ${code} appears in two separate blocks`);
        unit = { code, titleId, titleEn, group, description: '', rangeStatement: '', assessmentGuide: '', criticalAspects: '', elements: [] };
        units.push(unit);
        element = undefined;
      }
      if (!unit) return void fail(UNITS_SHEET, r, 'A', 'unit code is missing');
      if (elNo) {
        const n = Number(elNo);
        if (!Number.isInteger(n) || n < 1) return void fail(UNITS_SHEET, r, 'E', `element number "${elNo}" is not a positive integer`);
        if (n !== element?.number) {
          if (!elTitle) fail(UNITS_SHEET, r, 'F', `element ${n} needs a title on its first row`);
          if (unit.elements.some((e) => e.number === n)) fail(UNITS_SHEET, r, 'E', `element ${n} appears twice in unit ${unit.code}`);
          element = { number: n, title: elTitle, criteria: [] };
          unit.elements.push(element);
        }
      }
      if (!element) return void fail(UNITS_SHEET, r, 'E', 'element number is missing');
      if (!kukNo) return void fail(UNITS_SHEET, r, 'G', 'KUK number is missing');
      if (!kukText) return void fail(UNITS_SHEET, r, 'H', 'KUK text is missing');
      if (!new RegExp(`^${element.number}\\.[1-9][0-9]*$`).test(kukNo))
        return void fail(UNITS_SHEET, r, 'G', `KUK number ${kukNo} must be ${element.number}.n`);
      if (element.criteria.some((c) => c.number === kukNo))
        return void fail(UNITS_SHEET, r, 'G', `KUK number ${kukNo} is used twice in unit ${unit.code}`);
      element.criteria.push({ number: kukNo, text: kukText });
    });
  }
  const requirements: BasicRequirement[] = [];
  wb.getWorksheet(REQUIREMENTS_SHEET)?.eachRow((row, r) => {
    if (r === 1) return;
    const [description, required] = [1, 2].map((c) => text(row.getCell(c)));
    if (!description && !required) return;
    if (!description) return void fail(REQUIREMENTS_SHEET, r, 'A', 'description is missing');
    const flag = required.toLowerCase();
    if (!YES.includes(flag) && !NO.includes(flag)) return void fail(REQUIREMENTS_SHEET, r, 'B', `"${required}" is not Ya or Tidak`);
    requirements.push({ description, documentRequired: YES.includes(flag) });
  });
  return { units, requirements, errors };
}
