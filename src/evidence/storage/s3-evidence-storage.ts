import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
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
import { removeStaleFiles } from './temp-files.js';

export interface S3StorageOptions {
  endpoint?: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  region: string;
  forcePathStyle: boolean;
  /** Local folder for spooling uploads while they are hashed. */
  spoolDir: string;
}

const PREFIX = 'evidence/';
const isNotFound = (e: unknown) => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err.name === 'NotFound' || err.name === 'NoSuchKey' || err.$metadata?.httpStatusCode === 404;
};

/**
 * S3-compatible driver. The key is the content hash, known only after the last
 * byte, so an upload is first spooled to a local temp file while it is hashed
 * and size-limited, then sent with one PutObject (atomic on S3: the object is
 * visible whole or not at all). A crash leaves only a spool file, which
 * `cleanupTemp` removes; nothing partial ever reaches the bucket.
 */
export class S3EvidenceStorage implements EvidenceStorage {
  private readonly client: S3Client;

  constructor(private readonly opts: S3StorageOptions) {
    this.client = new S3Client({
      endpoint: opts.endpoint,
      region: opts.region,
      forcePathStyle: opts.forcePathStyle,
      credentials:
        opts.accessKeyId && opts.secretAccessKey
          ? { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey }
          : undefined,
      // Plain signed requests: many S3-compatible servers reject the newer trailing checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private objectKey(key: string): string {
    assertValidKey(key);
    return PREFIX + key;
  }

  async put(stream: Readable, opts: { maxBytes: number }): Promise<PutResult> {
    // The source may fail before the pipeline below is attached; pipeline still sees its errored state.
    stream.on('error', () => undefined);
    await mkdir(this.opts.spoolDir, { recursive: true });
    const spool = join(this.opts.spoolDir, `${randomUUID()}.part`);
    const limiter = new HashingLimiter(opts.maxBytes);
    try {
      await pipeline(stream, limiter, createWriteStream(spool, { flags: 'wx', mode: 0o600 }));
      const key = limiter.digest();
      const Key = this.objectKey(key);
      if (await this.stat(key)) {
        // Copy onto itself to refresh LastModified: the orphan sweep's grace period restarts.
        await this.client.send(
          new CopyObjectCommand({
            Bucket: this.opts.bucket, Key, CopySource: `${this.opts.bucket}/${Key}`, MetadataDirective: 'REPLACE',
          }),
        );
        return { key, size: limiter.size, alreadyExisted: true };
      }
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.opts.bucket, Key, Body: createReadStream(spool), ContentLength: limiter.size,
        }),
      );
      return { key, size: limiter.size, alreadyExisted: false };
    } catch (e) {
      stream.destroy();
      throw e;
    } finally {
      await unlink(spool).catch(() => undefined);
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    try {
      const out = await this.client.send(
        new GetObjectCommand({
          Bucket: this.opts.bucket,
          Key: this.objectKey(key),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      return out.Body as Readable;
    } catch (e) {
      if (isNotFound(e)) throw new StoredContentNotFoundError(key);
      throw e;
    }
  }

  async stat(key: string): Promise<StoredObjectInfo | null> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.opts.bucket, Key: this.objectKey(key) }));
      return { size: Number(out.ContentLength ?? 0), modifiedAt: out.LastModified ?? new Date(0) };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.opts.bucket, Key: this.objectKey(key) }));
  }

  async *list(): AsyncIterable<string> {
    let ContinuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.opts.bucket, Prefix: PREFIX, ContinuationToken }),
      );
      for (const o of page.Contents ?? []) {
        const key = o.Key?.slice(PREFIX.length) ?? '';
        if (/^[0-9a-f]{64}$/.test(key)) yield key;
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }

  cleanupTemp(olderThan: Date): Promise<number> {
    return removeStaleFiles(this.opts.spoolDir, olderThan);
  }

  destroy(): void {
    this.client.destroy();
  }
}
