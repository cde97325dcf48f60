import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../core/tenant/tenant-owned.entity.js';

/** A person at a client, optionally the CLIENT user who signs in as them. */
@Entity('contact')
@Index('IDX_contact_client_name', ['clientId', 'name'])
@Index('UQ_contact_client_email', ['clientId', 'email'], { unique: true })
export class Contact extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Stored lower-cased; unique within the client. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;
}
