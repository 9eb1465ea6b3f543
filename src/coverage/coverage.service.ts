import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { findVisibleAssessment } from '../assessments/assessment-access.js';
import type { Assessment } from '../assessments/assessment.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import { type Coverage, evaluateCoverage } from './coverage.js';
import { coverageRows } from './coverage.query.js';

@Injectable()
export class CoverageService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async evaluate(em: EntityManager, a: Assessment): Promise<Coverage> {
    return evaluateCoverage(await coverageRows(em, a.certificationBodyId, a.id, a.schemeVersionId));
  }

  async report(actor: AuthUser, id: string): Promise<Coverage> {
    const a = await findVisibleAssessment(this.db.manager, actor, id);
    return this.evaluate(this.db.manager, a);
  }
}
