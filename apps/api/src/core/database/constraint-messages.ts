/**
 * What each constraint of the migrations means, in words a caller can act on. The error formatter
 * answers with these instead of PostgreSQL's text (which names constraints, tables and columns).
 * A test checks that every unique, foreign-key and check constraint of the migrations is here.
 */

/** Unique constraints and indexes (and composite primary keys a caller can clash on): CONFLICT. */
export const UNIQUE_MESSAGES: Readonly<Record<string, string>> = {
  UQ_app_user_email: 'A user with this e-mail already exists.',
  UQ_refresh_token_hash: 'This session token already exists: sign in again.',
  UQ_password_token_hash: 'This password link already exists: ask for a new one.',
  UQ_contact_client_email: 'This client already has a contact with this e-mail.',
  UQ_contact_user: 'This user is already the contact of a client: a user can be one contact only.',
  UQ_idempotency_key_user_key: 'This idempotency key was already used for another request: send a new key.',
  UQ_capability_framework_name_version: 'A framework with this name and version already exists: choose another name.',
  UQ_capability_area_framework_key: 'This framework already has an area with this key: choose another key.',
  UQ_capability_framework_key: 'This framework already has a capability with this key: choose another key.',
  UQ_assessment_template_framework_name: 'This framework already has a questionnaire with this name: choose another name.',
  UQ_question_template_key: 'This questionnaire already has a question with this key: choose another key.',
  UQ_invitation_assessment_email: 'This e-mail address is already invited to this assessment.',
  UQ_invitation_token_hash: 'This invitation link already exists: send the invitation again.',
  UQ_response_invitation: 'This invitation already has a response.',
  UQ_capability_score_assessment_capability: 'This assessment already has a score for this capability.',
  UQ_capability_gap_assessment_capability: 'This assessment already has a gap for this capability.',
  UQ_recommendation_gap_option: 'This gap already has a recommendation of this option.',
  UQ_notification_user_source: 'This notification was already sent to this user.',
  UQ_skill_name: 'A skill with this name already exists.',
  UQ_skill_no: 'A skill with this number already exists.',
  UQ_candidate_skill: 'The candidate already has this skill: list each skill once.',
  UQ_match_role_candidate: 'This candidate is already matched to this role.',
  UQ_assessment_reassess_period: 'This period already has its re-assessment.',
  UQ_match_role_alias: 'Another candidate of this role already has this alias: submit again.',
  UQ_placement_match: 'This match already has a placement.',
  PK_assessment_target: 'This assessment already has a target for this capability: list each capability once.',
  PK_assessment_report: 'This assessment already has a report.',
};

/**
 * Foreign keys: [the record referred to, the records referring to it]. A write naming a missing
 * record answers "The client does not exist…"; a delete of a record still referred to answers
 * "The client still has engagements…" (only RESTRICT keys refuse deletes).
 */
export const FOREIGN_KEY_SUBJECTS: Readonly<Record<string, readonly [string, string]>> = {
  FK_app_user_client: ['client', 'users'],
  FK_refresh_token_user: ['user', 'sessions'],
  FK_password_token_user: ['user', 'password links'],
  FK_contact_client: ['client', 'contacts'],
  FK_contact_user: ['user', 'a contact'],
  FK_engagement_client: ['client', 'engagements'],
  FK_engagement_owner: ['user', 'engagements they own'],
  FK_engagement_stage_change_engagement: ['engagement', 'stage changes'],
  FK_engagement_stage_change_user: ['user', 'stage changes'],
  FK_decision_record_client: ['client', 'decision records'],
  FK_decision_record_engagement: ['engagement', 'decision records'],
  FK_decision_record_decided_by: ['user', 'decision records'],
  FK_idempotency_key_user: ['user', 'idempotency keys'],
  FK_capability_area_framework: ['framework', 'areas'],
  FK_capability_framework: ['framework', 'capabilities'],
  FK_capability_area: ['capability area', 'capabilities'],
  FK_assessment_template_framework: ['framework', 'questionnaires'],
  FK_question_template: ['questionnaire', 'questions'],
  FK_question_capability: ['capability', 'questions'],
  FK_assessment_client: ['client', 'assessments'],
  FK_assessment_engagement: ['engagement', 'assessments'],
  FK_assessment_template: ['questionnaire', 'assessments'],
  FK_assessment_previous: ['assessment', 're-assessments'],
  FK_assessment_baseline: ['assessment', 're-assessments'],
  FK_assessment_target_assessment: ['assessment', 'targets'],
  FK_assessment_target_capability: ['capability', 'assessment targets'],
  FK_invitation_client: ['client', 'invitations'],
  FK_invitation_assessment: ['assessment', 'invitations'],
  FK_invitation_contact: ['contact', 'invitations'],
  FK_invitation_token_invitation: ['invitation', 'links'],
  FK_response_client: ['client', 'responses'],
  FK_response_invitation: ['invitation', 'a response'],
  FK_capability_score_assessment: ['assessment', 'scores'],
  FK_capability_score_capability: ['capability', 'scores'],
  FK_capability_gap_assessment: ['assessment', 'gaps'],
  FK_capability_gap_capability: ['capability', 'gaps'],
  FK_recommendation_gap: ['gap', 'recommendations'],
  FK_recommendation_assessment: ['assessment', 'recommendations'],
  FK_recommendation_decided_by: ['user', 'recommendation decisions'],
  FK_recommendation_decision: ['decision record', 'recommendations'],
  FK_assessment_report_assessment: ['assessment', 'a report'],
  FK_role_engagement: ['engagement', 'roles'],
  FK_role_gap: ['gap', 'roles'],
  FK_role_recommendation: ['recommendation', 'roles'],
  FK_notification_user: ['user', 'notifications'],
  FK_candidate_skill_candidate: ['candidate', 'skills'],
  FK_candidate_skill_skill: ['skill', 'candidates holding it'],
  FK_candidate_match_candidate: ['candidate', 'a matching profile'],
  FK_candidate_note_candidate: ['candidate', 'notes'],
  FK_candidate_note_author: ['author', 'notes'],
  FK_match_role: ['role', 'matches'],
  FK_match_client_answered_by: ['user', 'shortlist answers'],
  FK_match_candidate: ['candidate', 'matches'],
  FK_match_stage_change_match: ['match', 'stage changes'],
  FK_match_stage_change_user: ['user', 'match stage changes'],
  FK_placement_match: ['match', 'a placement'],
  FK_placement_role: ['role', 'placements'],
  FK_staffing_plan_created_by: ['user', 'staffing plans'],
  FK_staffing_plan_accepted_by: ['user', 'staffing plans'],
  FK_placement_candidate: ['candidate', 'placements'],
};

