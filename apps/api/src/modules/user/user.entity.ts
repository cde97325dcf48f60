import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { Role } from '@orchestra/shared';
import { BaseEntity } from '../../core/database/base.entity.js';
import { Client } from '../client/client.entity.js';

@Entity('app_user')
export class User extends BaseEntity {
  /** Stored lower-cased, so the unique constraint is case-insensitive. */
  @Index('UQ_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index('IDX_app_user_role')
  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  /** Set for CLIENT users only (a check constraint holds it). */
  @Index('IDX_app_user_client')
  @Column({ type: 'uuid', nullable: true })
  clientId!: string | null;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clientId' })
  client?: Relation<Client>;

  @Column({ type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}
