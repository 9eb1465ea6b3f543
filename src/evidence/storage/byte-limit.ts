import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { EvidenceTooLargeError } from './evidence-storage.js';

/** Pass-through that hashes and counts the bytes, failing once more than `maxBytes` flow. */
export class HashingLimiter extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return done(new EvidenceTooLargeError(this.maxBytes));
    this.hash.update(chunk);
    done(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}
