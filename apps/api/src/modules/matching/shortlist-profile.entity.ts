import type { MatchFactor, MatchStage, Seniority, ShortlistAnswer, ShortlistReason } from '@orchestra/shared';
import { ViewColumn, ViewEntity } from 'typeorm';
import { decimal } from '../../core/database/numeric.js';

/** One skill as the client reads it: the level, and the role's minimum when the role asks for it. */
export interface ShortlistSkill {
  skill: string;
  level: number;
  minLevel: number | null;
  mustHave: boolean;
}

/**
 * A submitted match as a CLIENT user reads it (view `shortlist_profile`, migration 1766720000000):
 * the view has no column for the candidate's name, contact details, location, CV or skill
 * evidence, so nothing read through it can name the person.
 */
@ViewEntity({ name: 'shortlist_profile', synchronize: false })
export class ShortlistProfile {
  @ViewColumn() id!: string;
  @ViewColumn() roleId!: string;
  @ViewColumn() clientId!: string;
  @ViewColumn() engagementId!: string;
  @ViewColumn() roleTitle!: string;
  @ViewColumn() roleSeniority!: Seniority;
  @ViewColumn() permanent!: boolean;
  @ViewColumn() alias!: string;
  @ViewColumn() summary!: string | null;
  @ViewColumn() stage!: MatchStage;
  @ViewColumn({ transformer: decimal }) score!: number;
  @ViewColumn() factors!: MatchFactor[];
  @ViewColumn() submittedAt!: Date;
  @ViewColumn() seniority!: Seniority;
  @ViewColumn() availableFrom!: string;
  @ViewColumn() allocation!: number;
  @ViewColumn() rateMinor!: number | null;
  @ViewColumn() rateCurrency!: string;
  @ViewColumn() budgetMinMinor!: number | null;
  @ViewColumn() budgetMaxMinor!: number | null;
  @ViewColumn() budgetCurrency!: string;
  @ViewColumn() skills!: ShortlistSkill[];
  @ViewColumn() answer!: ShortlistAnswer | null;
  @ViewColumn() reason!: ShortlistReason | null;
  @ViewColumn() note!: string | null;
  @ViewColumn() slots!: Date[];
  @ViewColumn() answeredAt!: Date | null;
}
