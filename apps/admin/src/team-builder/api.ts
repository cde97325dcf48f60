import { graphql } from '../gql';
import type { SpecialistTeamQuery, TeamBuilderRoleQuery } from '../gql/graphql';

// The team builder's operations (apps/api/schema.gql: specialistTeam, acceptSpecialistTeam), run with `request`.

export const TeamChoiceFields = graphql(`
  fragment TeamChoiceFields on TeamChoice {
    coverage
    totalScore
    totalCostMinor
    availableFrom
    sharedHours
    uncovered
    members {
      candidateId
      candidateName
      score
      costMinor
      uniqueSkills
      explanation
      alternative {
        candidateId
        candidateName
        coverageLoss
        scoreLoss
      }
    }
    skills {
      skillId
      name
      minLevel
      coveredBy {
        candidateId
        candidateName
        level
      }
    }
  }
`);

/** Greedy beside exact for an accepted specialist-team option, within the sizes and budget asked. */
export const SpecialistTeamDocument = graphql(`
  query SpecialistTeam($recommendationId: ID!, $minSize: Int, $maxSize: Int, $budgetMinor: Int) {
    specialistTeam(recommendationId: $recommendationId, minSize: $minSize, maxSize: $maxSize, budgetMinor: $budgetMinor) {
      recommendationId
      minSize
      maxSize
      budgetMinor
      candidatesConsidered
      bound
      skills {
        skillId
        name
        minLevel
        weight
      }
      greedy {
        ...TeamChoiceFields
      }
      exact {
        ...TeamChoiceFields
      }
    }
  }
`);

/** One of the option's drafted roles: the team's currency, engagement and whether the request roles are still drafts. */
export const TeamBuilderRoleDocument = graphql(`
  query TeamBuilderRole($id: ID!) {
    Role(id: $id) {
      id
      title
      status
      currency
      engagementId
      recommendationId
    }
  }
`);

export const AcceptSpecialistTeamDocument = graphql(`
  mutation AcceptSpecialistTeam($recommendationId: ID!, $candidateIds: [ID!]!, $minSize: Int, $maxSize: Int, $budgetMinor: Int) {
    acceptSpecialistTeam(recommendationId: $recommendationId, candidateIds: $candidateIds, minSize: $minSize, maxSize: $maxSize, budgetMinor: $budgetMinor) {
      id
      title
      status
    }
  }
`);

export type SpecialistTeam = NonNullable<SpecialistTeamQuery['specialistTeam']>;
export type TeamChoice = SpecialistTeam['exact'];
export type TeamMember = TeamChoice['members'][number];
export type TeamBuilderRole = TeamBuilderRoleQuery['Role'];

/** The sizes and budget (minor units) the team is built within; null: the API's default. */
export interface TeamBounds {
  minSize: number | null;
  maxSize: number | null;
  budgetMinor: number | null;
}

export const specialistTeamKey = (recommendationId: string, bounds: TeamBounds) => ['specialistTeam', recommendationId, bounds] as const;
