import type { StoredAuditChanges } from './audit-changes.js';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which record, which fields changed from what to what, and in which request or job. */
@Entity('audit_event')
@Index('IDX_audit_event_target', ['targetType', 'targetId', 'createdAt'])
@Index('IDX_audit_event_actor', ['actorId', 'createdAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ type: 'varchar', length: 100 })
  targetType!: string;

  @Column({ type: 'uuid', nullable: true })
  targetId!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  changedFields!: string[];

  /** Per changed field, its old and new value as stored (secrets only as `{ redacted: true }`). */
  @Column({ type: 'jsonb', nullable: true })
  changes!: StoredAuditChanges | null;

  /** The HTTP request's x-request-id, or `job:<queue>:<id>` for a background job. */
  @Index('IDX_audit_event_request', { where: '"requestId" IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;

  @Index('IDX_audit_event_created')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
