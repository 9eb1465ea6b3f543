import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { RequestValidationError, type FieldError } from '../errors/domain-error.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const pointer = `${prefix}/${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((detail) => ({ pointer, detail }));
    return [...own, ...flatten(e.children ?? [], pointer)];
  });
}

/**
 * Field names no DTO uses but that JavaScript objects inherit (`__proto__`,
 * `constructor`, `toString`...): class-transformer silently drops them instead
 * of reporting them as unknown, and they are the keys of prototype pollution.
 */
const INHERITED_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

// With the u flag a valid pair is one code point; only unpaired halves are category Cs.
const LONE_SURROGATE = /\p{Cs}/u;
const wellFormed = (s: string) => !LONE_SURROGATE.test(s);

/** Far deeper than any request document (a scheme import is 8 levels); class-transformer recurses per level. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Input the DTO rules cannot see, refused wherever it sits: inherited field
 * names (above), nesting beyond MAX_INPUT_DEPTH (a stack overflow, once a
 * 500, in class-transformer), and lone UTF-16 surrogates (`"\ud800"` in JSON) that no UTF-8
 * store can hold: PostgreSQL would get U+FFFD instead, and canonical JSON for
 * the audit chain refuses them.
 */
export function unsafeInput(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  // an explicit stack: a body nested deeper than the call stack must not throw
  const stack: Array<[unknown, string, number]> = [[value, '', 0]];
  while (stack.length) {
    const [current, pointer, depth] = stack.pop()!;
    if (typeof current === 'string') {
      if (!wellFormed(current)) errors.push({ pointer: pointer || '/', detail: 'must be well-formed Unicode (no lone surrogates)' });
    } else if (current && typeof current === 'object') {
      if (depth >= MAX_INPUT_DEPTH) {
        errors.push({ pointer, detail: `must not be nested deeper than ${MAX_INPUT_DEPTH} levels` });
        continue;
      }
      for (const [k, v] of Object.entries(current)) {
        if (!wellFormed(k)) errors.push({ pointer: `${pointer}/`, detail: 'field names must be well-formed Unicode' });
        else if (INHERITED_NAMES.has(k)) errors.push({ pointer: `${pointer}/${k}`, detail: 'this field name is not allowed' });
        stack.push([v, `${pointer}/${k}`, depth + 1]);
      }
    }
  }
  return errors;
}

class KompetenValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const errors = ['body', 'query', 'param'].includes(metadata.type) ? unsafeInput(value) : [];
    if (errors.length) throw new RequestValidationError(errors);
    return super.transform(value, metadata);
  }
}

/** Whitelists DTO fields, refuses unknown ones, and reports every field problem at once (400). */
export function createValidationPipe(): ValidationPipe {
  return new KompetenValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
  });
}
