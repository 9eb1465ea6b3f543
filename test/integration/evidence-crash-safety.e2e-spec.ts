import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import request from 'supertest';
import { EvidenceSweepService } from '../../src/evidence/evidence-sweep.service.js';
import { FsEvidenceStorage } from '../../src/evidence/storage/fs-evidence-storage.js';
import { createBody, createUser, login, signedIn } from '../factories/identity.factory.js';
import { pdfBytes, sha256 } from '../factories/evidence.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

/** Writes an endless stream through the compiled FS driver (dist/, built by `npm test`) until killed. */
const WRITER = `
const { FsEvidenceStorage } = await import(process.argv[2]);
const { Readable } = await import('node:stream');
const chunk = Buffer.alloc(64 * 1024, 7);
const endless = new Readable({ read() { setTimeout(() => this.push(chunk), 2); } });
await new FsEvidenceStorage(process.argv[1]).put(endless, { maxBytes: Number.MAX_SAFE_INTEGER });
`;

async function partialTempBytes(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const sizes = await Promise.all(names.map((n) => stat(join(dir, n)).then((s) => s.size, () => 0)));
  return sizes.reduce((a, b) => a + b, 0);
}

async function allKeys(storage: FsEvidenceStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const k of storage.list()) keys.push(k);
  return keys;
}

describe('evidence crash safety and orphan sweep (e2e)', () => {
  let t: TestApp;
  let storage: FsEvidenceStorage;
  let root: string;
  beforeAll(async () => {
    t = await createTestApp();
    root = join(t.config.dataDir, 'evidence');
    storage = new FsEvidenceStorage(root);
  });
  afterAll(() => t.close());

  it('a writer killed mid-upload leaves no row and no blob, and the sweep removes its temp file', async () => {
    const body = await createBody(t.db);
    const a = await signedIn(t.db, t.http, body, ['candidate']);
    const kept = pdfBytes();
    const { body: item } = await request(t.http).post('/portfolio-items').set(a.auth)
      .field('title', 'Tetap').field('evidenceType', 'direct')
      .attach('file', kept, { filename: 'tetap.pdf', contentType: 'application/pdf' }).expect(201);

    const driverUrl = pathToFileURL(resolve('dist/src/evidence/storage/fs-evidence-storage.js')).href;
    const child = spawn(process.execPath, ['--input-type=module', '-e', WRITER, root, driverUrl], {
      stdio: 'ignore',
    });
    const exited = new Promise((done) => child.on('exit', done));
    while ((await partialTempBytes(storage.tempDir)) < 256 * 1024) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    expect(await exited).toBeNull();

    // A blob stored by an upload whose row never committed (crash between the two steps).
    const orphan = randomBytes(5000);
    const { key: orphanKey } = await storage.put(Readable.from([orphan]), { maxBytes: 10_000 });

    expect(await allKeys(storage)).toEqual(expect.arrayContaining([sha256(kept), orphanKey]));
    const rows: Array<{ sha256: string }> = await t.db.query(`SELECT sha256 FROM portfolio_items WHERE status <> 'discarded'`);
    for (const r of rows) expect(await storage.stat(r.sha256)).not.toBeNull();

    const sweep = t.app.get(EvidenceSweepService);
    const result = await sweep.sweepOrphans(new Date(Date.now() + 60_000));
    expect(result.removedTempFiles).toBe(1);
    expect(result.removedBlobs).toBeGreaterThanOrEqual(1);
    const after = await allKeys(storage);
    expect(after).toContain(sha256(kept));
    expect(after).not.toContain(orphanKey);
    expect(await partialTempBytes(storage.tempDir)).toBe(0);
    await request(t.http).get(`/portfolio-items/${item.id}/content`).set(a.auth).expect(200);
  });

  it('keeps orphans younger than the grace period', async () => {
    const { key } = await storage.put(Readable.from([randomBytes(100)]), { maxBytes: 1000 });
    const sweep = t.app.get(EvidenceSweepService);
    expect(await sweep.sweepOrphans(new Date(0))).toEqual({ removedBlobs: 0, removedTempFiles: 0 });
    expect(await storage.stat(key)).not.toBeNull();
  });

  it('sweeps bytes of discarded drafts but not bytes another live item still uses', async () => {
    const body = await createBody(t.db);
    const a = await signedIn(t.db, t.http, body, ['candidate']);
    const b = await signedIn(t.db, t.http, body, ['candidate']);
    const shared = pdfBytes();
    const alone = pdfBytes();
    const up = (who: typeof a, file: Buffer) => request(t.http).post('/portfolio-items').set(who.auth)
      .field('title', 'x').field('evidenceType', 'indirect')
      .attach('file', file, { filename: 'x.pdf', contentType: 'application/pdf' }).expect(201);
    const s1 = (await up(a, shared)).body;
    await up(b, shared);
    const s2 = (await up(a, alone)).body;
    await request(t.http).delete(`/portfolio-items/${s1.id}`).set(a.auth).expect(204);
    await request(t.http).delete(`/portfolio-items/${s2.id}`).set(a.auth).expect(204);
    await t.app.get(EvidenceSweepService).sweepOrphans(new Date(Date.now() + 60_000));
    expect(await storage.stat(sha256(shared))).not.toBeNull();
    expect(await storage.stat(sha256(alone))).toBeNull();
  });

  it('exposes the sweep to platform admins only', async () => {
    const admin = await createUser(t.db, { platformAdmin: true });
    const tokens = await login(t.http, admin);
    const res = await request(t.http).post('/admin/evidence/sweep').set({ Authorization: `Bearer ${tokens.accessToken}` }).expect(200);
    expect(res.body).toEqual({ removedBlobs: expect.any(Number), removedTempFiles: expect.any(Number) });
    const candidate = await signedIn(t.db, t.http, await createBody(t.db), ['candidate']);
    await request(t.http).post('/admin/evidence/sweep').set(candidate.auth).expect(403);
  });
});
