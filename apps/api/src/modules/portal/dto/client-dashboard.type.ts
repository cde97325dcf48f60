import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EngagementStage } from '../../../core/graphql/enums.js';
import { MyInvitationType } from '../../assessment/dto/respond.type.js';
import { PublishedReportType } from '../../report/dto/report.type.js';

@ObjectType('ClientEngagementSummary', { description: 'An engagement as the client reads it on their dashboard.' })
export class ClientEngagementSummaryType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => EngagementStage)
  stage!: EngagementStage;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endDate!: string | null;

  @Field()
  updatedAt!: Date;
}

@ObjectType('ClientDashboard', { description: "What matters to a client user, always for their own client: published reports, their invitations, their engagements." })
export class ClientDashboardType {
  @Field(() => [PublishedReportType], { description: 'Newest first.' })
  reports!: PublishedReportType[];

  @Field(() => [MyInvitationType], { description: "The reader's own invitations, latest due date first." })
  invitations!: MyInvitationType[];

  @Field(() => [ClientEngagementSummaryType], { description: 'The 20 most recently changed.' })
  engagements!: ClientEngagementSummaryType[];
}
