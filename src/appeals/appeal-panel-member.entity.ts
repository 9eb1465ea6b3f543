import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantEntity } from '../common/entities/tenant-columns.js';
import { Membership } from '../memberships/membership.entity.js';
import { Appeal } from './appeal.entity.js';

/** A member of an appeal's independent panel. Reappointing deactivates the old rows; none is deleted. */
@Entity('appeal_panel_members')
@Index('uq_appeal_panel_members_active', ['certificationBodyId', 'appealId', 'userId'], { unique: true, where: '"active"' })
@Index('ix_appeal_panel_members_user', ['certificationBodyId', 'userId', 'active'])
@ForeignKey(() => Appeal, ['certificationBodyId', 'appealId'], ['certificationBodyId', 'id'])
@ForeignKey(() => Membership, ['certificationBodyId', 'userId'], ['certificationBodyId', 'userId'])
export class AppealPanelMember extends TenantEntity {
  @Column('uuid')
  appealId: string;

  @Column('uuid')
  userId: string;

  @Column('uuid')
  appointedByUserId: string;

  @Column('boolean', { default: true })
  active: boolean;
}
