import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One use of an `idempotencyKey` by a user: which operation, with which arguments, and its result. */
@Entity('idempotency_key')
@Unique('UQ_idempotency_key_user_key', ['userId', 'key'])
export class IdempotencyKey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'varchar', length: 100 })
  operation!: string;

  /** sha256 of the arguments, so a key reused for a different request is refused. */
  @Column({ type: 'char', length: 64 })
  requestHash!: string;

  /** The record the first call returned. */
  @Column({ type: 'uuid', nullable: true })
  resultId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
