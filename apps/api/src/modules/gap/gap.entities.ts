import { Column, Entity, Index } from 'typeorm';
import { decimal } from '../../core/database/numeric.js';
import type { GapStatus, RecommendationOption, RecommendationState, Reason, RespondentRole } from '@orchestra/shared';
import { TenantOwnedEntity } from '../../core/tenant/tenant-owned.entity.js';
import { gapEvidenceColumn } from './gap-evidence.js';

/** One answer behind a gap: which question, who (by seat, never by name), what they said. */
export interface GapEvidence {
  questionId: string;
  prompt: string;
  /** Null only in what a client reads. */
  respondentRole: RespondentRole | null;
  value: number | null;
  answer: string;
  quote: string | null;
}

@Entity('capability_gap')
@Index('IDX_capability_gap_engagement', ['engagementId', 'severity'])
export class CapabilityGap extends TenantOwnedEntity {
  @Column('uuid')
  assessmentId!: string;

  @Column('uuid')
  engagementId!: string;

  @Column('uuid')
  capabilityId!: string;

  @Column({ type: 'numeric', precision: 3, scale: 2, transformer: decimal })
  current!: number;

  @Column('smallint')
  target!: number;

  @Column({ type: 'numeric', precision: 3, scale: 1, transformer: decimal })
  size!: number;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: decimal })
  severity!: number;

  @Column({ type: 'varchar', length: 15 })
  status!: GapStatus;

  /** Stored grouped by question (`StoredGapEvidence`), read one item per answer, lowest value first. */
  @Column({ type: 'jsonb', default: () => `'[]'`, transformer: gapEvidenceColumn })
  evidence!: GapEvidence[];
}

/** One option for one gap, scored by the versioned rules, with its reasons. */
@Entity('recommendation')
export class Recommendation extends TenantOwnedEntity {
  @Column('uuid')
  assessmentId!: string;

  @Column('uuid')
  gapId!: string;

  @Column({ type: 'varchar', length: 20 })
  option!: RecommendationOption;

  @Column('smallint')
  score!: number;

  @Column('smallint')
  rank!: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  reasons!: Reason[];

  @Column({ type: 'varchar', length: 12 })
  state!: RecommendationState;

  @Column({ type: 'varchar', length: 40 })
  rulesetVersion!: string;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The reason for the decision log: internal, never shown to the client. */
  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  /** What the client reads about the decision in the published report. */
  @Column({ type: 'text', nullable: true })
  noteToClient!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decisionRecordId!: string | null;
}
