import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GapStatus, RecommendationOption, RecommendationState, RespondentRole } from '../../../core/graphql/enums.js';

@ObjectType('GapEvidence', { description: 'An answer behind a gap: staff see the seat, never the name; client users see neither.' })
export class GapEvidenceType {
  @Field(() => ID)
  questionId!: string;

  @Field()
  prompt!: string;

  @Field(() => RespondentRole, { nullable: true, description: 'Null for client users.' })
  respondentRole!: RespondentRole | null;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field()
  answer!: string;

  @Field(() => String, { nullable: true, description: 'Client users: only from seats of at least k respondents, with names, e-mails and @-mentions redacted.' })
  quote!: string | null;
}

@ObjectType('CapabilityGap')
export class CapabilityGapType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID)
  engagementId!: string;

  @Field(() => ID)
  capabilityId!: string;

  @Field(() => Float)
  current!: number;

  @Field(() => Int)
  target!: number;

  @Field(() => Float, { description: 'target − current, to 0.1.' })
  size!: number;

  @Field(() => Float, { description: 'size × capability weight × urgency factor.' })
  severity!: number;

  @Field(() => GapStatus)
  status!: GapStatus;

  @Field(() => [GapEvidenceType])
  evidence!: GapEvidenceType[];
}

@ObjectType('ReasonInput')
export class ReasonInputType {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The value used, as text.' })
  value!: string | null;
}

@ObjectType('Reason', { description: 'Why a rule moved an option: read it aloud to the client.' })
export class ReasonType {
  @Field()
  code!: string;

  @Field()
  sentence!: string;

  @Field(() => [ReasonInputType])
  inputs!: ReasonInputType[];
}

@ObjectType('Recommendation')
export class RecommendationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID)
  gapId!: string;

  @Field(() => RecommendationOption)
  option!: RecommendationOption;

  @Field(() => Int, { description: '0–100.' })
  score!: number;

  @Field(() => Int, { description: '1 is the best option for the gap.' })
  rank!: number;

  @Field(() => [ReasonType])
  reasons!: ReasonType[];

  @Field(() => RecommendationState)
  state!: RecommendationState;

  @Field()
  rulesetVersion!: string;

  @Field(() => ID, { nullable: true })
  decidedById!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The reason written for the decision log: internal, null for client users.' })
  decisionNote!: string | null;

  @Field(() => String, { nullable: true, description: 'What the client reads about the decision.' })
  noteToClient!: string | null;

  @Field(() => ID, { nullable: true, description: 'Null for client users (the decision log is internal).' })
  decisionRecordId!: string | null;
}
