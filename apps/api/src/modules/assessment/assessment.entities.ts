import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Answer, AssessmentStatus, InvitationStatus, RespondentRole } from '@orchestra/shared';
import { TenantOwnedEntity } from '../../core/tenant/tenant-owned.entity.js';

/** One capability assessment of an engagement, from one template. */
@Entity('assessment')
@Index('IDX_assessment_client_created', ['clientId', 'createdAt'])
@Index('IDX_assessment_engagement', ['engagementId', 'createdAt'])
export class Assessment extends TenantOwnedEntity {
  @Column('uuid')
  engagementId!: string;

  @Column('uuid')
  templateId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: AssessmentStatus;

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  dueDate!: string;

  @Column('smallint')
  minRespondents!: number;

  /** k: no breakdown or quote from fewer than k respondents reaches the client. Fixed once opened. */
  @Column('smallint')
  anonymityThreshold!: number;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Why it was closed (required when a person closes it; the due-date job writes its own). */
  @Column({ type: 'text', nullable: true })
  closeReason!: string | null;

  /** Outbox events of the pending reminder jobs, cancelled when the assessment closes. */
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  reminderEventIds!: string[];

  /** Outbox event of the job that closes it at the end of its due date. */
  @Column({ type: 'uuid', nullable: true })
  dueEventId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  scoredAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** A re-assessment: the assessment it repeats, the first of its line, its number in the line. */
  @Column({ type: 'uuid', nullable: true })
  previousAssessmentId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  baselineAssessmentId!: string | null;

  @Column({ type: 'smallint', default: 0 })
  reassessmentIndex!: number;

  /** The schedule's period it was drafted for ("2027-03-04", "close"): one draft per period. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  reassessPeriod!: string | null;
}

/** The level the client aims for on one capability. */
@Entity('assessment_target')
export class AssessmentTarget {
  @PrimaryColumn('uuid')
  assessmentId!: string;

  @PrimaryColumn('uuid')
  capabilityId!: string;

  @Column('smallint')
  target!: number;
}

/** A person asked to answer, by e-mail (and the contact, when they are one). */
@Entity('invitation')
@Index('IDX_invitation_assessment_status', ['assessmentId', 'status'])
export class Invitation extends TenantOwnedEntity {
  @Column('uuid')
  assessmentId!: string;

  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', length: 30 })
  respondentRole!: RespondentRole;

  @Column({ type: 'varchar', length: 10 })
  status!: InvitationStatus;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'smallint', default: 0 })
  remindersSent!: number;
}

/** A link's token, stored only as its sha256. Re-sending revokes the older ones. */
@Entity('invitation_token')
export class InvitationToken {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column('uuid')
  invitationId!: string;

  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/** A respondent's answers: a draft until submitted, then immutable. */
@Entity('response')
export class Response extends TenantOwnedEntity {
  @Column('uuid')
  invitationId!: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  answers!: Answer[];

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** The idempotency key of the submission: the same key replays, another is a conflict. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  submitKey!: string | null;
}
