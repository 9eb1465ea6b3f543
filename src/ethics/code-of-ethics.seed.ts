import type { EntityManager } from 'typeorm';
import { BNSP_ASSESSOR_CODE } from './code-of-ethics.js';
import { CodeOfEthicsVersion } from './code-of-ethics-version.entity.js';

/** Version 1 = the BNSP assessor code, for a new body (idempotent). */
export async function seedCodeOfEthics(em: EntityManager, bodyId: string): Promise<void> {
  await em.createQueryBuilder().insert().into(CodeOfEthicsVersion)
    .values({ certificationBodyId: bodyId, version: 1, items: [...BNSP_ASSESSOR_CODE], publishedByUserId: null })
    .orIgnore().execute();
}
