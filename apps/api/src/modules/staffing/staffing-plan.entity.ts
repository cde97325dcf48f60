import type { PlanRole, PlanSide, PlanSolver, StaffingPlanStatus } from '@orchestra/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A staffing plan: open roles, the constraints a person set, and — once the matching queue has
 * solved it — the inputs it was solved from (each role's ranked candidates, without names), the
 * optimal plan and the greedy one, with the solver and model versions that produced them.
 * Names are never stored here: the plan is explained again when read (an erased candidate's
 * name is gone from it too).
 */
@Entity('staffing_plan')
@Index('IDX_staffing_plan_created', ['createdAt'])
export class StaffingPlan {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: StaffingPlanStatus;

  @Column({ type: 'uuid', array: true })
  roleIds!: string[];

  @Column('smallint')
  candidatesPerRole!: number;

  /** roleId → candidateId. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  pins!: Record<string, string>;

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  excludedCandidateIds!: string[];

  @Column({ type: 'integer', nullable: true })
  budgetCapMinor!: number | null;

  /** The roles' one currency when a cap is set (the cap is in it). */
  @Column({ type: 'char', length: 3, nullable: true })
  currency!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  inputs!: PlanRole[] | null;

  @Column({ type: 'jsonb', nullable: true })
  plan!: PlanSide | null;

  @Column({ type: 'jsonb', nullable: true })
  greedy!: PlanSide | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  solver!: PlanSolver | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  solverVersion!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  modelVersion!: string | null;

  /** Milliseconds spent ranking the roles' candidates, and in the solver. */
  @Column({ type: 'integer', nullable: true })
  candidateListMs!: number | null;

  @Column({ type: 'integer', nullable: true })
  solverMs!: number | null;

  /** Why solving failed, in words. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** The workflow run of the latest solve. */
  @Column({ type: 'uuid', nullable: true })
  runId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  solvedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
