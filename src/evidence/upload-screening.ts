import { Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { inspectZip } from './archive-inspection.js';
import { ScannerUnavailable, scanWithClamd } from './clamav-client.js';
import { EvidenceArchiveSuspiciousError, EvidenceInfectedError, EvidenceScannerUnavailableError } from './evidence.errors.js';
import type { ReceivedEvidenceFile } from './evidence-upload.js';
import type { EvidenceStorage } from './storage/evidence-storage.js';

const ZIP_CONTAINERS = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);

export interface ScannerConfig {
  host: string;
  port: number;
  timeoutMs: number;
}

const logger = new Logger('UploadScreening');

/**
 * Checks stored bytes before any row points at them: the ZIP central directory
 * of DOCX/XLSX (zip bombs), then clamd when configured. A refused file is
 * deleted again unless the same content was already stored before.
 */
export async function screenStoredUpload(storage: EvidenceStorage, file: ReceivedEvidenceFile, scanner?: ScannerConfig): Promise<void> {
  try {
    if (ZIP_CONTAINERS.has(file.mediaType)) {
      const { reason } = await inspectZip(file.size, (offset, length) => readAll(storage, file.key, offset, length));
      if (reason) throw new EvidenceArchiveSuspiciousError(reason);
    }
    if (scanner) {
      const verdict = await scanWithClamd(await storage.get(file.key), scanner).catch((e) => {
        if (!(e instanceof ScannerUnavailable)) throw e;
        logger.warn(`antivirus scan failed: ${e.message}`);
        throw new EvidenceScannerUnavailableError();
      });
      if (verdict.infected) throw new EvidenceInfectedError(verdict.signature);
    }
  } catch (e) {
    if (!file.alreadyExisted) await storage.delete(file.key).catch(() => undefined);
    throw e;
  }
}

async function readAll(storage: EvidenceStorage, key: string, offset: number, length: number): Promise<Buffer> {
  if (length === 0) return Buffer.alloc(0);
  const parts: Buffer[] = [];
  for await (const chunk of (await storage.get(key, { start: offset, end: offset + length - 1 })) as Readable) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}
