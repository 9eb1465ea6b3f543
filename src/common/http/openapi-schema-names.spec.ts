import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts file under a folder, tests excluded. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('OpenAPI schema names', () => {
  // @nestjs/swagger names a schema after its DTO class: two classes with one name silently share one schema,
  // and the document then shows the wrong shape for one of the routes (found twice by the fuzzing suite).
  it('uses every DTO class name once', () => {
    const seen = new Map<string, string[]>();
    for (const file of sources('src')) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/export class (\w+Dto)\b/g)) seen.set(name, [...(seen.get(name) ?? []), file]);
    }
    expect([...seen.entries()].filter(([, files]) => files.length > 1)).toEqual([]);
    expect(seen.size).toBeGreaterThan(50);
  });
});
