import { Column, Entity, Index } from 'typeorm';
import type { RecommendationOption } from '@orchestra/shared';
import { TenantOwnedEntity } from '../../core/tenant/tenant-owned.entity.js';

export interface RequiredSkill {
  skill: string;
  minLevel: number;
  mustHave: boolean;
  weight: number;
}

export type RoleStatus = 'OPEN' | 'FILLED' | 'CANCELLED';

/** Demand: a role an accepted option needs (drafted here; the matching issue completes it). */
@Entity('role')
@Index('IDX_role_engagement', ['engagementId', 'createdAt'])
export class Role extends TenantOwnedEntity {
  @Column('uuid')
  engagementId!: string;

  @Column({ type: 'uuid', nullable: true })
  gapId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recommendationId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  optionType!: RecommendationOption;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  requiredSkills!: RequiredSkill[];

  @Column({ type: 'varchar', length: 20 })
  seniority!: string;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'boolean', default: false })
  permanent!: boolean;

  @Column({ type: 'smallint', nullable: true })
  durationWeeks!: number | null;

  @Column({ type: 'smallint', default: 100 })
  allocation!: number;

  @Column({ type: 'varchar', length: 10, default: 'OPEN' })
  status!: RoleStatus;
}
