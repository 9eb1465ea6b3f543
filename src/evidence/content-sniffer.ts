import FileType from 'file-type';
import { Transform, type TransformCallback } from 'node:stream';
import { EmptyEvidenceFileError } from './evidence.errors.js';

/** Enough of the head for file-type to see past the first entries of an OOXML (zip) package. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * Holds back the first bytes of an upload until its type is detected from the
 * content and `check` accepts it; a refusal fails the stream before anything
 * reaches storage. An empty stream fails with EmptyEvidenceFileError.
 */
export class ContentSniffer extends Transform {
  private head: Buffer[] = [];
  private headSize = 0;
  private decided = false;
  mediaType: string | undefined;

  constructor(private readonly check: (detectedExt: string | undefined) => string) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.decided) return done(null, chunk);
    this.head.push(chunk);
    this.headSize += chunk.length;
    if (this.headSize < SNIFF_BYTES) return done();
    this.decide().then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    if (this.decided) return done();
    if (this.headSize === 0) return done(new EmptyEvidenceFileError());
    this.decide().then(() => done(), done);
  }

  private async decide(): Promise<void> {
    const head = Buffer.concat(this.head);
    const detected = await FileType.fromBuffer(head);
    this.mediaType = this.check(detected?.ext);
    this.decided = true;
    this.head = [];
    this.push(head);
  }
}
