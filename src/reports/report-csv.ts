import { csvCell } from '../audit/audit-export-format.js';
import type { ReportRow } from './report-definitions.js';

const text = (v: unknown): string => (v == null ? '' : v instanceof Date ? v.toISOString() : String(v));

/** RFC 4180 CSV with a header row, in the report's column order. */
export function toCsv(columns: string[], rows: ReportRow[]): string {
  return [columns, ...rows.map((r) => columns.map((c) => text(r[c])))].map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}
