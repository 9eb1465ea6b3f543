import { DomainError, NotFoundError } from '../common/errors/domain-error.js';

export class IssuedDocumentNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Document', id);
  }
}

/** Re-rendering gave other bytes than were issued (the renderer changed): never serve a document that is not the issued one. */
export class DocumentRegenerationMismatchError extends DomainError {
  constructor(id: string) {
    super('DOCUMENT.REGENERATION_MISMATCH', `Document ${id} no longer renders to the issued bytes`);
  }
}

export class DocumentFileMissingError extends DomainError {
  constructor() {
    super('DOCUMENT.FILE_VALIDATION_FAILED', 'Send the PDF as multipart field "file" or as an application/pdf body');
  }
}
