import { ConflictError, DomainError, NotFoundError } from '../common/errors/domain-error.js';

export class PortfolioItemNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Portfolio_Item', id);
  }
}

export class EvidenceTypeNotAllowedError extends DomainError {
  constructor(detected: string | undefined) {
    super(
      'EVIDENCE.TYPE_NOT_ALLOWED',
      `The file content is ${detected ? `"${detected}"` : 'of an unrecognised type'}; allowed are PDF, JPEG, PNG, WebP, MP4, DOCX and XLSX`,
      { detected: detected ?? null },
    );
  }
}

export class EvidenceTypeMismatchError extends DomainError {
  constructor(detected: string, declared: { mediaType: string; fileName: string }) {
    super(
      'EVIDENCE.TYPE_MISMATCH',
      `The file content is ${detected}, which does not match the declared type "${declared.mediaType}" or the name "${declared.fileName}"`,
      { detected, declaredMediaType: declared.mediaType, fileName: declared.fileName },
    );
  }
}

export class EmptyEvidenceFileError extends DomainError {
  constructor() {
    super('EVIDENCE.EMPTY_FILE', 'The uploaded file is empty');
  }
}

export class EvidenceQuotaExceededError extends DomainError {
  constructor(quotaBytes: number, usedBytes: number, fileBytes: number) {
    super(
      'EVIDENCE.QUOTA_EXCEEDED',
      `This file (${fileBytes} bytes) would exceed your evidence storage quota: ${usedBytes} of ${quotaBytes} bytes used`,
      { quotaBytes, usedBytes, fileBytes },
    );
  }
}

export class PortfolioItemLockedError extends ConflictError {
  constructor(id: string) {
    super('EVIDENCE.LOCKED', `Portfolio item ${id} is locked; upload a new version instead`, { id });
  }
}

export class PortfolioItemDiscardedError extends ConflictError {
  constructor(id: string) {
    super('EVIDENCE.DISCARDED', `Portfolio item ${id} was discarded`, { id });
  }
}

export class PortfolioItemSupersededError extends ConflictError {
  constructor(id: string) {
    super('EVIDENCE.SUPERSEDED', `Portfolio item ${id} already has a newer version`, { id });
  }
}

export class RangeNotSatisfiableError extends DomainError {
  constructor(size: number) {
    super('EVIDENCE.RANGE_NOT_SATISFIABLE', `The requested range is outside the content (${size} bytes)`, { size });
  }
}

/** The bytes vanished between storing and committing the row (a concurrent sweep); the client may retry. */
export class EvidenceContentMissingError extends ConflictError {
  constructor() {
    super('EVIDENCE.CONTENT_MISSING', 'The stored content disappeared before it could be recorded; please retry the upload');
  }
}

export class EvidenceArchiveSuspiciousError extends DomainError {
  constructor(reason: string) {
    super('EVIDENCE.ARCHIVE_SUSPICIOUS', `The document's ZIP container was refused: ${reason}`, { reason });
  }
}

export class EvidenceInfectedError extends DomainError {
  constructor(signature: string) {
    super('EVIDENCE.INFECTED', `The antivirus scanner found malware in the file (${signature}); nothing was stored`, { signature });
  }
}

export class EvidenceScannerUnavailableError extends DomainError {
  constructor() {
    super('EVIDENCE.SCANNER_UNAVAILABLE', 'The antivirus scanner is not available; nothing was stored, please retry later');
  }
}
