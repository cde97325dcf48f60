import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentStatus, RespondentRole } from '../../../core/graphql/enums.js';
import { RoleScoreType } from './gap.types.js';

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

@ObjectType('ReportHeatmapRow')
export class ReportHeatmapRowType {
  @Field(() => ID)
  capabilityId!: string;

  @Field()
  capabilityName!: string;

  @Field()
  areaName!: string;

  @Field(() => [RoleScoreType], { description: 'One cell per heatmap role, in the same order.' })
  cells!: RoleScoreType[];
}

@ObjectType('ReportHeatmap', { description: 'Capabilities by respondent role: where seats disagree.' })
export class ReportHeatmapType {
  @Field(() => [RespondentRole])
  roles!: RespondentRole[];

  @Field(() => [ReportHeatmapRowType])
  rows!: ReportHeatmapRowType[];
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

  @Field(() => ReportHeatmapType)
  heatmap!: ReportHeatmapType;
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
