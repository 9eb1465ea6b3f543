import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

export async function readdirOrEmpty(path: string): Promise<string[]> {
  try {
    return (await readdir(path)).sort();
  } catch (e) {
    if (isMissing(e)) return [];
    throw e;
  }
}

/** Deletes the files directly in `dir` last modified before `olderThan`; returns how many. */
export async function removeStaleFiles(dir: string, olderThan: Date): Promise<number> {
  let removed = 0;
  for (const name of await readdirOrEmpty(dir)) {
    const path = join(dir, name);
    const s = await stat(path).catch(() => null);
    if (s?.isFile() && s.mtime < olderThan) {
      await unlink(path).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}
