import { readFileSync } from 'node:fs';
import { juniorWebDeveloperSample } from './samples/sample-schemes.js';

type Schema = Record<string, any>;
const root: Schema = JSON.parse(readFileSync(new URL('../../docs/scheme-version.schema.json', import.meta.url), 'utf8'));

/** A small JSON Schema checker for the keywords docs/scheme-version.schema.json uses. */
function check(value: unknown, schema: Schema, at = ''): string[] {
  if (schema.$ref) return check(value, root.$defs[schema.$ref.replace('#/$defs/', '')], at);
  const errors: string[] = [];
  if ('const' in schema && value !== schema.const) errors.push(`${at}: const`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: enum`);
  const types = [schema.type ?? []].flat();
  const typeOf = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (types.length && !types.includes(typeOf)) return [...errors, `${at}: type ${typeOf}`];
  if (typeof value === 'string') {
    if (schema.maxLength != null && value.length > schema.maxLength) errors.push(`${at}: maxLength`);
    if (schema.minLength != null && value.length < schema.minLength) errors.push(`${at}: minLength`);
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) errors.push(`${at}: pattern`);
  }
  if (typeof value === 'number' && (value < (schema.minimum ?? -Infinity) || value > (schema.maximum ?? Infinity))) errors.push(`${at}: range`);
  if (Array.isArray(value)) value.forEach((v, i) => errors.push(...check(v, schema.items ?? {}, `${at}/${i}`)));
  if (typeOf === 'object') {
    const obj = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in obj)) errors.push(`${at}/${k}: required`);
    for (const [k, v] of Object.entries(obj)) {
      if (schema.properties?.[k]) errors.push(...check(v, schema.properties[k], `${at}/${k}`));
      else if (schema.additionalProperties === false) errors.push(`${at}/${k}: not allowed`);
    }
  }
  return errors;
}

describe('docs/scheme-version.schema.json', () => {
  it('accepts the shipped sample', () => {
    expect(check(juniorWebDeveloperSample(), root)).toEqual([]);
  });

  it('rejects unknown fields, wrong enums and missing KUK text', () => {
    const doc = juniorWebDeveloperSample() as any;
    doc.extra = true;
    doc.scheme.type = 'LAINNYA';
    delete doc.version.units[0].elements[0].criteria[0].text;
    expect(check(doc, root)).toEqual(['/scheme/type: enum', '/version/units/0/elements/0/criteria/0/text: required', '/extra: not allowed']);
  });
});
