import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { SchemeVersion } from './entities/scheme-version.entity.js';
import { Scheme } from './entities/scheme.entity.js';
import { VersionImmutableError } from './scheme.errors.js';

export const seesDrafts = (actor: AuthUser) => actor.permissions.has(P.readSchemeDrafts);
export const seesQuestionBank = (actor: AuthUser) => actor.permissions.has(P.readQuestionBank);

export function bodyOf(actor: AuthUser): string {
  if (!actor.bodyId) throw new NotFoundError('Scheme');
  return actor.bodyId;
}

/** Tenant- and visibility-aware lookups: anything of another body, or hidden from the caller, is 404. */
@Injectable()
export class SchemeAccess {
  async scheme(em: EntityManager, actor: AuthUser, schemeId: string, lock = false): Promise<Scheme> {
    const scheme = await em.findOne(Scheme, {
      where: { certificationBodyId: bodyOf(actor), id: schemeId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!scheme || (!seesDrafts(actor) && scheme.status === 'draft')) throw new NotFoundError('Scheme', schemeId);
    return scheme;
  }

  async version(em: EntityManager, actor: AuthUser, schemeId: string, versionId: string, lock = false): Promise<SchemeVersion> {
    const version = await em.findOne(SchemeVersion, {
      where: { certificationBodyId: bodyOf(actor), schemeId, id: versionId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!version || (!seesDrafts(actor) && version.status === 'draft')) throw new NotFoundError('SchemeVersion', versionId);
    return version;
  }

  /** The version, row-locked, for a content write: only drafts may change. */
  async draft(em: EntityManager, actor: AuthUser, schemeId: string, versionId: string): Promise<SchemeVersion> {
    const version = await this.version(em, actor, schemeId, versionId, true);
    if (version.status !== 'draft') throw new VersionImmutableError(version.status);
    return version;
  }
}
