import { readFileSync } from 'node:fs';
import type { SchemeDocument } from '../scheme-rules.js';

/** The Junior Web Developer sample (SKKNI 282/2016 units) in the import format; its "note" says what is from the SKKNI. */
export function juniorWebDeveloperSample(): SchemeDocument {
  return JSON.parse(readFileSync(new URL('./junior-web-developer.json', import.meta.url), 'utf8')) as SchemeDocument;
}
