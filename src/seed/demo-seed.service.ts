import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from '../auth/passwords.js';
import type { BodyRole } from '../auth/roles.js';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { AssessorProfile } from '../assessor-profiles/assessor-profile.entity.js';
import { Membership } from '../memberships/membership.entity.js';
import { juniorWebDeveloperSample } from '../schemes/samples/sample-schemes.js';
import { SchemeImportService } from '../schemes/scheme-import.service.js';
import { User } from '../users/user.entity.js';
import { seedDemoJourney } from './demo-journey.seed.js';
import { seedCodeOfEthics } from '../ethics/code-of-ethics.seed.js';

export interface DemoSummary {
  body: string;
  password: string;
  logins: Array<[string, string]>;
}

export const DEMO_PASSWORD = 'Kompeten#2026';

const DEMO_PEOPLE: Array<{ email: string; fullName: string; roles: BodyRole[]; platformAdmin?: boolean; extra?: Partial<User> }> = [
  { email: 'platform@kompeten.local', fullName: 'Platform Administrator', roles: [], platformAdmin: true },
  { email: 'admin@lsp-demo.id', fullName: 'Dewi Lestari', roles: ['admin'] },
  {
    email: 'asesor@lsp-demo.id', fullName: 'Bambang Suryadi', roles: ['assessor'],
    extra: { employer: 'Politeknik Negeri Bandung', position: 'Dosen' },
  },
  {
    email: 'asesi@lsp-demo.id', fullName: 'Siti Nurhaliza Putri', roles: ['candidate'],
    extra: { nationalId: '3273015704950002', birthPlace: 'Bandung', birthDate: '1995-04-17', employer: 'PT Nusantara Digital', position: 'Junior Web Developer', phone: '+62 812 3456 7890' },
  },
  { email: 'komite@lsp-demo.id', fullName: 'Hendra Wijaya', roles: ['decision_maker'] },
  { email: 'auditor@lsp-demo.id', fullName: 'Ratna Sari Dewi', roles: ['auditor'] },
];

/** Seeds one demo certification body with one user per role, once, into an empty database. */
@Injectable()
export class DemoSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly schemes: SchemeImportService,
  ) {}

  async seedIfEmpty(): Promise<DemoSummary | undefined> {
    if ((await this.db.getRepository(CertificationBody).count()) > 0) return undefined;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await this.db.transaction(async (em) => {
      // Another process may be seeding at the same moment: the first one wins.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('kompeten:demo-seed'))`);
      if ((await em.count(CertificationBody)) > 0) return;
      const body = await em.save(CertificationBody, em.create(CertificationBody, {
        code: 'LSP-DEMO',
        name: 'LSP Teknologi Digital Nusantara (demo)',
        licenseNumber: 'BNSP-LSP-0000-ID',
        address: 'Jl. Jenderal Gatot Subroto Kav. 44, Jakarta Selatan',
        contactEmail: 'sekretariat@lsp-demo.id',
        contactPhone: '+62 21 555 0101',
        verificationBaseUrl: 'http://localhost:3000/verify',
      }));
      await seedCodeOfEthics(em, body.id);
      await this.audit.record(em, { bodyId: body.id, actor: null, action: 'demo.seeded', entityType: 'certification_body', entityId: body.id });
      for (const person of DEMO_PEOPLE) await this.addPerson(em, body.id, person, passwordHash);
      const sample = juniorWebDeveloperSample();
      const version = await this.schemes.importPublished(em, body.id, sample, null);
      await seedDemoJourney(em, this.audit, {
        bodyId: body.id, version, schemeCode: sample.scheme.code,
        candidateEmail: 'asesi@lsp-demo.id', assessorEmail: 'asesor@lsp-demo.id', adminEmail: 'admin@lsp-demo.id',
      });
    });
    return {
      body: 'LSP-DEMO',
      password: DEMO_PASSWORD,
      logins: DEMO_PEOPLE.map((p) => [p.platformAdmin ? 'platform_admin' : p.roles.join(','), p.email]),
    };
  }

  private async addPerson(em: EntityManager, bodyId: string, p: (typeof DEMO_PEOPLE)[number], passwordHash: string) {
    const user = await em.save(User, em.create(User, {
      email: p.email, fullName: p.fullName, passwordHash, isPlatformAdmin: !!p.platformAdmin, ...p.extra,
    }));
    if (p.roles.length) await em.save(Membership, em.create(Membership, { certificationBodyId: bodyId, userId: user.id, roles: p.roles }));
    if (p.roles.includes('assessor')) await this.addAssessorProfile(em, bodyId, user.id);
  }

  /** A certificate valid from a year ago to two years ahead, authorised for the seeded sample scheme. */
  private async addAssessorProfile(em: EntityManager, bodyId: string, userId: string) {
    const year = (offset: number) => {
      const d = new Date();
      d.setUTCFullYear(d.getUTCFullYear() + offset);
      return d.toISOString().slice(0, 10);
    };
    const profile = await em.save(AssessorProfile, em.create(AssessorProfile, {
      certificationBodyId: bodyId, userId, registrationNumber: 'MET.000.004521.2024',
      certificateValidFrom: year(-1), certificateValidUntil: year(2), status: 'active',
      schemeCodes: [juniorWebDeveloperSample().scheme.code], fields: ['Teknologi Informasi'],
    }));
    await this.audit.record(em, {
      bodyId, actor: null, action: 'assessor_profile.created', entityType: 'assessor_profile', entityId: profile.id,
    });
  }
}
