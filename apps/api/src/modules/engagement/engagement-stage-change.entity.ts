import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EngagementStage } from '@orchestra/shared';

/** One move of an engagement from one stage to another: the timeline. */
@Entity('engagement_stage_change')
@Index('IDX_engagement_stage_change_engagement', ['engagementId', 'changedAt'])
export class EngagementStageChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  engagementId!: string;

  /** Null for the creation of the engagement. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStage!: EngagementStage | null;

  @Column({ type: 'varchar', length: 20 })
  toStage!: EngagementStage;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  changedById!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
