import { CreateDateColumn, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Base of every table that holds a certification body's data. The primary key is
 * (certification_body_id, id) so that the table can be distributed by
 * certification_body_id (Citus) without changing keys; every query filters by it.
 */
export abstract class TenantEntity {
  @PrimaryColumn('uuid')
  certificationBodyId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
