import type { AuditEntry } from './audit-entry.entity.js';

export type AuditExportFormat = 'ndjson' | 'csv';

export const EXPORT_CONTENT_TYPE: Record<AuditExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** Every column, in the order the CSV header names them. */
export const EXPORT_COLUMNS = [
  'certificationBodyId', 'seq', 'occurredAt', 'actorUserId', 'actorRoles', 'action', 'entityType', 'entityId',
  'requestId', 'clientIp', 'payload', 'payloadHash', 'prevHash', 'hash',
] as const;

/** One JSON object per line, with the exact stored values: the form the offline verifier reads. */
export function toNdjsonLine(e: AuditEntry): string {
  return `${JSON.stringify({
    certificationBodyId: e.certificationBodyId, seq: e.seq, occurredAt: e.occurredAt.toISOString(),
    actorUserId: e.actorUserId, actorRoles: e.actorRoles, action: e.action, entityType: e.entityType,
    entityId: e.entityId, requestId: e.requestId, clientIp: e.clientIp, payload: e.payload ?? null,
    payloadHash: e.payloadHash, prevHash: e.prevHash, hash: e.hash,
  })}\n`;
}

/**
 * RFC 4180 cell. A cell a spreadsheet would run as a formula (= + - @ tab CR) gets a
 * leading apostrophe (OWASP CSV injection); NDJSON keeps the exact values.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = `${EXPORT_COLUMNS.join(',')}\r\n`;

export function toCsvLine(e: AuditEntry): string {
  const cells = [
    e.certificationBodyId, String(e.seq), e.occurredAt.toISOString(), e.actorUserId ?? '', e.actorRoles.join(';'),
    e.action, e.entityType, e.entityId, e.requestId, e.clientIp, e.payload == null ? '' : JSON.stringify(e.payload),
    e.payloadHash, e.prevHash, e.hash,
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}
