import { registerEnumType } from '@nestjs/graphql';
import {
  AssessmentStatus,
  BudgetBand,
  CandidateKind,
  CapabilityNature,
  ConsentBasis,
  Disclosure,
  MatchStage,
  RoleStatus,
  Seniority,
  EngagementStage,
  FrameworkStatus,
  GapStatus,
  InvitationStatus,
  NeedHorizon,
  QuestionType,
  RecommendationOption,
  RecommendationState,
  RespondentRole,
  Reversibility,
  Role,
  InterventionKind,
  Movement,
  ShortlistAnswer,
  ShortlistReason,
  SizeBand,
  StaffingPlanStatus,
  Urgency,
  WorkflowStatus,
} from '@orchestra/shared';

// Shared enums become GraphQL enums once, here, so every DTO can reference them.
// 'UserRole', not 'Role': a Role is also the demand an accepted option drafts (DESIGN §2).
registerEnumType(Role, { name: 'UserRole', description: 'What a user may do; CLIENT users are bound to one client.' });
registerEnumType(SizeBand, { name: 'SizeBand', description: 'Head-count band of a client company.' });
registerEnumType(EngagementStage, { name: 'EngagementStage', description: 'LEAD → DISCOVERY → ASSESSING → PROPOSING → ACTIVE → CLOSED, or LOST.' });
registerEnumType(NeedHorizon, { name: 'NeedHorizon', description: 'Whether the client needs the capability for a while or for good.' });
registerEnumType(Urgency, { name: 'Urgency' });
registerEnumType(BudgetBand, { name: 'BudgetBand' });
registerEnumType(Reversibility, { name: 'Reversibility', description: 'ONE_WAY decisions are costly to walk back; TWO_WAY ones are cheap.' });

registerEnumType(FrameworkStatus, { name: 'FrameworkStatus', description: 'A PUBLISHED framework never changes: edits make a new version.' });
registerEnumType(CapabilityNature, { name: 'CapabilityNature', description: 'JUDGEMENT: calls people make; PRACTICE: team habits; CAPACITY: enough skilled people.' });
registerEnumType(QuestionType, { name: 'QuestionType' });
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus', description: 'DRAFT → OPEN → CLOSED → SCORED → PUBLISHED.' });
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });
registerEnumType(RespondentRole, { name: 'RespondentRole', description: "The respondent's seat: answers are compared across them." });
registerEnumType(Disclosure, { name: 'Disclosure', description: 'SHOWN on its own, MERGED into "Other roles", or HIDDEN from the client.' });
registerEnumType(GapStatus, { name: 'GapStatus' });
registerEnumType(RecommendationOption, { name: 'RecommendationOption', description: 'How a gap is closed: REVIEW, AUGMENTATION, HIRE or SPECIALIST_TEAM.' });
registerEnumType(RecommendationState, { name: 'RecommendationState' });
registerEnumType(WorkflowStatus, { name: 'WorkflowStatus' });

registerEnumType(CandidateKind, { name: 'CandidateKind', description: 'BENCH and ASSOCIATE are ours; CONTRACTORs augment; PERMANENT_SEEKERs are hired.' });
registerEnumType(Seniority, { name: 'Seniority', description: 'JUNIOR < MID < SENIOR < LEAD < PRINCIPAL.' });
registerEnumType(ConsentBasis, { name: 'ConsentBasis', description: 'The legal basis on which a candidate\'s data is held.' });
registerEnumType(RoleStatus, { name: 'RoleStatus' });
registerEnumType(StaffingPlanStatus, { name: 'StaffingPlanStatus', description: 'PENDING while the matching queue solves it → SOLVED → ACCEPTED, or FAILED (with the reason).' });
registerEnumType(MatchStage, { name: 'MatchStage', description: 'SUGGESTED → SHORTLISTED → SUBMITTED → INTERVIEWING → OFFERED → PLACED, or REJECTED / WITHDRAWN.' });
registerEnumType(Movement, { name: 'Movement', description: 'How a capability moved since the previous assessment: ROSE / FELL beyond the combined spread, WITHIN_NOISE, NO_BASELINE (new), NOT_SCORED.' });
registerEnumType(InterventionKind, { name: 'InterventionKind', description: 'OPTION (an accepted recommendation), PLACEMENT, DECISION.' });
registerEnumType(ShortlistAnswer, { name: 'ShortlistAnswer', description: "A client's answer to a shortlisted profile: INTERESTED (an interview, with slots), NOT_NOW or NO." });
registerEnumType(ShortlistReason, { name: 'ShortlistReason', description: 'Why a client answers "not now" or "no".' });

export {
  InterventionKind,
  Movement,
  ShortlistAnswer,
  ShortlistReason,
  CandidateKind,
  Disclosure,
  ConsentBasis,
  MatchStage,
  RoleStatus,
  Seniority,
  StaffingPlanStatus,
  GapStatus,
  RecommendationOption,
  RecommendationState,
  WorkflowStatus,
  AssessmentStatus,
  CapabilityNature,
  FrameworkStatus,
  InvitationStatus,
  QuestionType,
  RespondentRole,
  BudgetBand, EngagementStage, NeedHorizon, Reversibility, Role, SizeBand, Urgency };
