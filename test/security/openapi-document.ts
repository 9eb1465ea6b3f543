import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

// ajv-formats is CommonJS: its default export arrives as the module object under some loaders
const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (ajv: Ajv) => void;

/** The parts of an OpenAPI 3.0 document the security suites read. */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | SchemaObject;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: SchemaObject;
}

export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: SchemaObject }> };
  responses: Record<string, { content?: Record<string, { schema?: SchemaObject }> }>;
  security?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, SchemaObject> };
}

export interface DocumentedOperation {
  /** 'PATCH /members/{id}/roles', as in the authorization matrix. */
  route: string;
  method: string;
  path: string;
  op: Operation;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operationsOf(doc: OpenApiDocument): DocumentedOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([m]) => METHODS.includes(m))
      .map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, method, path, op })),
  );
}

export function resolve(doc: OpenApiDocument, s: SchemaObject | undefined): SchemaObject | undefined {
  if (!s?.$ref) return s;
  return resolve(doc, doc.components.schemas[s.$ref.replace('#/components/schemas/', '')]);
}

/** The JSON schema of a request body, if the operation takes one. */
export function bodySchema(doc: OpenApiDocument, op: Operation, mediaType = 'application/json'): SchemaObject | undefined {
  return resolve(doc, op.requestBody?.content[mediaType]?.schema);
}

/** Makes every documented object closed, so an undocumented field in an answer fails validation. */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closeObjects(s)])) : closeObjects(v);
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  if (typeof out.$ref === 'string') out.$ref = out.$ref.replace('#/components', 'doc#/components');
  // OpenAPI 3.0: `nullable` beside `allOf: [$ref]` (how a nullable nested DTO is written) allows null;
  // JSON Schema would apply the allOf to null too, so spell the alternative out.
  if (out.nullable === true && Array.isArray(out.allOf)) {
    const { nullable: _nullable, type: _type, ...rest } = out;
    return { anyOf: [{ type: 'null' }, rest] };
  }
  return out;
}

/**
 * Validates response bodies against the document's schemas (Ajv understands
 * OpenAPI 3.0's `nullable`). Objects are closed: the document must list every field.
 */
export class ResponseValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(doc: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'doc', components: closeObjects(doc.components) });
  }

  /** Error text, or undefined when `body` matches `schema`. */
  check(key: string, schema: SchemaObject, body: unknown): string | undefined {
    const validate = this.cache.get(key) ?? this.ajv.compile(closeObjects(schema) as object);
    this.cache.set(key, validate);
    return validate(body) ? undefined : this.ajv.errorsText(validate.errors);
  }
}
