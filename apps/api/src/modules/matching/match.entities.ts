import { Column, Entity } from 'typeorm';
import type { FailedConstraint, MatchFactor, MatchStage, ShortlistAnswer, ShortlistReason } from '@orchestra/shared';
import { BaseEntity } from '../../core/database/base.entity.js';
import { decimal } from '../../core/database/numeric.js';

/** A candidate for a role: the stored score with its explanation, and where it stands. */
@Entity('match')
export class Match extends BaseEntity {
  @Column('uuid')
  roleId!: string;

  @Column('uuid')
  candidateId!: string;

  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: decimal })
  score!: number;

  /** Position among the role's eligible candidates when last computed; null once not eligible. */
  @Column({ type: 'integer', nullable: true })
  rank!: number | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  factors!: MatchFactor[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  failedConstraints!: FailedConstraint[];

  @Column({ type: 'varchar', length: 20, default: 'SUGGESTED' })
  stage!: MatchStage;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  stageChangedAt!: Date;

  @Column({ type: 'varchar', length: 40 })
  modelVersion!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  computedAt!: Date;

  /** The client contacts it was submitted to (`submitToClient`), with the note and when. */
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  submittedContactIds!: string[];

  @Column({ type: 'text', nullable: true })
  submissionNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** What the client calls the candidate ("Candidate K-37"), set on submission; never the name. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  clientAlias!: string | null;

  /** The recruiter's summary for the client: the only free text of the candidate's the client reads. */
  @Column({ type: 'text', nullable: true })
  clientSummary!: string | null;

  /** The client's answer to the shortlisted profile, with its reason, note and proposed interview slots. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  clientAnswer!: ShortlistAnswer | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  clientReason!: ShortlistReason | null;

  @Column({ type: 'text', nullable: true })
  clientNote!: string | null;

  @Column({ type: 'timestamptz', array: true, default: () => `'{}'` })
  clientSlots!: Date[];

  @Column({ type: 'timestamptz', nullable: true })
  clientAnsweredAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  clientAnsweredById!: string | null;
}

/** One move of a match through the pipeline: who, when, why. */
@Entity('match_stage_change')
export class MatchStageChange extends BaseEntity {
  @Column('uuid')
  matchId!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStage!: MatchStage | null;

  @Column({ type: 'varchar', length: 20 })
  toStage!: MatchStage;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  changedById!: string | null;
}

/** A filled role: who, from when to when, at what rate and allocation. */
@Entity('placement')
export class Placement extends BaseEntity {
  @Column('uuid')
  matchId!: string;

  @Column('uuid')
  roleId!: string;

  @Column('uuid')
  candidateId!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'integer' })
  rateMinor!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'smallint' })
  allocation!: number;
}
