import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import request from 'supertest';
import { certificationWorld, type CertificationWorld } from '../factories/certification.factory.js';
import { fullyRecordedAssessment } from '../factories/dossier.factory.js';
import { createBody, signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const parts: Buffer[] = [];
  stream.on('data', (c: Buffer) => parts.push(c));
  stream.on('end', () => cb(null, Buffer.concat(parts)));
};

describe('assessment dossier and its ZIP export (e2e)', () => {
  let t: TestApp;
  let w: CertificationWorld;
  let story: Awaited<ReturnType<typeof fullyRecordedAssessment>>;
  beforeAll(async () => {
    t = await createTestApp();
    w = await certificationWorld(t);
    story = await fullyRecordedAssessment(w);
  });
  afterAll(() => t.close());

  const exports = async (id: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'assessment.dossier_exported' AND entity_id = $1`, [id]))[0].n;

  it('returns every section of the record with consistent ids, and writes no audit entry for reading', async () => {
    const d = (await request(t.http).get(`/assessments/${story.assessmentId}/dossier`).set(w.auditor.auth).expect(200)).body;
    const id = story.assessmentId;
    expect(d.assessment).toMatchObject({ id, applicationId: story.applicationId, status: 'decided' });
    expect(d.assessment.assessors).toEqual([expect.objectContaining({ assessorUserId: story.assessor.user.id, role: 'lead', active: true })]);
    expect(d.assessment.events.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['create', 'start', 'recommend', 'decide']));
    expect(d.application).toMatchObject({ id: story.applicationId, status: 'accepted' });
    expect(d.application.reviews[0].requirements.length).toBe(w.scheme.document.version.requirements.length);
    expect(d.application.events.map((e: { action: string }) => e.action)).toEqual(['create', 'submit', 'accept']);
    expect(d.selfAssessment).toMatchObject({ applicationId: story.applicationId, status: 'submitted' });
    expect(d.selfAssessment.reviews).toEqual([expect.objectContaining({ assessorUserId: story.assessor.user.id, canProceed: true })]);
    expect(d.ethics.affirmations).toEqual([expect.objectContaining({ assessorUserId: story.assessor.user.id, relationship: 'none', giftsAccepted: false })]);
    expect(d.plans).toHaveLength(1);
    expect(d.plans[0].assessmentId).toBe(id);
    expect(d.consent.confirmations).toHaveLength(2);
    // the superseded observation and its correction, linked both ways
    const byId = new Map(d.evidenceRecords.map((r: { id: string }) => [r.id, r]));
    expect(byId.get(story.supersededId)).toMatchObject({ supersededBy: story.correctionId });
    expect(byId.get(story.correctionId)).toMatchObject({ supersedes: story.supersededId, supersededBy: null });
    expect(d.evidenceRecords.filter((r: { kind: string }) => r.kind === 'portfolio_verification')).toHaveLength(1);
    expect(d.portfolioItems.map((i: { id: string }) => i.id).sort()).toEqual([...new Set(story.itemIds)].sort());
    for (const i of d.portfolioItems) expect(i.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(d.coverage.gaps).toEqual([]);
    expect(d.recommendation).toMatchObject({ assessmentId: id, overall: 'K' });
    expect(d.recommendation.units).toHaveLength(w.scheme.tree.units.length);
    expect(d.feedback.answers).toHaveLength(10);
    expect(d.decision).toMatchObject({ id: story.decision.id, assessmentId: id, outcome: 'K' });
    expect(d.certificate).toMatchObject({ id: story.decision.certificate.id, decisionId: story.decision.id, status: 'active' });
    expect(d.certificate.history).toEqual(expect.any(Array));
    expect(d.appeals).toEqual([expect.objectContaining({ id: story.appealId, decisionId: story.decision.id, status: 'panel_appointed' })]);
    expect(d.appeals[0].panel).toEqual([expect.objectContaining({ userId: w.auditor.user.id, active: true })]);
    expect(d.appeals[0].events.map((e: { action: string }) => e.action)).toEqual(['file', 'appointPanel']);
    expect(d.documents.map((x: { kind: string }) => x.kind).sort()).toEqual(['assessment-record', 'certificate', 'decision-letter']);
    // audit entries of every record, in chain order
    const audited = new Set(d.auditEntries.map((e: { entityId: string }) => e.entityId));
    for (const e of [id, story.applicationId, story.decision.id, story.decision.certificate.id, story.appealId, d.selfAssessment.id]) expect(audited).toContain(e);
    const seqs = d.auditEntries.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(await exports(id)).toBe(0);
  });

  it('exports a ZIP whose manifest and SHA256SUMS match every file, and audits the export', async () => {
    const d = (await request(t.http).get(`/assessments/${story.assessmentId}/dossier`).set(w.admin.auth).expect(200)).body;
    const res = await request(t.http).get(`/assessments/${story.assessmentId}/dossier/export`).set(w.auditor.auth).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
    expect(names).toEqual([...manifest.files.map((f: { path: string }) => f.path), 'manifest.json', 'SHA256SUMS', 'README.txt'].sort());
    for (const f of manifest.files) {
      const bytes = await zip.file(f.path)!.async('nodebuffer');
      expect({ path: f.path, sha256: sha256(bytes), size: bytes.length }).toEqual({ path: f.path, sha256: f.sha256, size: f.size });
      expect(f.expectedSha256).toBeUndefined();
    }
    // the issued PDFs are the bytes whose hashes were stored at issue; the evidence files are the stored blobs
    const pdfHashes = manifest.files.filter((f: { path: string }) => f.path.startsWith('documents/')).map((f: { sha256: string }) => f.sha256).sort();
    expect(pdfHashes).toEqual(d.documents.map((x: { sha256: string }) => x.sha256).sort());
    const evidenceHashes = manifest.files.filter((f: { path: string }) => f.path.startsWith('evidence/')).map((f: { sha256: string }) => f.sha256).sort();
    expect(evidenceHashes).toEqual(d.portfolioItems.map((i: { sha256: string }) => i.sha256).sort());
    // SHA256SUMS lists the manifest too, in `sha256sum -c` format
    const sums = (await zip.file('SHA256SUMS')!.async('string')).trim().split('\n');
    expect(sums).toHaveLength(manifest.files.length + 1);
    for (const line of sums) {
      const [, hash, path] = /^([0-9a-f]{64}) {2}(.+)$/.exec(line)!;
      expect(sha256(await zip.file(path)!.async('nodebuffer'))).toBe(hash);
    }
    expect(await zip.file('README.txt')!.async('string')).toContain('sha256sum -c SHA256SUMS');
    const dossierJson = JSON.parse(await zip.file('dossier.json')!.async('string'));
    expect(dossierJson.decision.id).toBe(story.decision.id);
    expect(await exports(story.assessmentId)).toBe(1);
  });

  it('is not shown to the candidate, the assessor or another body', async () => {
    await request(t.http).get(`/assessments/${story.assessmentId}/dossier`).set(w.candidate.auth).expect(403);
    await request(t.http).get(`/assessments/${story.assessmentId}/dossier`).set(story.assessorAuth).expect(403);
    const other = await signedIn(t.db, t.http, await createBody(t.db), ['auditor']);
    const res = await request(t.http).get(`/assessments/${story.assessmentId}/dossier/export`).set(other.auth).expect(404);
    expect(res.body.code).toBe('ASSESSMENT.NOT_FOUND');
  });
});
