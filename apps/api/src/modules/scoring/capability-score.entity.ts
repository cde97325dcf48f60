import type { RespondentRole } from '@orchestra/shared';
import { Column, Entity } from 'typeorm';
import { decimal } from '../../core/database/numeric.js';
import { TenantOwnedEntity } from '../../core/tenant/tenant-owned.entity.js';

export interface RoleScore {
  respondentRole: RespondentRole;
  current: number | null;
  respondents: number;
}

/** Assessment × capability: where the organisation stands, how sure we are (DESIGN §4). */
@Entity('capability_score')
export class CapabilityScore extends TenantOwnedEntity {
  @Column('uuid')
  assessmentId!: string;

  @Column('uuid')
  capabilityId!: string;

  @Column({ type: 'numeric', precision: 3, scale: 2, nullable: true, transformer: decimal })
  current!: number | null;

  @Column('smallint')
  target!: number;

  @Column('int')
  respondentCount!: number;

  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true, transformer: decimal })
  spread!: number | null;

  @Column({ type: 'numeric', precision: 3, scale: 2, transformer: decimal })
  coverage!: number;

  @Column({ type: 'numeric', precision: 3, scale: 2, transformer: decimal })
  confidence!: number;

  /** The same capability seen from each respondent role (the report's heatmap). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  byRole!: RoleScore[];
}
