import fc from 'fast-check';
import { type OpenApiDocument, resolve, type SchemaObject } from './openapi-document.js';

type Json = unknown;

/** Strings that broke real parsers, databases and renderers. */
export const NASTY_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\uD800', 'x\uDFFFy', '\u202Eevil\u202C', 'مرحبا بالعالم', '👩‍👩‍👧‍👦🇮🇩', '\uFEFF',
  'e\u0301', '\r\n\t', "'; DROP TABLE users; --", '<script>alert(1)</script>', '../../etc/passwd', '%00', '${7*7}',
  '__proto__', 'constructor', 'NaN', '-0', '1e309', 'null', 'true', '0x10', ' padded ',
];

export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];

export const INVALID_UUIDS = ['not-a-uuid', '0', '00000000-0000-0000-0000-00000000000g', '%2e%2e', 'null', '1 OR 1=1', "'", 'ffffffff'];

/** Short odd strings: fit in a URL (Node refuses request heads over 16 KB with 431 before the app sees them). */
export const oddString = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: 101, max: 1000 }).map((n) => 'Q'.repeat(n)),
);

export const nastyString = fc.oneof(oddString, fc.integer({ min: 1000, max: 20_000 }).map((n) => 'A'.repeat(n)));

/**
 * Stands for JSON nested that many levels deep, expanded only in the request
 * text (fast-check would overflow the stack printing the real thing).
 */
export const DEEP_PLACEHOLDER = '__DEEP_';

export const expandDeepPlaceholders = (json: string) =>
  json.replace(/"__DEEP_(\d+)__"/g, (_, n: string) => `${'{"a":'.repeat(Number(n))}1${'}'.repeat(Number(n))}`);

/** Any JSON value, including the odd ones. */
export const anyJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308, [], {}),
  nastyString,
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.integer({ min: 1000, max: 5000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
  fc.integer({ min: 20, max: 200 }).map(deepObject),
  fc.constant(`${DEEP_PLACEHOLDER}20000__`),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
);

function deepObject(depth: number): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

const dateOnly = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Values the schema accepts (examples first: they also satisfy undocumented patterns). */
export function validValue(doc: OpenApiDocument, raw: SchemaObject | undefined, depth = 0): fc.Arbitrary<Json> {
  const s = resolve(doc, raw);
  if (!s) return fc.constant(null);
  if (s.allOf?.length) return validValue(doc, s.allOf[0], depth);
  if (s.oneOf?.length) return fc.oneof(...s.oneOf.map((o) => validValue(doc, o, depth)));
  const generated = generated_(doc, s, depth);
  const options = s.example !== undefined ? fc.oneof({ arbitrary: fc.constant(s.example), weight: 3 }, { arbitrary: generated, weight: 1 }) : generated;
  return s.nullable ? fc.option(options, { nil: null, freq: 8 }) : options;
}

function generated_(doc: OpenApiDocument, s: SchemaObject, depth: number): fc.Arbitrary<Json> {
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return fc.uuid();
      if (s.format === 'date') return dateOnly;
      if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      if (s.format === 'email') return fc.emailAddress();
      if (s.format === 'binary') return fc.constant('file');
      return fc.string({ minLength: s.minLength ?? 1, maxLength: Math.min(s.maxLength ?? 30, 60) });
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      if (depth > 4) return fc.constant([]);
      return fc.array(validValue(doc, s.items, depth + 1), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 3, 3) });
    default:
      if (!s.properties || depth > 4) return fc.constant({});
      return validObject(doc, s, depth);
  }
}

function validObject(doc: OpenApiDocument, s: SchemaObject, depth: number): fc.Arbitrary<Json> {
  const required = new Set(s.required ?? []);
  const entries = Object.entries(s.properties ?? {});
  return fc.record(
    Object.fromEntries(entries.map(([k, v]) => [k, validValue(doc, v, depth + 1)])),
    { requiredKeys: entries.map(([k]) => k).filter((k) => required.has(k)) },
  );
}

/** One wrong change to an otherwise valid object: the ways clients (and attackers) get requests wrong. */
export function mutatedObject(doc: OpenApiDocument, schema: SchemaObject | undefined, base: fc.Arbitrary<Json>): fc.Arbitrary<Json> {
  const s = resolve(doc, schema);
  const props = Object.keys(s?.properties ?? {});
  const required = s?.required ?? [];
  const pick = (keys: string[]) => (keys.length ? fc.constantFrom(...keys) : fc.constant('unknownField'));
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('wrongValue' as const), key: pick(props), value: anyJson }),
    fc.record({ kind: fc.constant('missing' as const), key: pick(required.length ? required : props), value: fc.constant(undefined) }),
    fc.record({ kind: fc.constant('extra' as const), key: fc.oneof(fc.constantFrom(...POLLUTION_KEYS, 'id', 'isAdmin'), fc.string({ maxLength: 12 })), value: anyJson }),
    fc.record({ kind: fc.constant('outOfRange' as const), key: pick(props), value: fc.constantFrom(-1, 0, 2 ** 31, -(2 ** 31) - 1, 1e21, 0.5) }),
  );
  return fc.tuple(base, mutation).map(([value, m]) => {
    const obj: Record<string, Json> = value && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
    if (m.kind === 'missing') delete obj[m.key];
    // defineProperty: a plain assignment to `__proto__` would set the prototype instead of a key
    else Object.defineProperty(obj, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    return obj;
  });
}

/** A request body for the schema: valid, mutated, or not an object at all. */
export function bodyArbitrary(doc: OpenApiDocument, schema: SchemaObject | undefined, known: Json | undefined): fc.Arbitrary<Json> {
  const valid = known !== undefined ? fc.oneof(fc.constant(known), validValue(doc, schema)) : validValue(doc, schema);
  return fc.oneof(
    { arbitrary: valid, weight: 3 },
    { arbitrary: mutatedObject(doc, schema, valid), weight: 5 },
    { arbitrary: anyJson, weight: 1 },
  );
}

/** Query parameters: the documented ones with valid or wrong values, plus random ones. */
export function queryArbitrary(doc: OpenApiDocument, params: Array<{ name: string; schema?: SchemaObject }>): fc.Arbitrary<Record<string, string>> {
  const documented = Object.fromEntries(
    params.map((p) => [p.name, fc.oneof(validValue(doc, p.schema).map(String), oddString, fc.constantFrom('-1', '1e400', '99999999999999999999', '[]'))]),
  );
  return fc.tuple(
    fc.record(documented, { requiredKeys: [] }),
    fc.dictionary(fc.oneof(fc.constantFrom(...POLLUTION_KEYS, 'page[size]', 'sort'), fc.string({ minLength: 1, maxLength: 8 })), oddString, { maxKeys: 2 }),
  ).map(([a, b]) => ({ ...b, ...a }) as Record<string, string>);
}
