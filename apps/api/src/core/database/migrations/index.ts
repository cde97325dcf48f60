import { Foundation1764000000000 } from './1764000000000-foundation.js';
import { ClientProfileAndContacts1764100000000 } from './1764100000000-client-profile-and-contacts.js';
import { Engagements1764200000000 } from './1764200000000-engagements.js';
import { DecisionRecords1764300000000 } from './1764300000000-decision-records.js';
import { EngagementSortRanks1764400000000 } from './1764400000000-engagement-sort-ranks.js';
import { IdempotencyKeys1764500000000 } from './1764500000000-idempotency-keys.js';
import { CapabilityAssessments1764600000000 } from './1764600000000-capability-assessments.js';
import { FinaliseWorkflow1764700000000 } from './1764700000000-finalise-workflow.js';
import { Skills1764800000000 } from './1764800000000-skills.js';
import { TalentPool1764900000000 } from './1764900000000-talent-pool.js';
import { AnonymityThreshold1765000000000 } from './1765000000000-anonymity-threshold.js';
import { OutboxNotify1766200000000 } from './1766200000000-outbox-notify.js';
import { CandidateMatch1766300000000 } from './1766300000000-candidate-match.js';
import { RoleDraftStatus1766400000000 } from './1766400000000-role-draft-status.js';
import { NoteToClient1766410000000 } from './1766410000000-note-to-client.js';
import { MatchSubmission1766420000000 } from './1766420000000-match-submission.js';
import { StaffingPlan1766600000000 } from './1766600000000-staffing-plan.js';
import { TeamMemberRole1766610000000 } from './1766610000000-team-member-role.js';
import { AuditChanges1766710000000 } from './1766710000000-audit-changes.js';
import { ClientShortlists1766720000000 } from './1766720000000-client-shortlists.js';
import { Reassessment1766730000000 } from './1766730000000-reassessment.js';
import { LargeJsonLz41766740000000 } from './1766740000000-large-json-lz4.js';
import { GapEvidenceByQuestion1766750000000 } from './1766750000000-gap-evidence-by-question.js';

/** Every migration, oldest first. Listed explicitly: ESM builds cannot rely on glob loading. */
export const migrations = [
  Foundation1764000000000,
  ClientProfileAndContacts1764100000000,
  Engagements1764200000000,
  DecisionRecords1764300000000,
  EngagementSortRanks1764400000000,
  IdempotencyKeys1764500000000,
  CapabilityAssessments1764600000000,
  FinaliseWorkflow1764700000000,
  Skills1764800000000,
  TalentPool1764900000000,
  AnonymityThreshold1765000000000,
  OutboxNotify1766200000000,
  CandidateMatch1766300000000,
  RoleDraftStatus1766400000000,
  NoteToClient1766410000000,
  MatchSubmission1766420000000,
  StaffingPlan1766600000000,
  TeamMemberRole1766610000000,
  AuditChanges1766710000000,
  ClientShortlists1766720000000,
  Reassessment1766730000000,
  LargeJsonLz41766740000000,
  GapEvidenceByQuestion1766750000000,
];
