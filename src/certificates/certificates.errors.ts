import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import type { CertificateAction, StoredCertificateStatus } from './certificate-status.js';

export class CertificateNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Certificate', id);
  }
}

export class IllegalCertificateTransitionError extends ConflictError {
  constructor(action: CertificateAction, status: StoredCertificateStatus) {
    super('CERTIFICATE.ILLEGAL_TRANSITION', `A certificate that is ${status} cannot be ${action === 'withdraw' ? 'withdrawn' : `${action}ed`}`, { action, currentStatus: status });
  }
}

export class CertificateNumberTakenError extends ConflictError {
  constructor(number: string) {
    super('CERTIFICATE.NUMBER_TAKEN', `Certificate number ${number} is already used in this body`, { certificateNumber: number });
  }
}
