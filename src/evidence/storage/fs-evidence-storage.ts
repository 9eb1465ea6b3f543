import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink, utimes } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HashingLimiter } from './byte-limit.js';
import {
  assertValidKey,
  type ByteRange,
  type EvidenceStorage,
  type PutResult,
  StoredContentNotFoundError,
  type StoredObjectInfo,
} from './evidence-storage.js';
import { isMissing, readdirOrEmpty, removeStaleFiles } from './temp-files.js';

const TEMP_DIR = '.tmp';
/**
 * Local filesystem driver: `<root>/ab/cd/<sha256>`. A write goes to
 * `<root>/.tmp/<uuid>.part` (same filesystem, so rename is atomic), is fsynced,
 * then renamed into place and the directory fsynced. A crash leaves at most a
 * `.part` file, which `cleanupTemp` removes.
 */
export class FsEvidenceStorage implements EvidenceStorage {
  constructor(private readonly root: string) {}

  pathFor(key: string): string {
    assertValidKey(key);
    return join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  get tempDir(): string {
    return join(this.root, TEMP_DIR);
  }

  async put(stream: Readable, opts: { maxBytes: number }): Promise<PutResult> {
    // The source may fail before the pipeline below is attached; pipeline still sees its errored state.
    stream.on('error', () => undefined);
    await mkdir(this.tempDir, { recursive: true });
    const temp = join(this.tempDir, `${randomUUID()}.part`);
    const limiter = new HashingLimiter(opts.maxBytes);
    try {
      await pipeline(stream, limiter, createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
      await fsyncPath(temp, 'r+');
    } catch (e) {
      stream.destroy();
      await unlink(temp).catch(() => undefined);
      throw e;
    }
    const key = limiter.digest();
    const target = this.pathFor(key);
    await mkdir(dirname(target), { recursive: true });
    if (await this.stat(key)) {
      await unlink(temp);
      // Refresh the age so the orphan sweep's grace period restarts for the new reference.
      const now = new Date();
      await utimes(target, now, now);
      return { key, size: limiter.size, alreadyExisted: true };
    }
    await rename(temp, target);
    await fsyncPath(dirname(target), 'r');
    return { key, size: limiter.size, alreadyExisted: false };
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathFor(key);
    if (!(await this.stat(key))) throw new StoredContentNotFoundError(key);
    return createReadStream(path, range ? { start: range.start, end: range.end } : {});
  }

  async stat(key: string): Promise<StoredObjectInfo | null> {
    try {
      const s = await stat(this.pathFor(key));
      return { size: s.size, modifiedAt: s.mtime };
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await unlink(this.pathFor(key)).catch((e) => {
      if (!isMissing(e)) throw e;
    });
  }

  async *list(): AsyncIterable<string> {
    for (const a of await readdirOrEmpty(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(a)) continue;
      for (const b of await readdirOrEmpty(join(this.root, a))) {
        for (const name of await readdirOrEmpty(join(this.root, a, b))) {
          if (/^[0-9a-f]{64}$/.test(name) && name.startsWith(a + b)) yield name;
        }
      }
    }
  }

  cleanupTemp(olderThan: Date): Promise<number> {
    return removeStaleFiles(this.tempDir, olderThan);
  }
}

async function fsyncPath(path: string, flags: 'r' | 'r+'): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
