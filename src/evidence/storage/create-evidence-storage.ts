import { join } from 'node:path';
import type { AppConfig } from '../../config/app-config.js';
import type { EvidenceStorage } from './evidence-storage.js';
import { FsEvidenceStorage } from './fs-evidence-storage.js';
import { S3EvidenceStorage } from './s3-evidence-storage.js';

/** Chooses the driver from EVIDENCE_STORAGE (fs by default, under `${DATA_DIR}/evidence`). */
export function createEvidenceStorage(config: AppConfig): EvidenceStorage {
  const env = config.env;
  if (env.EVIDENCE_STORAGE === 's3') {
    return new S3EvidenceStorage({
      endpoint: env.S3_ENDPOINT,
      bucket: env.S3_BUCKET!,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      region: env.S3_REGION,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      spoolDir: join(config.dataDir, 'evidence-spool'),
    });
  }
  return new FsEvidenceStorage(join(config.dataDir, 'evidence'));
}
