import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { Membership } from '../memberships/membership.entity.js';
import { User } from '../users/user.entity.js';

export const RELATIONSHIP_KINDS = ['employer', 'trained', 'family', 'business', 'other'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/**
 * A relationship an assessor declared (or an admin recorded for them), read by
 * conflict-of-interest checks. For `trained` the assessor is the trainer and the
 * counterpart the trainee. Never edited: a correction is a new declaration.
 */
@Entity('declared_relationships')
@Index('ix_declared_relationships_assessor', ['certificationBodyId', 'assessorUserId'])
@Index('ix_declared_relationships_counterpart', ['certificationBodyId', 'counterpartUserId'])
@Check('ck_declared_relationships_counterpart', `"counterpart_user_id" IS NOT NULL OR "organisation_name" IS NOT NULL`)
@ForeignKey(() => Membership, ['certificationBodyId', 'assessorUserId'], ['certificationBodyId', 'userId'])
@ForeignKey(() => Membership, ['certificationBodyId', 'counterpartUserId'], ['certificationBodyId', 'userId'])
export class DeclaredRelationship extends TenantEntity {
  @Column('uuid')
  assessorUserId: string;

  @Column('varchar', { length: 20 })
  kind: RelationshipKind;

  @Column('uuid', { nullable: true })
  counterpartUserId: string | null;

  @Column('varchar', { length: 200, nullable: true })
  organisationName: string | null;

  /** For `trained`: the scheme the training prepared for. */
  @Column('varchar', { length: 60, nullable: true })
  schemeCode: string | null;

  /** For `trained`: when the training took place. */
  @Column('date', { nullable: true })
  occurredOn: string | null;

  @Column('text', { default: '' })
  note: string;

  @Column('uuid')
  @ForeignKey(() => User)
  declaredByUserId: string;
}
