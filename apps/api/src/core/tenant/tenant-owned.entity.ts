import { Column } from 'typeorm';
import { BaseEntity } from '../database/base.entity.js';

/**
 * Base for every record that belongs to one client. Its `clientId` is what tenant scoping filters
 * on; each concrete table declares an index leading with it.
 */
export abstract class TenantOwnedEntity extends BaseEntity {
  @Column('uuid')
  clientId!: string;
}
