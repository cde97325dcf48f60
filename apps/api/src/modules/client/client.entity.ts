import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity.js';

/** A client company. The engagements issue adds its profile fields. */
@Entity('client')
export class Client extends BaseEntity {
  @Index('IDX_client_name')
  @Column({ type: 'varchar', length: 200 })
  name!: string;
}
