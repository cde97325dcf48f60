import { AuditEvent } from '../audit/audit-event.entity.js';
import { PasswordToken } from '../auth/password-token.entity.js';
import { RefreshToken } from '../auth/refresh-token.entity.js';
import { IdempotencyKey } from '../idempotency/idempotency-key.entity.js';
import { OutboxEvent } from '../queue/outbox-event.entity.js';
import { Assessment, AssessmentTarget, Invitation, InvitationToken, Response } from '../../modules/assessment/assessment.entities.js';
import { Candidate, CandidateNote, CandidateSkill } from '../../modules/candidate/candidate.entities.js';
import { Match, MatchStageChange, Placement } from '../../modules/matching/match.entities.js';
import { Client } from '../../modules/client/client.entity.js';
import { Contact } from '../../modules/contact/contact.entity.js';
import { DecisionRecord } from '../../modules/decision/decision-record.entity.js';
import { EngagementStageChange } from '../../modules/engagement/engagement-stage-change.entity.js';
import { Engagement } from '../../modules/engagement/engagement.entity.js';
import { AssessmentTemplate, Capability, CapabilityArea, CapabilityFramework, Question } from '../../modules/framework/framework.entities.js';
import { AssessmentReport, CapabilityGap, CapabilityScore, Recommendation } from '../../modules/gap/gap.entities.js';
import { Notification } from '../../modules/inbox/notification.entity.js';
import { Role } from '../../modules/role/role.entity.js';
import { Skill } from '../../modules/skill/skill.entity.js';
import { User } from '../../modules/user/user.entity.js';
import { WorkflowRun } from '../../modules/workflow/workflow-run.entity.js';

/** Every TypeORM entity. Listed explicitly: ESM builds cannot rely on glob loading. */
export const entities = [
  Candidate,
  CandidateSkill,
  CandidateNote,
  Match,
  MatchStageChange,
  Placement,
  Skill,
  WorkflowRun,
  CapabilityScore,
  CapabilityGap,
  Recommendation,
  AssessmentReport,
  Role,
  Notification,
  CapabilityFramework,
  CapabilityArea,
  Capability,
  AssessmentTemplate,
  Question,
  Assessment,
  AssessmentTarget,
  Invitation,
  InvitationToken,
  Response,
  Client, Contact, DecisionRecord, Engagement, EngagementStageChange, User, RefreshToken, PasswordToken, OutboxEvent, AuditEvent, IdempotencyKey];
