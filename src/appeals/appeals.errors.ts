import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import type { AppealAction, AppealStatus, PanelRefusalCode } from './appeal-state.js';

export class AppealNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Appeal', id);
  }
}

export class AppealWindowClosedError extends ConflictError {
  constructor(windowDays: number, closedAt: Date) {
    super('APPEAL.WINDOW_CLOSED', `Appeals must be filed within ${windowDays} days of the decision`, { windowDays, closedAt: closedAt.toISOString() });
  }
}

export class AppealAlreadyFiledError extends ConflictError {
  constructor(appealId: string) {
    super('APPEAL.ALREADY_FILED', 'This decision has already been appealed', { appealId });
  }
}

export class PanelNotIndependentError extends ConflictError {
  constructor(reasons: Array<{ userId: string; code: PanelRefusalCode }>) {
    super('APPEAL.PANEL_NOT_INDEPENDENT', 'Panel members must have had no part in the assessment or the decision', { reasons });
  }
}

export class NotOnPanelError extends ConflictError {
  constructor() {
    super('APPEAL.NOT_ON_PANEL', 'Only a member of the appeal panel may resolve the appeal');
  }
}

export class IllegalAppealTransitionError extends ConflictError {
  constructor(action: AppealAction, status: AppealStatus) {
    super('APPEAL.ILLEGAL_TRANSITION', `An appeal that is ${status} does not allow "${action}"`, { action, currentStatus: status });
  }
}
