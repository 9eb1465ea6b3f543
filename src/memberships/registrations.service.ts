import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from '../auth/passwords.js';
import { CertificationBody } from '../certification-bodies/certification-body.entity.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { User } from '../users/user.entity.js';
import type { RegisterCandidateDto, RegistrationResponseDto } from './dto/registration.dto.js';
import { Membership } from './membership.entity.js';

export class EmailTakenError extends ConflictError {
  constructor() {
    super('REGISTRATION.EMAIL_TAKEN', 'This email cannot be registered. If it is yours, sign in instead.');
  }
}

const isUniqueViolation = (e: unknown) =>
  e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505';

/** Public self-registration of candidates to one body. */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async registerCandidate(bodyId: string, dto: RegisterCandidateDto): Promise<RegistrationResponseDto> {
    if (!(await this.db.getRepository(CertificationBody).existsBy({ id: bodyId }))) throw new NotFoundError('CertificationBody', bodyId);
    const email = dto.email.trim().toLowerCase();
    const passwordHash = await hashPassword(dto.password);
    try {
      return await this.db.transaction(async (em) => {
        if (await em.existsBy(User, { email })) throw new EmailTakenError();
        const { password: _password, ...profile } = dto;
        const user = await em.save(User, em.create(User, { ...profile, email, passwordHash }));
        const m = await em.save(Membership, em.create(Membership, { certificationBodyId: bodyId, userId: user.id, roles: ['candidate'] }));
        await this.audit.record(em, {
          bodyId, actor: { id: user.id, roles: [] }, action: 'registration.candidate_registered',
          entityType: 'membership', entityId: m.id, payload: { userId: user.id, email },
        });
        return { userId: user.id, membershipId: m.id, certificationBodyId: bodyId, email };
      });
    } catch (e) {
      // A concurrent registration of the same email: same answer, without naming the constraint.
      if (isUniqueViolation(e)) throw new EmailTakenError();
      throw e;
    }
  }
}
