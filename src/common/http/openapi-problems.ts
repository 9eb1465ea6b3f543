import { applyDecorators } from '@nestjs/common';
import { ApiResponse, type OpenAPIObject } from '@nestjs/swagger';
import { ProblemDto } from './problem.dto.js';

const PROBLEM = 'application/problem+json';
const PROBLEM_REF = { $ref: '#/components/schemas/ProblemDto' };

const DEFAULT_DESCRIPTIONS: Record<string, string> = {
  '400': 'REQUEST.VALIDATION_FAILED (field-level `errors`) or REQUEST.MALFORMED',
  '401': 'Missing, invalid, expired or revoked token (AUTH.*)',
  '403': 'The caller lacks the permission (AUTH.FORBIDDEN)',
  '404': 'Unknown id, or a record of another certification body (*.NOT_FOUND)',
  '413': 'The request body is larger than the limit (REQUEST.TOO_LARGE)',
  '409': 'Conflict with the current state (e.g. RESOURCE.ALREADY_EXISTS)',
  '422': 'A domain rule is violated (*.INVALID)',
  '500': 'Unexpected error (INTERNAL.ERROR); quote the requestId',
};

/** Documents specific problem responses on a route, e.g. `@ApiProblemResponses({ 409: 'SCHEME.CODE_TAKEN' })`. */
export const ApiProblemResponses = (descriptions: Record<number, string>) =>
  applyDecorators(
    ...Object.entries(descriptions).map(([status, description]) =>
      ApiResponse({ status: Number(status), description, type: ProblemDto }),
    ),
  );

/**
 * Makes the error side of the document uniform without touching controllers:
 * every 4xx/5xx response is problem+json (ProblemDto), and each operation gets
 * the problem responses its shape implies (body or params → 400, body → 413, security →
 * 401/403, path id → 404, writes → 409/422, always 500). Declared ones keep
 * their own description.
 */
export function addProblemResponses(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      const statuses = ['500'];
      if (op.requestBody || op.parameters?.length) statuses.push('400');
      if (op.requestBody) statuses.push('413');
      if (op.security?.length) statuses.push('401', '403');
      if (path.includes('{')) statuses.push('404');
      if (method !== 'get') statuses.push('409', '422');
      for (const status of statuses) op.responses[status] ??= { description: DEFAULT_DESCRIPTIONS[status] };
      for (const [status, response] of Object.entries(op.responses)) {
        if (response && Number(status) >= 400 && !('$ref' in response)) {
          response.content = { [PROBLEM]: { schema: PROBLEM_REF } };
        }
      }
    }
  }
  return document;
}
