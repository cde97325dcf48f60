import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which record, and which fields changed (names only, never values). */
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

  @Index('IDX_audit_event_created')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
