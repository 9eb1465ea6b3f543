import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AuthService } from '../../src/auth/auth.service.js';
import type { BodyRole } from '../../src/auth/roles.js';
import type { CertificationBody } from '../../src/certification-bodies/certification-body.entity.js';
import { Membership } from '../../src/memberships/membership.entity.js';
import { User } from '../../src/users/user.entity.js';
import { createBody, createUser, type TestUser } from '../factories/identity.factory.js';
import { pdfBytes } from '../factories/evidence.factory.js';
import { createPublishedScheme, type PublishedScheme, uniqueCode } from '../factories/scheme.factory.js';
import type { TestApp } from '../utils/create-test-app.js';
import type { SchemesMatrixContext } from './schemes.matrix.js';

/** Who calls: nobody, each role of body A, the platform administrator, and an admin of body B. */
export const ACTORS = [
  'anonymous', 'platform_admin', 'admin', 'assessor', 'candidate', 'decision_maker', 'auditor', 'other_body_admin',
] as const;
export type Actor = (typeof ACTORS)[number];
export type SignedInActor = Exclude<Actor, 'anonymous'>;
/** The app the matrix runs against has the job queue on, as production does, so queuing routes answer for real. */
export const MATRIX_APP_ENV = { JOBS_ENABLED: 'true' };

export const BODY_ACTORS = ['admin', 'assessor', 'candidate', 'decision_maker', 'auditor'] as const;

type Http = ReturnType<INestApplication['getHttpServer']>;

/** Everything a matrix row may need to build a valid request against body A. */
export class MatrixContext {
  readonly users = {} as Record<SignedInActor, TestUser>;
  bodyA!: CertificationBody;
  bodyB!: CertificationBody;
  /** Assessor profile of the body A assessor. */
  assessorProfileId!: string;
  /** A published scheme (with its tree) and a draft-only scheme of body A. */
  schemes!: SchemesMatrixContext;
  /** The same published scheme as the factory returned it (document with requirements and code). */
  published!: PublishedScheme;
  private counter = 0;

  constructor(readonly app: INestApplication, readonly http: Http, readonly db: DataSource) {}

  async setUp(): Promise<this> {
    this.bodyA = await createBody(this.db);
    this.bodyB = await createBody(this.db);
    for (const role of BODY_ACTORS) this.users[role] = await createUser(this.db, { body: this.bodyA, roles: [role] });
    this.users.platform_admin = await createUser(this.db, { platformAdmin: true });
    this.users.other_body_admin = await createUser(this.db, { body: this.bodyB, roles: ['admin'] });
    this.schemes = await this.setUpSchemes();
    // authorised for the published scheme too, so that assessments of body A's candidate can be assigned
    const res = await request(this.http).post('/assessor-profiles').set(await this.auth('admin')).send({
      userId: this.users.assessor.user.id, registrationNumber: `MET-${this.unique()}`,
      certificateValidFrom: '2025-01-01', certificateValidUntil: '2027-12-31', schemeCodes: ['SKM-JWD-2024', this.published.document.scheme.code],
    });
    if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
    this.assessorProfileId = res.body.id;
    return this;
  }

  private async setUpSchemes(): Promise<SchemesMatrixContext> {
    const admin = await this.auth('admin');
    const published = await createPublishedScheme({ http: this.http } as TestApp, this.bodyA, admin);
    this.published = published;
    const draft = await request(this.http).post('/schemes').set(admin).send({ code: uniqueCode('DRAFT'), titleId: 'Draf', type: 'KLASTER' });
    if (draft.status !== 201) throw new Error(`setup: ${draft.status} ${JSON.stringify(draft.body)}`);
    const unit = published.tree.units[0];
    return {
      bodyId: this.bodyA.id, schemeId: published.schemeId, versionId: published.versionId, unitId: unit.id,
      elementId: unit.elements[0].id, criterionId: unit.elements[0].criteria[0].id, questionId: published.tree.questions[0].id,
      draftSchemeId: draft.body.id, draftVersionId: draft.body.versions[0].id,
    };
  }

  /** A fresh draft portfolio item of body A's candidate (rows may discard or lock it). */
  async portfolioItem(): Promise<string> {
    const res = await request(this.http).post('/portfolio-items').set(await this.auth('candidate'))
      .field('title', 'Sertifikat pelatihan').field('evidenceType', 'supplementary')
      .attach('file', pdfBytes(1000 + (++this.counter % 500)), 'pelatihan.pdf');
    if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  /** An anchor of body A's audit chain. */
  async auditAnchor(): Promise<string> {
    const res = await request(this.http).post('/audit/anchors').set(await this.auth('admin'));
    if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  /** A fresh assessor profile in body A, for rows that change one. */
  async newAssessorProfile(): Promise<string> {
    const res = await request(this.http).post('/assessor-profiles').set(await this.auth('admin')).send({
      userId: (await this.newMember(['assessor'])).userId, registrationNumber: `MET-${this.unique()}`,
      certificateValidFrom: '2025-01-01', certificateValidUntil: '2027-12-31',
    });
    if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  unique(): string {
    return `${process.pid}${++this.counter}${Math.random().toString(36).slice(2, 6)}`;
  }

  /**
   * A fresh session for the actor on every request, minted without the login
   * endpoint (no rate limit): rows that end sessions (logout, password change,
   * switch-body) then cannot disturb the rows after them.
   */
  async auth(actor: Actor): Promise<Record<string, string>> {
    if (actor === 'anonymous') return {};
    const user = await this.db.getRepository(User).findOneByOrFail({ id: this.users[actor].user.id });
    const bodyId = actor === 'platform_admin' ? undefined : actor === 'other_body_admin' ? this.bodyB.id : this.bodyA.id;
    const pair = await this.app.get(AuthService).login(user, bodyId, '127.0.0.1');
    return { Authorization: `Bearer ${pair.accessToken}` };
  }

  /** A new member of body A, for rows that change or deactivate one. */
  async newMember(roles: BodyRole[]): Promise<{ userId: string; membershipId: string }> {
    const u = await createUser(this.db, { body: this.bodyA, roles });
    const m = await this.db.getRepository(Membership).findOneByOrFail({ certificationBodyId: this.bodyA.id, userId: u.user.id });
    return { userId: u.user.id, membershipId: m.id };
  }

  async membershipOf(actor: SignedInActor): Promise<string> {
    const m = await this.db.getRepository(Membership).findOneByOrFail({ certificationBodyId: this.bodyA.id, userId: this.users[actor].user.id });
    return m.id;
  }
}
