import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { SkillType } from '../../skill/dto/skill.type.js';
import { CandidateKind, ConsentBasis, Seniority } from '../../../core/graphql/enums.js';

@ObjectType('CandidateSkill', { description: "A candidate's level in one skill, with the evidence for it." })
export class CandidateSkillType {
  @Field(() => ID)
  skillId!: string;

  @Field(() => Int, { description: '1–5' })
  level!: number;

  @Field(() => String, { nullable: true })
  evidence!: string | null;

  @Field(() => SkillType)
  skill!: SkillType;
}

@ObjectType('CandidateNote')
export class CandidateNoteType {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field(() => ID, { nullable: true })
  authorId!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('Candidate', { description: 'One person of the talent pool. Never visible to CLIENT users.' })
export class CandidateType {
  @Field(() => ID)
  id!: string;

  @Field(() => CandidateKind)
  kind!: CandidateKind;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  profileUrl!: string | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field({ description: 'IANA name, e.g. Europe/Berlin.' })
  timeZone!: string;

  @Field(() => Seniority)
  seniority!: Seniority;

  @Field({ description: 'YYYY-MM-DD' })
  availableFrom!: string;

  @Field(() => Int, { description: 'Free allocation %, before placements.' })
  allocation!: number;

  @Field(() => Int, { nullable: true })
  dayRateMinor!: number | null;

  @Field(() => Int, { nullable: true, description: 'Yearly salary expectation.' })
  salaryMinor!: number | null;

  @Field()
  currency!: string;

  @Field(() => String, { nullable: true })
  cvText!: string | null;

  @Field(() => ConsentBasis)
  consentBasis!: ConsentBasis;

  @Field(() => GraphQLISODateTime, { nullable: true })
  consentGivenAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  consentExpiresAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastContactAt!: Date | null;

  @Field(() => [String])
  tags!: string[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('DuplicateCandidate')
export class DuplicateCandidateType {
  @Field(() => CandidateType)
  candidate!: CandidateType;

  @Field(() => [String])
  reasons!: string[];
}

@ObjectType('CandidateImportRow')
export class CandidateImportRowType {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line!: number;

  @Field({ description: 'ACCEPTED or REJECTED.' })
  status!: 'ACCEPTED' | 'REJECTED';

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => ID, { nullable: true })
  candidateId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The person already in the pool this row looks like (to merge with).' })
  duplicateOfId!: string | null;

  @Field(() => [String])
  reasons!: string[];
}

@ObjectType('CandidateImportReport')
export class CandidateImportReportType {
  @Field(() => Int)
  accepted!: number;

  @Field(() => Int)
  rejected!: number;

  @Field()
  dryRun!: boolean;

  @Field(() => [CandidateImportRowType])
  rows!: CandidateImportRowType[];

  @Field(() => String, { nullable: true, description: 'The rejected rows as the file had them, with a Reason column; null when none was rejected.' })
  rejectedCsv!: string | null;
}

@ObjectType('ErasureReceipt')
export class ErasureReceiptType {
  @Field(() => ID)
  candidateId!: string;

  @Field()
  erasedAt!: Date;
}
