import { ConflictError, DomainError } from '../common/errors/domain-error.js';
import type { EthicsGate } from './code-of-ethics.js';

export class EthicsGateError extends ConflictError {
  constructor(gate: EthicsGate) {
    super('ASSESSMENT.ETHICS_GATE', 'Every assigned assessor must affirm the code of ethics without a declared conflict', { ...gate });
  }
}

export class AlreadyAffirmedError extends ConflictError {
  constructor() {
    super('ETHICS.ALREADY_AFFIRMED', 'This assignment already has an affirmation; it cannot be changed');
  }
}

export class EthicsVersionOutdatedError extends ConflictError {
  constructor(current: number) {
    super('ETHICS.VERSION_OUTDATED', `The current code of ethics is version ${current}`, { currentVersion: current });
  }
}

export class AffirmationIncompleteError extends DomainError {
  constructor(unaffirmed: number[]) {
    super('ETHICS.AFFIRMATION_INVALID', 'Every item of the code of ethics must be affirmed', { unaffirmed });
  }
}

export class AffirmationClosedError extends ConflictError {
  constructor(status: string) {
    super('ETHICS.AFFIRMATION_CLOSED', `Affirmations are taken while the assessment is scheduled; it is ${status}`, { currentStatus: status });
  }
}
