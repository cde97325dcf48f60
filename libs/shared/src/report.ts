/**
 * The rendered assessment report (stored as JSON by the finalise flow's render step, read by the
 * report query): the typed contract both sides share.
 */
import type { DisclosurePlan } from './anonymity.js';
import type { RespondentRole } from './assessment.js';

export interface ReportSummaryData {
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

export interface ReportAreaData {
  areaId: string;
  name: string;
  current: number | null;
  target: number | null;
}

/** A heatmap column: one seat (staff report) or one disclosure group (what the client reads). */
export interface ReportHeatmapColumnData {
  key: string;
  label: string;
  seats: RespondentRole[];
  respondents: number;
  /** Fewer than k respondents: staff only, never published. */
  identifiable: boolean;
}

export interface ReportHeatmapCellData {
  column: string;
  current: number | null;
  /** Respondents of the column with a value on the capability. */
  respondents: number;
}

export interface ReportHeatmapRowData {
  capabilityId: string;
  capabilityName: string;
  areaName: string;
  /** One cell per column, in the same order. */
  cells: ReportHeatmapCellData[];
}

export interface ReportHeatmapData {
  columns: ReportHeatmapColumnData[];
  rows: ReportHeatmapRowData[];
}

export interface AssessmentReportData {
  summary: ReportSummaryData;
  areas: ReportAreaData[];
  /** Every seat, small ones marked identifiable: for staff only. */
  heatmap: ReportHeatmapData;
  /** The breakdown the client reads: the disclosure groups only. */
  clientHeatmap: ReportHeatmapData;
  disclosure: DisclosurePlan;
}
