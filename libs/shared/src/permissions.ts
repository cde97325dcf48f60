import { wordList } from './labels.js';
import { Role } from './roles.js';

/**
 * Everything a resolver or an admin screen can require. The API guards and the admin's
 * `canAccess` both read ROLE_PERMISSIONS, so the two can never disagree.
 */
export const Permission = {
  USER_READ: 'user.read',
  USER_MANAGE: 'user.manage',
  /** Names and roles of staff and client users, for pickers (owners, linked users). */
  DIRECTORY_READ: 'directory.read',
  CLIENT_READ: 'client.read',
  CLIENT_MANAGE: 'client.manage',
  CONTACT_READ: 'contact.read',
  CONTACT_MANAGE: 'contact.manage',
  ENGAGEMENT_READ: 'engagement.read',
  ENGAGEMENT_MANAGE: 'engagement.manage',
  DECISION_READ: 'decision.read',
  DECISION_MANAGE: 'decision.manage',
  /** Capability frameworks, areas, capabilities, templates and questions. */
  FRAMEWORK_READ: 'framework.read',
  FRAMEWORK_MANAGE: 'framework.manage',
  /** Assessments of engagements and their invitations (never the answers of one person). */
  ASSESSMENT_READ: 'assessment.read',
  ASSESSMENT_MANAGE: 'assessment.manage',
  /** Answering the assessments one is invited to, signed in (the link needs no account). */
  ASSESSMENT_RESPOND: 'assessment.respond',
  /** A published assessment report: staff always, CLIENT users once published, for their client. */
  REPORT_READ: 'report.read',
  /** The CLIENT dashboard: their reports, invitations and engagements (always scoped to their client). */
  CLIENT_DASHBOARD_READ: 'dashboard.client',
  /** Roles: demand drafted from accepted options or created by hand. */
  ROLE_READ: 'role.read',
  ROLE_MANAGE: 'role.manage',
  /** The talent pool: candidates, their skills, notes and data-rights requests. */
  CANDIDATE_READ: 'candidate.read',
  CANDIDATE_MANAGE: 'candidate.manage',
  /** Ranked candidates for a role, stored matches, their pipeline and placements. */
  MATCH_READ: 'match.read',
  MATCH_MANAGE: 'match.manage',
  /** Shortlists: the redacted profiles of candidates submitted to a client (CLIENT users: their client's only). */
  SHORTLIST_READ: 'shortlist.read',
  /** Answering a shortlisted profile: request an interview, not now, or no. */
  SHORTLIST_ANSWER: 'shortlist.answer',
  /** The skill taxonomy. */
  SKILL_READ: 'skill.read',
  /** Queue counts and failed jobs, with retry. */
  QUEUE_ADMIN: 'queue.admin',
  /** The audit trail: who changed what, when. */
  AUDIT_READ: 'audit.read',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const ALL: readonly Permission[] = Object.values(Permission);

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.ADMIN]: ALL,
  [Role.CONSULTANT]: [
    Permission.DIRECTORY_READ,
    Permission.CLIENT_READ,
    Permission.CLIENT_MANAGE,
    Permission.CONTACT_READ,
    Permission.CONTACT_MANAGE,
    Permission.ENGAGEMENT_READ,
    Permission.ENGAGEMENT_MANAGE,
    Permission.DECISION_READ,
    Permission.DECISION_MANAGE,
    Permission.FRAMEWORK_READ,
    Permission.ASSESSMENT_READ,
    Permission.ASSESSMENT_MANAGE,
    Permission.REPORT_READ,
    Permission.ROLE_READ,
    Permission.ROLE_MANAGE,
    Permission.SKILL_READ,
    Permission.CANDIDATE_READ,
    Permission.MATCH_READ,
  ],
  [Role.RECRUITER]: [
    Permission.DIRECTORY_READ,
    Permission.CLIENT_READ,
    // "Submit to client" names the client's contacts who receive a profile.
    Permission.CONTACT_READ,
    Permission.ENGAGEMENT_READ,
    Permission.ROLE_READ,
    Permission.ROLE_MANAGE,
    Permission.SKILL_READ,
    Permission.CANDIDATE_READ,
    Permission.CANDIDATE_MANAGE,
    Permission.MATCH_READ,
    Permission.MATCH_MANAGE,
    // To see a shortlist as the client does.
    Permission.SHORTLIST_READ,
  ],
  // CLIENT users never see the talent pool.
  // CLIENT reads are further narrowed to their own client (and summary fields) by the API.
  [Role.CLIENT]: [
    Permission.CLIENT_READ,
    Permission.CONTACT_READ,
    Permission.ENGAGEMENT_READ,
    Permission.ASSESSMENT_RESPOND,
    Permission.REPORT_READ,
    Permission.CLIENT_DASHBOARD_READ,
    Permission.SHORTLIST_READ,
    Permission.SHORTLIST_ANSWER,
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** react-admin actions, grouped into what they need. */
export type ResourceAction = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export';

/** Resource (GraphQL type name) → permission to read it and to change it. */
export const RESOURCE_PERMISSIONS: Readonly<Record<string, { read: Permission; write: Permission }>> = {
  User: { read: Permission.USER_READ, write: Permission.USER_MANAGE },
  // Read-only: users are changed through User.
  UserSummary: { read: Permission.DIRECTORY_READ, write: Permission.USER_MANAGE },
  Client: { read: Permission.CLIENT_READ, write: Permission.CLIENT_MANAGE },
  Contact: { read: Permission.CONTACT_READ, write: Permission.CONTACT_MANAGE },
  Engagement: { read: Permission.ENGAGEMENT_READ, write: Permission.ENGAGEMENT_MANAGE },
  DecisionRecord: { read: Permission.DECISION_READ, write: Permission.DECISION_MANAGE },
  CapabilityFramework: { read: Permission.FRAMEWORK_READ, write: Permission.FRAMEWORK_MANAGE },
  CapabilityArea: { read: Permission.FRAMEWORK_READ, write: Permission.FRAMEWORK_MANAGE },
  Capability: { read: Permission.FRAMEWORK_READ, write: Permission.FRAMEWORK_MANAGE },
  AssessmentTemplate: { read: Permission.FRAMEWORK_READ, write: Permission.FRAMEWORK_MANAGE },
  Question: { read: Permission.FRAMEWORK_READ, write: Permission.FRAMEWORK_MANAGE },
  Assessment: { read: Permission.ASSESSMENT_READ, write: Permission.ASSESSMENT_MANAGE },
  Invitation: { read: Permission.ASSESSMENT_READ, write: Permission.ASSESSMENT_MANAGE },
  WorkflowRun: { read: Permission.ASSESSMENT_READ, write: Permission.ASSESSMENT_MANAGE },
  CapabilityScore: { read: Permission.ASSESSMENT_READ, write: Permission.ASSESSMENT_MANAGE },
  CapabilityGap: { read: Permission.ASSESSMENT_READ, write: Permission.ASSESSMENT_MANAGE },
  Recommendation: { read: Permission.ASSESSMENT_READ, write: Permission.ASSESSMENT_MANAGE },
  Role: { read: Permission.ROLE_READ, write: Permission.ROLE_MANAGE },
  Candidate: { read: Permission.CANDIDATE_READ, write: Permission.CANDIDATE_MANAGE },
  Match: { read: Permission.MATCH_READ, write: Permission.MATCH_MANAGE },
  // Read-only: a placement is made by moving a match to PLACED.
  Placement: { read: Permission.MATCH_READ, write: Permission.MATCH_MANAGE },
  StaffingPlan: { read: Permission.MATCH_READ, write: Permission.MATCH_MANAGE },
  // What the client sees of a submitted match; "edit" is answering it.
  ShortlistProfile: { read: Permission.SHORTLIST_READ, write: Permission.SHORTLIST_ANSWER },
  // Read-only: every change writes its own entry.
  AuditEvent: { read: Permission.AUDIT_READ, write: Permission.AUDIT_READ },
  Skill: { read: Permission.SKILL_READ, write: Permission.USER_MANAGE },
};

export function canAccessResource(role: Role, resource: string, action: string): boolean {
  const perms = RESOURCE_PERMISSIONS[resource];
  if (!perms) return false;
  const readOnly = action === 'list' || action === 'show' || action === 'export';
  return hasPermission(role, readOnly ? perms.read : perms.write);
}

/** What each permission lets a person do, in words ("manage users"): error messages never show the key. */
export const PERMISSION_ACTIONS: Readonly<Record<Permission, string>> = {
  [Permission.USER_READ]: 'see user accounts',
  [Permission.USER_MANAGE]: 'manage user accounts',
  [Permission.DIRECTORY_READ]: 'see the staff directory',
  [Permission.CLIENT_READ]: 'see clients',
  [Permission.CLIENT_MANAGE]: 'change clients',
  [Permission.CONTACT_READ]: 'see contacts',
  [Permission.CONTACT_MANAGE]: 'change contacts',
  [Permission.ENGAGEMENT_READ]: 'see engagements',
  [Permission.ENGAGEMENT_MANAGE]: 'change engagements',
  [Permission.DECISION_READ]: 'see decisions',
  [Permission.DECISION_MANAGE]: 'record or change decisions',
  [Permission.FRAMEWORK_READ]: 'see capability frameworks',
  [Permission.FRAMEWORK_MANAGE]: 'change capability frameworks',
  [Permission.ASSESSMENT_READ]: 'see assessments',
  [Permission.ASSESSMENT_MANAGE]: 'change assessments',
  [Permission.ASSESSMENT_RESPOND]: 'answer assessments',
  [Permission.REPORT_READ]: 'read reports',
  [Permission.ROLE_READ]: 'see roles',
  [Permission.ROLE_MANAGE]: 'change roles',
  [Permission.CANDIDATE_READ]: 'see candidates',
  [Permission.CANDIDATE_MANAGE]: 'change candidates',
  [Permission.MATCH_READ]: 'see matches',
  [Permission.MATCH_MANAGE]: 'move candidates through the pipeline',
  [Permission.SHORTLIST_READ]: 'see shortlists',
  [Permission.SHORTLIST_ANSWER]: 'answer shortlisted candidates',
  [Permission.SKILL_READ]: 'see the skill taxonomy',
  [Permission.CLIENT_DASHBOARD_READ]: 'see the client dashboard',
  [Permission.QUEUE_ADMIN]: 'see or retry background jobs',
  [Permission.AUDIT_READ]: 'read the audit trail',
};

/** The refusal a person reads when their role lacks permissions: "As a Consultant you cannot manage user accounts." */
export function forbiddenMessage(roleLabel: string, missing: readonly Permission[]): string {
  const actions = missing.map((p) => PERMISSION_ACTIONS[p]);
  const article = /^[AEIOU]/i.test(roleLabel) ? 'an' : 'a';
  return `As ${article} ${roleLabel} you cannot ${wordList(actions)}: ask an administrator if you need to.`;
}
