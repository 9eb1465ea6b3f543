import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last entry of each body's chain; its row lock serialises appends (no forks, no gaps). */
@Entity('audit_chain_heads')
export class AuditChainHead {
  @PrimaryColumn('uuid')
  certificationBodyId: string;

  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq: number;

  @Column('char', { length: 64 })
  hash: string;
}
