import { ConflictError, DomainError, type FieldError } from '../common/errors/domain-error.js';

export class VersionImmutableError extends ConflictError {
  constructor(status: string) {
    super('SCHEME_VERSION.IMMUTABLE', `A ${status} scheme version cannot be changed; create a new version instead`, { versionStatus: status });
  }
}

export class VersionContentInvalidError extends DomainError {
  constructor(errors: FieldError[], message = 'The scheme version is not complete') {
    super('SCHEME_VERSION.CONTENT_INVALID', message, undefined, errors);
  }
}

export class IllegalVersionTransitionError extends ConflictError {
  constructor(action: string, status: string) {
    super('SCHEME_VERSION.ILLEGAL_TRANSITION', `Cannot ${action} a ${status} version`, { action, versionStatus: status });
  }
}

export class DraftExistsError extends ConflictError {
  constructor(versionId: string) {
    super('SCHEME_VERSION.DRAFT_EXISTS', 'This scheme already has a draft version', { versionId });
  }
}

export class NothingPublishedError extends ConflictError {
  constructor() {
    super('SCHEME_VERSION.NOTHING_PUBLISHED', 'The scheme has no published version to start a new version from');
  }
}

export class DraftNotEmptyError extends ConflictError {
  constructor() {
    super('SCHEME_VERSION.NOT_EMPTY', 'A workbook can only be imported into a draft without units');
  }
}

export class SchemeCodeTakenError extends ConflictError {
  constructor(code: string) {
    super('SCHEME.CODE_TAKEN', `Scheme code ${code} is already used in this body`, { schemeCode: code });
  }
}

export class SchemeHeaderInvalidError extends DomainError {
  constructor(errors: FieldError[]) {
    super('SCHEME.INVALID', 'The scheme is not valid', undefined, errors);
  }
}

export class CursorInvalidError extends DomainError {
  constructor() {
    super('SCHEME.CURSOR_VALIDATION_FAILED', 'The cursor is not valid');
  }
}

/** A row-level problem in an imported workbook. */
export interface WorkbookError extends FieldError {
  sheet: string;
  row: number;
  column: string;
}

export class WorkbookInvalidError extends DomainError {
  constructor(errors: WorkbookError[]) {
    super('SCHEME_IMPORT.WORKBOOK_INVALID', 'The workbook has errors; nothing was imported', undefined, errors);
  }
}

export class SchemeIdentityLockedError extends ConflictError {
  constructor(fields: string[]) {
    super('SCHEME.IDENTITY_LOCKED', 'Code, type and KKNI level cannot change once a version was published', { fields });
  }
}
