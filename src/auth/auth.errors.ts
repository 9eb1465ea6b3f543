import { DomainError } from '../common/errors/domain-error.js';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('AUTH.INVALID_CREDENTIALS', 'The email or password is incorrect');
  }
}

export class InvalidTokenError extends DomainError {
  constructor(message = 'The token is invalid, expired or revoked') {
    super('AUTH.TOKEN_INVALID', message);
  }
}

export class RefreshInProgressError extends DomainError {
  constructor() {
    super('AUTH.REFRESH_CONFLICT', 'This refresh token was just used by a concurrent request');
  }
}
