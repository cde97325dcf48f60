import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import { IdArgs } from '../../core/graphql/id.args.js';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { CreateStaffingPlanArgs, RerunStaffingPlanArgs, StaffingPlanFilter } from './dto/staffing-plan.args.js';
import { StaffingPinType, StaffingPlanRoleType, StaffingPlanSideType, StaffingPlanType } from './dto/staffing-plan.type.js';
import type { StaffingPlan } from './staffing-plan.entity.js';
import { StaffingPlanService } from './staffing-plan.service.js';

@Resolver(() => StaffingPlanType)
export class StaffingPlanResolver extends ReadResolver({
  name: 'StaffingPlan',
  plural: 'StaffingPlans',
  type: StaffingPlanType,
  filter: StaffingPlanFilter,
  permission: Permission.MATCH_READ,
  service: StaffingPlanService,
  listDescription: 'Newest first.',
}) {
  @Mutation(() => StaffingPlanType, { description: 'Asks the matching queue to staff these open roles (or all of an engagement’s) from one pool; poll the plan or its run for the result.' })
  @RequirePermission(Permission.MATCH_MANAGE)
  createStaffingPlan(@Args() args: CreateStaffingPlanArgs, @CurrentUser() user: AuthUser) {
    return this.readService.create(user, args);
  }

  @Mutation(() => StaffingPlanType, { description: 'Solves the plan again against the pool as it is now, with these pins, exclusions and cap (they replace the previous ones).' })
  @RequirePermission(Permission.MATCH_MANAGE)
  rerunStaffingPlan(@Args() { id, ...constraints }: RerunStaffingPlanArgs, @CurrentUser() user: AuthUser) {
    return this.readService.rerun(user, id, constraints);
  }

  @Mutation(() => StaffingPlanType, { description: "Shortlists every pick of a solved plan in one transaction and records a decision on each engagement; accepting again changes nothing." })
  @RequirePermission(Permission.MATCH_MANAGE)
  acceptStaffingPlan(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.readService.accept(user, id);
  }

  @ResolveField('pins', () => [StaffingPinType])
  pins(plan: StaffingPlan) {
    return Object.entries(plan.pins ?? {}).map(([roleId, candidateId]) => ({ roleId, candidateId }));
  }

  @ResolveField('plan', () => StaffingPlanSideType, { nullable: true, description: 'The optimal plan’s totals, once solved.' })
  plan(plan: StaffingPlan) {
    return plan.plan;
  }

  @ResolveField('greedy', () => StaffingPlanSideType, { nullable: true, description: 'Greedy’s totals (each role, most urgent first, takes its best remaining candidate).' })
  greedy(plan: StaffingPlan) {
    return plan.greedy;
  }

  @ResolveField('roles', () => [StaffingPlanRoleType], { description: 'Each role: the plan’s pick beside greedy’s, and why. Empty until solved.' })
  roles(plan: StaffingPlan) {
    return this.readService.roles(plan);
  }
}
