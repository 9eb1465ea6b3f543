import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { RequestValidationError, type FieldError } from '../errors/domain-error.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const pointer = `${prefix}/${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((detail) => ({ pointer, detail }));
    return [...own, ...flatten(e.children ?? [], pointer)];
  });
}

/** Whitelists DTO fields, refuses unknown ones, and reports every field problem at once (400). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
  });
}
