import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { FsEvidenceStorage } from '../../src/evidence/storage/fs-evidence-storage.js';
import { S3EvidenceStorage } from '../../src/evidence/storage/s3-evidence-storage.js';
import { runEvidenceStorageContract, type StorageUnderTest } from './evidence-storage.contract.js';

runEvidenceStorageContract('filesystem', async () => {
  const root = await mkdtemp(join(tmpdir(), 'kompeten-evidence-fs-'));
  const storage = new FsEvidenceStorage(root);
  await mkdir(storage.tempDir, { recursive: true });
  return { storage, tempDir: storage.tempDir, close: () => rm(root, { recursive: true, force: true }) };
});

async function s3Storage(endpoint: string, credentials: { id: string; secret: string }, bucket: string, close: () => Promise<void>): Promise<StorageUnderTest> {
  const spoolDir = await mkdtemp(join(tmpdir(), 'kompeten-evidence-spool-'));
  const admin = new S3Client({
    endpoint, region: 'us-east-1', forcePathStyle: true,
    credentials: { accessKeyId: credentials.id, secretAccessKey: credentials.secret },
  });
  await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  admin.destroy();
  const storage = new S3EvidenceStorage({
    endpoint, bucket, region: 'us-east-1', forcePathStyle: true, spoolDir,
    accessKeyId: credentials.id, secretAccessKey: credentials.secret,
  });
  return {
    storage,
    tempDir: spoolDir,
    async close() {
      storage.destroy();
      await rm(spoolDir, { recursive: true, force: true });
      await close();
    },
  };
}

// s3rver (devDependency) speaks the S3 protocol on loopback; it accepts any credentials.
runEvidenceStorageContract('s3 (s3rver)', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'kompeten-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  return s3Storage(`http://127.0.0.1:${port}`, { id: 'S3RVER', secret: 'S3RVER' }, 'evidence-contract', async () => {
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });
});

// Optionally, the same contract against a real S3-compatible service (MinIO, Garage, AWS...).
if (process.env.S3_TEST_ENDPOINT) {
  runEvidenceStorageContract(`s3 (${process.env.S3_TEST_ENDPOINT})`, () =>
    s3Storage(
      process.env.S3_TEST_ENDPOINT!,
      { id: process.env.S3_TEST_ACCESS_KEY_ID ?? '', secret: process.env.S3_TEST_SECRET_ACCESS_KEY ?? '' },
      `kompeten-contract-${randomBytes(4).toString('hex')}`,
      async () => undefined,
    ),
  );
} else {
  console.info('evidence storage: S3_TEST_ENDPOINT not set; the S3 contract runs against s3rver only');
}
