import { Column, Entity, Index } from 'typeorm';
import type { SizeBand } from '@orchestra/shared';
import { BaseEntity } from '../../core/database/base.entity.js';

/** A client company: the tenant every client-owned record belongs to. */
@Entity('client')
export class Client extends BaseEntity {
  @Index('IDX_client_name')
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  industry!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  sizeBand!: SizeBand | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region!: string | null;

  /** IANA name, e.g. Europe/Berlin. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  timeZone!: string | null;

  /** Core working hours in the client's time zone, "HH:MM". */
  @Column({ type: 'char', length: 5, nullable: true })
  coreHoursStart!: string | null;

  @Column({ type: 'char', length: 5, nullable: true })
  coreHoursEnd!: string | null;

  /** Internal notes: never shown to CLIENT users. */
  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}