const oneOf = (what: string) => `${what} is not one of the allowed values.`;

/** Check constraints: the rule a value broke (BAD_USER_INPUT). */
export const CHECK_MESSAGES: Readonly<Record<string, string>> = {
  CHK_client_name: 'The client name must not be empty.',
  CHK_client_size_band: oneOf('The size band'),
  CHK_client_core_hours: 'Core hours need both ends as HH:MM, the start before the end.',
  CHK_app_user_role: oneOf('The role'),
  CHK_app_user_email_lower: 'The e-mail address must be lower-case.',
  CHK_app_user_client_only_for_client_role: 'Client users belong to a client, and other users to none.',
  CHK_contact_name: 'The contact name must not be empty.',
  CHK_contact_email_lower: 'The e-mail address must be lower-case.',
  CHK_engagement_title: 'The engagement title must not be empty.',
  CHK_engagement_business_need: 'The business need must not be empty.',
  CHK_engagement_stage: oneOf('The stage'),
  CHK_engagement_horizon: oneOf('The horizon'),
  CHK_engagement_urgency: oneOf('The urgency'),
  CHK_engagement_budget_band: oneOf('The budget band'),
  CHK_engagement_dates: 'The end date must not be before the start date.',
  CHK_engagement_reassess_every: 'Re-assess every 7 to 730 days.',
  CHK_decision_record_title: 'The decision title must not be empty.',
  CHK_decision_record_reversibility: oneOf('The reversibility'),
  CHK_capability_framework_status: oneOf('The framework status'),
  CHK_capability_framework_version: 'The framework version must be 1 or more.',
  CHK_capability_nature: oneOf('The capability nature'),
  CHK_capability_levels: 'A capability has exactly five level descriptors.',
  CHK_capability_weight: 'The weight must be more than 0.',
  CHK_capability_default_target: 'The default target must be a level from 1 to 5.',
  CHK_question_type: oneOf('The question type'),
  CHK_question_weight: 'The weight must be more than 0.',
  CHK_assessment_status: oneOf('The assessment status'),
  CHK_assessment_min_respondents: 'The minimum number of respondents must be from 1 to 500.',
  CHK_assessment_anonymity_threshold: 'The anonymity threshold must be a whole number from 2 to 20.',
  CHK_assessment_target_level: 'A target must be a level from 1 to 5.',
  CHK_invitation_status: oneOf('The invitation status'),
  CHK_invitation_role: oneOf('The respondent role'),
  CHK_workflow_run_status: oneOf('The workflow status'),
  CHK_workflow_run_progress: 'Progress must be from 0 to 100.',
  CHK_capability_gap_status: oneOf('The gap status'),
  CHK_capability_gap_size: 'A gap must be larger than 0.',
  CHK_recommendation_option: oneOf('The option'),
  CHK_recommendation_state: oneOf('The recommendation state'),
  CHK_recommendation_score: 'A recommendation score must be from 0 to 100.',
  CHK_role_option: oneOf('The option type'),
  CHK_role_status: oneOf('The role status'),
  CHK_role_allocation: 'The allocation must be from 1 to 100.',
  CHK_role_seniority: oneOf('The seniority'),
  CHK_role_overlap: 'The overlap must be from 0 to 8 hours.',
  CHK_role_budget: 'The budget minimum must not be above the maximum.',
  CHK_skill_category: oneOf('The skill category'),
  CHK_candidate_kind: oneOf('The candidate kind'),
  CHK_candidate_seniority: oneOf('The seniority'),
  CHK_candidate_allocation: 'The allocation must be from 0 to 100.',
  CHK_candidate_rates: 'Rates and salaries must not be negative.',
  CHK_candidate_consent_basis: oneOf('The consent basis'),
  CHK_candidate_skill_level: 'A skill level must be from 1 to 5.',
  CHK_match_stage: oneOf('The match stage'),
  CHK_match_client_answer: oneOf('The answer'),
  CHK_match_client_reason: oneOf('The reason'),
  CHK_placement_dates: 'The placement end date must not be before its start date.',
  CHK_placement_rate: 'The placement rate must not be negative.',
  CHK_staffing_plan_status: oneOf('The staffing plan status'),
};

/** Table names as a caller would say them (for messages built from PostgreSQL's detail). */
const TABLE_WORDS: Readonly<Record<string, string>> = {
  app_user: 'user',
  capability_framework: 'framework',
  assessment_template: 'questionnaire',
  invitation_token: 'invitation link',
  password_token: 'password link',
  refresh_token: 'session',
  outbox_event: 'background task',
  audit_event: 'audit entry',
};

/** `app_user` → "user", `decision_record` → "decision record", `clientId` → "client id". */
export function inWords(identifier: string): string {
  return (
    TABLE_WORDS[identifier] ??
    identifier
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .toLowerCase()
  );
}
