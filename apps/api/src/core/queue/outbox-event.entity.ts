import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OutboxEventType } from '@orchestra/shared';

/**
 * Background work recorded in the same transaction as the change that needs it. The worker's relay
 * enqueues it (jobId = id) and sets `sentAt`; the job sets `processedAt` (an inline job's event gets
 * both when the relay has run it). Partial indexes on the
 * unsent and unprocessed rows keep the relay's polling cheap.
 */
@Entity('outbox_event')
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  type!: OutboxEventType;

  /** Ids only, never personal data. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  sendCount!: number;

  /** Set when the event cannot be delivered (no route) or its job failed for good; never re-sent. */
  @Column({ type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
