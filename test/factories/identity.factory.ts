import request from 'supertest';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/passwords.js';
import type { BodyRole } from '../../src/auth/roles.js';
import { CertificationBody } from '../../src/certification-bodies/certification-body.entity.js';
import { Membership } from '../../src/memberships/membership.entity.js';
import { User } from '../../src/users/user.entity.js';

let counter = 0;
const next = () => `${process.pid}${++counter}${Math.random().toString(36).slice(2, 6)}`;

export const TEST_PASSWORD = 'Correct-Horse-Battery-9';
let passwordHash: Promise<string> | undefined;

export async function createBody(db: DataSource, overrides: Partial<CertificationBody> = {}): Promise<CertificationBody> {
  const n = next();
  return db.getRepository(CertificationBody).save({
    code: `LSP-${n}`.toUpperCase().slice(0, 50),
    name: `LSP Uji ${n}`,
    licenseNumber: `BNSP-${n}`,
    ...overrides,
  });
}

export interface TestUser {
  user: User;
  email: string;
  password: string;
}

export async function createUser(
  db: DataSource,
  opts: { body?: CertificationBody; roles?: BodyRole[]; platformAdmin?: boolean; user?: Partial<User> } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `user${next()}@example.test`;
  const user = await db.getRepository(User).save({
    email,
    fullName: `Pengguna ${counter}`,
    passwordHash: await passwordHash,
    isPlatformAdmin: opts.platformAdmin ?? false,
    ...opts.user,
  });
  if (opts.body && opts.roles?.length) {
    await db.getRepository(Membership).save({ certificationBodyId: opts.body.id, userId: user.id, roles: opts.roles });
  }
  return { user, email: user.email, password: TEST_PASSWORD };
}

export async function login(
  http: unknown,
  who: { email: string; password: string },
  certificationBodyId?: string,
): Promise<{ accessToken: string; refreshToken: string; certificationBodyId: string | null }> {
  const res = await request(http as never)
    .post('/auth/login')
    .send({ email: who.email, password: who.password, ...(certificationBodyId ? { certificationBodyId } : {}) });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A user with roles in a body, already signed in. */
export async function signedIn(db: DataSource, http: unknown, body: CertificationBody, roles: BodyRole[]) {
  const u = await createUser(db, { body, roles });
  const tokens = await login(http, u, body.id);
  return { ...u, ...tokens, auth: { Authorization: `Bearer ${tokens.accessToken}` } };
}
