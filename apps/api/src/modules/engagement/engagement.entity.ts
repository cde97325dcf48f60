import { Column, Entity, Index } from 'typeorm';
import type { BudgetBand, EngagementStage, NeedHorizon, Urgency } from '@orchestra/shared';
import { TenantOwnedEntity } from '../../core/tenant/tenant-owned.entity.js';

/** A piece of work for a client, owned by a consultant, moving through its stages. */
@Entity('engagement')
@Index('IDX_engagement_client_created', ['clientId', 'createdAt'])
@Index('IDX_engagement_owner_stage', ['ownerId', 'stage'])
export class Engagement extends TenantOwnedEntity {
  @Column('uuid')
  ownerId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The problem in the client's words. */
  @Column({ type: 'text' })
  businessNeed!: string;

  @Column({ type: 'varchar', length: 20 })
  stage!: EngagementStage;

  @Column({ type: 'varchar', length: 20 })
  horizon!: NeedHorizon;

  @Column({ type: 'varchar', length: 20 })
  urgency!: Urgency;

  @Column({ type: 'varchar', length: 30 })
  budgetBand!: BudgetBand;

  /** Calendar dates (YYYY-MM-DD), no time of day. */
  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;
}
