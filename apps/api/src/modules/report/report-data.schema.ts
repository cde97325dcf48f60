import { DISCLOSURES, RESPONDENT_ROLES, type AssessmentReportData } from '@orchestra/shared';
import { z } from 'zod';

/**
 * The shared report contract (`AssessmentReportData`, libs/shared) as a runtime check: the render
 * step parses what it wrote before storing it, so a stored report always has the shape the
 * readers' types promise. `satisfies` keeps this schema and the shared type in step.
 */
const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);
const seat = oneOf(RESPONDENT_ROLES);
const level = z.number().min(1).max(5).nullable();

const heatmap = z.object({
  columns: z.array(z.object({ key: z.string(), label: z.string(), seats: z.array(seat), respondents: z.number().int().min(0), identifiable: z.boolean() })),
  rows: z.array(
    z.object({
      capabilityId: z.uuid(),
      capabilityName: z.string(),
      areaName: z.string(),
      cells: z.array(z.object({ column: z.string(), current: level, respondents: z.number().int().min(0) })),
    }),
  ),
});

export const assessmentReportData = z.object({
  summary: z.object({
    invited: z.number().int().min(0),
    submitted: z.number().int().min(0),
    capabilities: z.number().int().min(0),
    scored: z.number().int().min(0),
    gaps: z.number().int().min(0),
    worstSeverity: z.number().min(0),
    overallCurrent: level,
    overallTarget: level,
  }),
  areas: z.array(z.object({ areaId: z.uuid(), name: z.string(), current: level, target: level })),
  heatmap,
  clientHeatmap: heatmap,
  disclosure: z.object({
    threshold: z.number().int().min(2),
    seats: z.array(z.object({ respondentRole: seat, respondents: z.number().int().min(0), outcome: oneOf(DISCLOSURES), reason: z.string() })),
    groups: z.array(z.object({ key: z.string(), label: z.string(), seats: z.array(seat), respondents: z.number().int().min(0) })),
    publishable: z.boolean(),
    summary: z.string(),
    clientSummary: z.string(),
  }),
}) satisfies z.ZodType<AssessmentReportData>;
