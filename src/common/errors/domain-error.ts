/** One field-level problem, addressed by a JSON pointer into the request. */
export interface FieldError {
  pointer: string;
  detail: string;
}

/**
 * Base class for every error a service throws on purpose. The `code` is stable
 * and documented (docs/api.md); the HTTP status follows from its last segment
 * (see `statusForCode`). Services never throw HttpException.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id?: string) {
    super(`${entity.toUpperCase()}.NOT_FOUND`, id ? `${entity} ${id} was not found` : `${entity} was not found`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super('AUTH.FORBIDDEN', message);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}

export class RequestValidationError extends DomainError {
  constructor(errors: FieldError[], message = 'The request is not valid') {
    super('REQUEST.VALIDATION_FAILED', message, undefined, errors);
  }
}

const STATUS_BY_SUFFIX: Array<[RegExp, number]> = [
  [/NOT_FOUND$/, 404],
  [/VALIDATION_FAILED$|MALFORMED$|BAD_REQUEST$/, 400],
  [/UNAUTHORIZED$|INVALID_CREDENTIALS$|TOKEN_INVALID$/, 401],
  [/FORBIDDEN$/, 403],
  [/TOO_LARGE$/, 413],
  [/^EVIDENCE\.QUOTA_EXCEEDED$/, 413],
  [/UNSUPPORTED_MEDIA_TYPE$|TYPE_NOT_ALLOWED$|TYPE_MISMATCH$/, 415],
  [/RANGE_NOT_SATISFIABLE$/, 416],
  [/INVALID$|EMPTY_FILE$|SUSPICIOUS$|INFECTED$|KEY_REUSED$/, 422],
  [/TOO_MANY_REQUESTS$|LOCKED_OUT$|QUOTA_EXCEEDED$/, 429],
  [/UNAVAILABLE$/, 503],
];

/** Maps a stable error code to its HTTP status; anything else is a conflict with current state (409). */
export function statusForCode(code: string): number {
  for (const [pattern, status] of STATUS_BY_SUFFIX) if (pattern.test(code)) return status;
  return 409;
}
