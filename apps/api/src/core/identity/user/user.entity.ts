import { Column, Entity, Index } from 'typeorm';
import type { Role } from '@orchestra/shared';
import { BaseEntity } from '../../database/base.entity.js';

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

  /** Set for CLIENT users only (a check constraint holds it; FK_app_user_client, in the migrations, that the client exists). */
  @Index('IDX_app_user_client')
  @Column({ type: 'uuid', nullable: true })
  clientId!: string | null;

  @Column({ type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}
