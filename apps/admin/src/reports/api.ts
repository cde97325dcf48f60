import type { AssessmentStatus, CapabilityNature, Disclosure, GapStatus, RecommendationOption, RecommendationState, RespondentRole } from '@orchestra/shared';
import { signedInGql } from '../providers/signedInGql';

// The report's operations (apps/api/schema.gql), outside react-admin's CRUD grammar.

export interface ReportSummary {
  invited: number;
  submitted: number;
  capabilities: number;
  /** Capabilities with at least one valued answer. */
  scored: number;
  gaps: number;
  worstSeverity: number;
  overallCurrent: number | null;
  overallTarget: number | null;
}

export interface ReportArea {
  areaId: string;
  name: string;
  current: number | null;
  target: number | null;
}

/** One seat (staff) or one group of seats the client may read ("Other roles"). */
export interface HeatmapColumn {
  key: string;
  label: string;
  seats: RespondentRole[];
  respondents: number;
  /** Fewer respondents than the threshold: staff only, never published. */
  identifiable: boolean;
}

export interface HeatmapCell {
  column: string;
  current: number | null;
  respondents: number;
}

export interface HeatmapRow {
  capabilityId: string;
  capabilityName: string;
  areaName: string;
  /** One cell per column, in the same order. */
  cells: HeatmapCell[];
}

export interface ReportHeatmap {
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
}

export interface SeatDisclosure {
  respondentRole: RespondentRole;
  respondents: number;
  outcome: Disclosure;
  reason: string;
}

export interface ReportDisclosure {
  threshold: number;
  publishable: boolean;
  summary: string;
  /** Staff only (empty for client users). */
  seats: SeatDisclosure[];
}

export interface GapEvidence {
  questionId: string;
  prompt: string;
  /** Null for client users. */
  respondentRole: RespondentRole | null;
  value: number | null;
  answer: string;
  quote: string | null;
}

export interface Reason {
  code: string;
  sentence: string;
  inputs: { name: string; value: string | null }[];
}

export interface Recommendation {
  id: string;
  option: RecommendationOption;
  /** 0–100 */
  score: number;
  /** 1 is the best option for the gap. */
  rank: number;
  state: RecommendationState;
  rulesetVersion: string;
  reasons: Reason[];
  decisionNote: string | null;
  decidedAt: string | null;
}

export interface ReportGap {
  id: string;
  current: number;
  target: number;
  size: number;
  severity: number;
  status: GapStatus;
  capability: { id: string; key: string; name: string; nature: CapabilityNature };
  evidence: GapEvidence[];
  /** Every option for the gap, best first. */
  recommendations: Recommendation[];
}

export interface AssessmentReport {
  assessmentId: string;
  title: string;
  status: AssessmentStatus;
  clientName: string;
  engagementTitle: string;
  scoredAt: string | null;
  publishedAt: string | null;
  renderedAt: string;
  summary: ReportSummary;
  areas: ReportArea[];
  /** Staff: every seat; client users: the same as clientHeatmap. */
  heatmap: ReportHeatmap;
  clientHeatmap: ReportHeatmap;
  disclosure: ReportDisclosure;
  /** Worst first. */
  gaps: ReportGap[];
}

export interface PublishedReport {
  assessmentId: string;
  title: string;
  engagementTitle: string;
  publishedAt: string;
}

const HEATMAP = 'columns { key label seats respondents identifiable } rows { capabilityId capabilityName areaName cells { column current respondents } }';
const DISCLOSURE = 'threshold publishable summary seats { respondentRole respondents outcome reason }';
const RECOMMENDATION = 'id option score rank state rulesetVersion reasons { code sentence inputs { name value } } decisionNote decidedAt';

const ASSESSMENT_REPORT = `query AssessmentReport($assessmentId: ID!) {
  assessmentReport(assessmentId: $assessmentId) {
    assessmentId title status clientName engagementTitle scoredAt publishedAt renderedAt
    summary { invited submitted capabilities scored gaps worstSeverity overallCurrent overallTarget }
    areas { areaId name current target }
    heatmap { ${HEATMAP} }
    clientHeatmap { ${HEATMAP} }
    disclosure { ${DISCLOSURE} }
    gaps {
      id current target size severity status
      capability { id key name nature }
      evidence { questionId prompt respondentRole value answer quote }
      recommendations { ${RECOMMENDATION} }
    }
  }
}`;

const REPORT_DISCLOSURE = `query ReportDisclosure($assessmentId: ID!) { assessmentReport(assessmentId: $assessmentId) { assessmentId disclosure { ${DISCLOSURE} } } }`;

const PUBLISHED_REPORTS = `query PublishedReports { publishedReports { assessmentId title engagementTitle publishedAt } }`;

const ACCEPT = `mutation AcceptRecommendation($id: ID!, $note: String, $idempotencyKey: String) {
  acceptRecommendation(id: $id, note: $note, idempotencyKey: $idempotencyKey) { id state decisionNote decidedAt } }`;
const REJECT = `mutation RejectRecommendation($id: ID!, $reason: String!, $idempotencyKey: String) {
  rejectRecommendation(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { id state decisionNote decidedAt } }`;
const OVERRIDE = `mutation OverrideRecommendation($gapId: ID!, $option: RecommendationOption!, $reason: String!, $idempotencyKey: String) {
  overrideRecommendation(gapId: $gapId, option: $option, reason: $reason, idempotencyKey: $idempotencyKey) { id state decisionNote decidedAt } }`;

export const reportQueryKey = (assessmentId: string) => ['assessmentReport', assessmentId] as const;

export async function fetchReport(assessmentId: string): Promise<AssessmentReport> {
  return (await signedInGql<{ assessmentReport: AssessmentReport }>(ASSESSMENT_REPORT, { assessmentId })).assessmentReport;
}

/** What the anonymity rule does to the report, for the publish confirmation. */
export async function fetchDisclosure(assessmentId: string): Promise<ReportDisclosure> {
  return (await signedInGql<{ assessmentReport: { disclosure: ReportDisclosure } }>(REPORT_DISCLOSURE, { assessmentId })).assessmentReport.disclosure;
}

export async function fetchPublishedReports(): Promise<PublishedReport[]> {
  return (await signedInGql<{ publishedReports: PublishedReport[] }>(PUBLISHED_REPORTS)).publishedReports;
}

type Decided = Pick<Recommendation, 'id' | 'state' | 'decisionNote' | 'decidedAt'>;

export async function acceptRecommendation(args: { id: string; note: string | null; idempotencyKey: string }): Promise<Decided> {
  return (await signedInGql<{ acceptRecommendation: Decided }>(ACCEPT, args)).acceptRecommendation;
}

export async function rejectRecommendation(args: { id: string; reason: string; idempotencyKey: string }): Promise<Decided> {
  return (await signedInGql<{ rejectRecommendation: Decided }>(REJECT, args)).rejectRecommendation;
}

export async function overrideRecommendation(args: { gapId: string; option: RecommendationOption; reason: string; idempotencyKey: string }): Promise<Decided> {
  return (await signedInGql<{ overrideRecommendation: Decided }>(OVERRIDE, args)).overrideRecommendation;
}
