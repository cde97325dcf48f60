import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { WorkflowKind, WorkflowStatus } from '@orchestra/shared';

/** One run of a background workflow, updated as its steps complete, so people can watch it. */
@Entity('workflow_run')
@Index('IDX_workflow_run_subject', ['subjectId', 'createdAt'])
export class WorkflowRun {
  /** The outbox event that started it: a second delivery of that event finds the run. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: WorkflowKind;

  @Column({ type: 'varchar', length: 40 })
  subjectType!: string;

  @Column('uuid')
  subjectId!: string;

  @Column({ type: 'uuid', nullable: true })
  clientId!: string | null;

  @Column({ type: 'varchar', length: 10 })
  status!: WorkflowStatus;

  @Column({ type: 'varchar', length: 40, nullable: true })
  currentStep!: string | null;

  @Column('smallint')
  progress!: number;

  @Column('int')
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
