import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A single-use set-password token (stored as SHA-256), created when its e-mail is sent. */
@Entity('password_token')
export class PasswordToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_password_token_user')
  @Column('uuid')
  userId!: string;

  /** The outbox event that asked for the e-mail (a retried job may add a second token). */
  @Index('IDX_password_token_event')
  @Column({ type: 'uuid', nullable: true })
  outboxEventId!: string | null;

  @Index('UQ_password_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
