import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentStatus, Disclosure, RespondentRole } from '../../../core/graphql/enums.js';

@ObjectType('ReportSummary')
export class ReportSummaryType {
  @Field(() => Int)
  invited!: number;

  @Field(() => Int)
  submitted!: number;

  @Field(() => Int)
  capabilities!: number;

  @Field(() => Int, { description: 'Capabilities with at least one valued answer.' })
  scored!: number;

  @Field(() => Int)
  gaps!: number;

  @Field(() => Float)
  worstSeverity!: number;

  @Field(() => Float, { nullable: true })
  overallCurrent!: number | null;

  @Field(() => Float, { nullable: true })
  overallTarget!: number | null;
}

@ObjectType('ReportArea', { description: 'An area of the radar chart: mean current vs mean target of its capabilities.' })
export class ReportAreaType {
  @Field(() => ID)
  areaId!: string;

  @Field()
  name!: string;

  @Field(() => Float, { nullable: true })
  current!: number | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;
}

@ObjectType('ReportHeatmapColumn', { description: 'One seat (staff) or one group of seats the client may read ("Other roles").' })
export class ReportHeatmapColumnType {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => [RespondentRole])
  seats!: RespondentRole[];

  @Field(() => Int)
  respondents!: number;

  @Field({ description: 'Fewer respondents than the anonymity threshold: shown to staff only, never published.' })
  identifiable!: boolean;
}

@ObjectType('ReportHeatmapCell')
export class ReportHeatmapCellType {
  @Field({ description: "The column's key." })
  column!: string;

  @Field(() => Float, { nullable: true })
  current!: number | null;

  @Field(() => Int, { description: "Respondents of the column with a value on the capability." })
  respondents!: number;
}

@ObjectType('ReportHeatmapRow')
export class ReportHeatmapRowType {
  @Field(() => ID)
  capabilityId!: string;

  @Field()
  capabilityName!: string;

  @Field()
  areaName!: string;

  @Field(() => [ReportHeatmapCellType], { description: 'One cell per column, in the same order.' })
  cells!: ReportHeatmapCellType[];
}

@ObjectType('ReportHeatmap', { description: 'Capabilities by respondent seat: where seats disagree.' })
export class ReportHeatmapType {
  @Field(() => [ReportHeatmapColumnType])
  columns!: ReportHeatmapColumnType[];

  @Field(() => [ReportHeatmapRowType])
  rows!: ReportHeatmapRowType[];
}

@ObjectType('SeatDisclosure', { description: 'What happens to one seat in what the client reads, and why.' })
export class SeatDisclosureType {
  @Field(() => RespondentRole)
  respondentRole!: RespondentRole;

  @Field(() => Int)
  respondents!: number;

  @Field(() => Disclosure)
  outcome!: Disclosure;

  @Field()
  reason!: string;
}

@ObjectType('ReportDisclosure', { description: 'The anonymity rule applied to this report (k = the threshold).' })
export class ReportDisclosureType {
  @Field(() => Int)
  threshold!: number;

  @Field({ description: 'False when fewer than k people answered in all: the report cannot be published.' })
  publishable!: boolean;

  @Field()
  summary!: string;

  @Field(() => [SeatDisclosureType], { description: 'Per seat, for staff; empty for client users.' })
  seats!: SeatDisclosureType[];
}

@ObjectType('AssessmentReport')
export class AssessmentReportType {
  @Field(() => ID)
  assessmentId!: string;

  @Field()
  title!: string;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field()
  clientName!: string;

  @Field()
  engagementTitle!: string;

  @Field(() => Date, { nullable: true })
  scoredAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field()
  renderedAt!: Date;

  @Field(() => ReportSummaryType)
  summary!: ReportSummaryType;

  @Field(() => [ReportAreaType])
  areas!: ReportAreaType[];

  @Field(() => ReportHeatmapType, { description: 'Staff: every seat, small ones marked identifiable. Client users: the same as clientHeatmap.' })
  heatmap!: ReportHeatmapType;

  @Field(() => ReportHeatmapType, { description: 'The breakdown the client reads: seats of at least k, and "Other roles".' })
  clientHeatmap!: ReportHeatmapType;

  @Field(() => ReportDisclosureType)
  disclosure!: ReportDisclosureType;
}

@ObjectType('PublishedReport', { description: "A report a client user may read (their client's, published)." })
export class PublishedReportType {
  @Field(() => ID)
  assessmentId!: string;

  @Field()
  title!: string;

  @Field()
  engagementTitle!: string;

  @Field()
  publishedAt!: Date;
}

@ObjectType('TrendPoint')
export class TrendPointType {
  @Field(() => ID)
  assessmentId!: string;

  @Field()
  title!: string;

  @Field(() => Date, { nullable: true })
  scoredAt!: Date | null;

  @Field(() => Float, { nullable: true })
  current!: number | null;

  @Field(() => Int)
  target!: number;
}

@ObjectType('CapabilityTrend', { description: "One capability across an engagement's scored assessments, oldest first." })
export class CapabilityTrendType {
  @Field()
  capabilityKey!: string;

  @Field()
  capabilityName!: string;

  @Field()
  areaName!: string;

  @Field(() => [TrendPointType])
  points!: TrendPointType[];
}

@ObjectType('ReportRecipient', { description: 'A CLIENT user told when the report is published (in the app and by e-mail).' })
export class ReportRecipientType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;
}
