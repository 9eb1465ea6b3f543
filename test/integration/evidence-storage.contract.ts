/* eslint-disable jest/no-export -- a shared contract suite, run once per driver by evidence-storage.e2e-spec.ts */
import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  type EvidenceStorage,
  EvidenceTooLargeError,
  InvalidStorageKeyError,
  StoredContentNotFoundError,
} from '../../src/evidence/storage/evidence-storage.js';

export interface StorageUnderTest {
  storage: EvidenceStorage;
  /** Local folder where the driver keeps temporary (in-flight) files. */
  tempDir: string;
  close(): Promise<void>;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const streamOf = (b: Buffer, chunk = 64 * 1024) =>
  Readable.from((function* () {
    for (let i = 0; i < b.length; i += chunk) yield b.subarray(i, i + chunk);
  })());

async function readAll(s: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

async function listAll(storage: EvidenceStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const k of storage.list()) keys.push(k);
  return keys;
}

/** The behaviour every EvidenceStorage driver must show; run once per driver. */
export function runEvidenceStorageContract(driver: string, open: () => Promise<StorageUnderTest>): void {
  describe(`EvidenceStorage contract: ${driver}`, () => {
    let sut: StorageUnderTest;
    beforeAll(async () => {
      sut = await open();
    });
    afterAll(() => sut.close());

    it('stores content under its SHA-256 and reads it back whole', async () => {
      const content = randomBytes(300 * 1024);
      const put = await sut.storage.put(streamOf(content), { maxBytes: 1024 * 1024 });
      expect(put).toEqual({ key: sha256(content), size: content.length, alreadyExisted: false });
      expect((await sut.storage.stat(put.key))?.size).toBe(content.length);
      expect((await readAll(await sut.storage.get(put.key))).equals(content)).toBe(true);
    });

    it('stores identical content once', async () => {
      const content = randomBytes(10_000);
      const first = await sut.storage.put(streamOf(content), { maxBytes: 20_000 });
      const second = await sut.storage.put(streamOf(content), { maxBytes: 20_000 });
      expect(second).toEqual({ ...first, alreadyExisted: true });
      expect((await listAll(sut.storage)).filter((k) => k === first.key)).toHaveLength(1);
    });

    it('reads an inclusive byte range', async () => {
      const content = randomBytes(5000);
      const { key } = await sut.storage.put(streamOf(content), { maxBytes: 10_000 });
      const part = await readAll(await sut.storage.get(key, { start: 100, end: 1099 }));
      expect(part.equals(content.subarray(100, 1100))).toBe(true);
    });

    it('refuses content over maxBytes and keeps nothing of it', async () => {
      const content = randomBytes(200 * 1024);
      await expect(sut.storage.put(streamOf(content, 16 * 1024), { maxBytes: 100 * 1024 })).rejects.toBeInstanceOf(
        EvidenceTooLargeError,
      );
      expect(await sut.storage.stat(sha256(content))).toBeNull();
      expect(await listAll(sut.storage)).not.toContain(sha256(content));
      expect(await sut.storage.cleanupTemp(new Date(Date.now() + 60_000))).toBe(0);
    });

    it('answers unknown keys with null / not found and refuses anything that is not a key', async () => {
      const unknown = sha256(randomBytes(8));
      expect(await sut.storage.stat(unknown)).toBeNull();
      await expect(sut.storage.get(unknown)).rejects.toBeInstanceOf(StoredContentNotFoundError);
      await expect(sut.storage.stat('../../etc/passwd')).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(sut.storage.get('AB'.repeat(32))).rejects.toBeInstanceOf(InvalidStorageKeyError);
    });

    it('deletes, and deleting twice is harmless', async () => {
      const content = randomBytes(1000);
      const { key } = await sut.storage.put(streamOf(content), { maxBytes: 2000 });
      await sut.storage.delete(key);
      await sut.storage.delete(key);
      expect(await sut.storage.stat(key)).toBeNull();
      expect(await listAll(sut.storage)).not.toContain(key);
    });

    it('removes temporary leftovers older than the given time only', async () => {
      await writeFile(join(sut.tempDir, 'interrupted.part'), randomBytes(100));
      expect(await sut.storage.cleanupTemp(new Date(0))).toBe(0);
      expect(await sut.storage.cleanupTemp(new Date(Date.now() + 60_000))).toBe(1);
    });
  });
}
