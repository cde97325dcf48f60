import { ErrorCode } from '@orchestra/shared';
import { HttpError, type DataProvider } from 'react-admin';
import { graphql } from '../gql';
import type {
  CloseAssessmentMutation,
  CloseAssessmentMutationVariables,
  EngagementStatsQuery,
  MoveEngagementStageMutation,
  MoveEngagementStageMutationVariables,
  ReopenEngagementMutation,
  ReopenEngagementMutationVariables,
  OpenAssessmentMutation,
  OpenAssessmentMutationVariables,
  ResendInvitationMutation,
  ResendInvitationMutationVariables,
  SetAssessmentTargetsMutation,
  SetAssessmentTargetsMutationVariables,
} from '../gql/graphql';
import { getFreshAccessToken, refreshAccessToken } from './authProvider';
import { request } from './client';
import { errorCodeOf, httpErrorFromGraphQL, networkError, type ApiGraphQLError } from './graphql';

/**
 * The stock provider (ra-data-graphql-simple, Apollo, graphql-js and the API's schema) is loaded
 * on the first CRUD call, not with the page: the sign-in page needs none of it.
 */
let stockProvider: Promise<DataProvider> | undefined;
const loadStock = () => (stockProvider ??= import('./stockProvider').then((m) => m.stock));
/** Starts loading the stock provider ahead of the first call (the sign-in page does, once shown). */
export const preloadDataProvider = (): Promise<unknown> => loadStock();

interface ApolloLikeError {
  graphQLErrors?: readonly ApiGraphQLError[];
  networkError?: { message?: string; statusCode?: number; result?: { errors?: ApiGraphQLError[] } } | null;
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** ApolloError (bare or wrapped in ra-data-graphql's HttpError) → HttpError with the API's message and code. */
function toApiError(error: unknown): unknown {
  if (isAbort(error)) return error;
  const apollo = (error instanceof HttpError ? error.body : error) as ApolloLikeError | null | undefined;
  const graphQLError = apollo?.graphQLErrors?.[0] ?? apollo?.networkError?.result?.errors?.[0];
  if (graphQLError) return httpErrorFromGraphQL(graphQLError);
  if (apollo?.networkError || (error instanceof HttpError && !error.status)) {
    const detail = apollo?.networkError?.message ?? (error instanceof Error ? error.message : undefined);
    return networkError(detail);
  }
  if (error instanceof HttpError) return error;
  return new HttpError(error instanceof Error ? error.message : String(error), 500, { code: ErrorCode.INTERNAL });
}

/**
 * Runs one data provider call: API errors become HttpErrors carrying the API's message and
 * code, and an UNAUTHENTICATED answer (expired access token) gets one refreshSession and one
 * retry before reaching the authProvider's checkError (which signs out).
 */
async function call<T>(run: (provider: DataProvider) => Promise<T>): Promise<T> {
  const [stock] = await Promise.all([loadStock(), getFreshAccessToken()]);
  try {
    return await run(stock);
  } catch (raw) {
    const error = toApiError(raw);
    if (errorCodeOf(error) !== ErrorCode.UNAUTHENTICATED) throw error;
    try {
      await refreshAccessToken();
    } catch {
      throw error;
    }
    try {
      return await run(stock);
    } catch (again) {
      throw toApiError(again);
    }
  }
}

/**
 * ra-data-graphql-simple's response parser drops null fields, so react-admin would merge an
 * update's answer into the cached record and keep, say, the old `clientId`. A field that was
 * sent and is missing from the answer is null.
 */
function nullsFor(data: unknown): Record<string, null> {
  if (typeof data !== 'object' || data === null) return {};
  return Object.fromEntries(Object.keys(data).map((key) => [key, null]));
}

const MoveEngagementStageDocument = graphql(`
  mutation MoveEngagementStage($id: ID!, $stage: EngagementStage!, $note: String, $idempotencyKey: String) {
    moveEngagementStage(id: $id, stage: $stage, note: $note, idempotencyKey: $idempotencyKey) {
      id
      stage
    }
  }
`);

const ReopenEngagementDocument = graphql(`
  mutation ReopenEngagement($id: ID!, $reason: String!, $idempotencyKey: String) {
    reopenEngagement(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      stage
    }
  }
`);

const EngagementStatsDocument = graphql(`
  query EngagementStats {
    engagementStats {
      byStage {
        stage
        count
      }
      openByOwner {
        ownerId
        ownerName
        count
      }
      startedByMonth {
        month
        count
      }
    }
  }
`);

const OpenAssessmentDocument = graphql(`
  mutation OpenAssessment($id: ID!, $idempotencyKey: String) {
    openAssessment(id: $id, idempotencyKey: $idempotencyKey) {
      id
      status
      openedAt
    }
  }
`);

const CloseAssessmentDocument = graphql(`
  mutation CloseAssessment($id: ID!, $force: Boolean, $reason: String, $idempotencyKey: String) {
    closeAssessment(id: $id, force: $force, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      status
      closedAt
      closeReason
    }
  }
`);

const SetAssessmentTargetsDocument = graphql(`
  mutation SetAssessmentTargets($id: ID!, $targets: [AssessmentTargetInput!]!) {
    setAssessmentTargets(id: $id, targets: $targets) {
      id
      targets {
        capabilityId
        target
      }
    }
  }
`);

const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      status
    }
  }
`);

export type EngagementStats = EngagementStatsQuery['engagementStats'];

/** Domain actions and queries beside the CRUD grammar, each one typed operation through `request`. */
export interface OrchestraDataProvider extends DataProvider {
  moveEngagementStage(params: MoveEngagementStageMutationVariables): Promise<{ data: MoveEngagementStageMutation['moveEngagementStage'] }>;
  reopenEngagement(params: ReopenEngagementMutationVariables): Promise<{ data: ReopenEngagementMutation['reopenEngagement'] }>;
  getEngagementStats(): Promise<{ data: EngagementStats }>;
  openAssessment(params: OpenAssessmentMutationVariables): Promise<{ data: OpenAssessmentMutation['openAssessment'] }>;
  closeAssessment(params: CloseAssessmentMutationVariables): Promise<{ data: CloseAssessmentMutation['closeAssessment'] }>;
  setAssessmentTargets(params: SetAssessmentTargetsMutationVariables): Promise<{ data: SetAssessmentTargetsMutation['setAssessmentTargets'] }>;
  resendInvitation(params: ResendInvitationMutationVariables): Promise<{ data: ResendInvitationMutation['resendInvitation'] }>;
}

export const dataProvider: OrchestraDataProvider = {
  getEngagementStats: async () => ({ data: (await request(EngagementStatsDocument)).engagementStats }),
  moveEngagementStage: async (params) => ({ data: (await request(MoveEngagementStageDocument, params)).moveEngagementStage }),
  reopenEngagement: async (params) => ({ data: (await request(ReopenEngagementDocument, params)).reopenEngagement }),
  openAssessment: async (params) => ({ data: (await request(OpenAssessmentDocument, params)).openAssessment }),
  closeAssessment: async (params) => ({ data: (await request(CloseAssessmentDocument, params)).closeAssessment }),
  setAssessmentTargets: async (params) => ({ data: (await request(SetAssessmentTargetsDocument, params)).setAssessmentTargets }),
  resendInvitation: async (params) => ({ data: (await request(ResendInvitationDocument, params)).resendInvitation }),
  getList: (resource, params) => call((p) => p.getList(resource, params)),
  getOne: (resource, params) => call((p) => p.getOne(resource, params)),
  getMany: (resource, params) => call((p) => p.getMany(resource, params)),
  getManyReference: (resource, params) => call((p) => p.getManyReference(resource, params)),
  create: (resource, params) => call((p) => p.create(resource, params)),
  update: (resource, params) =>
    call((p) => p.update(resource, params)).then((result) => ({ data: { ...nullsFor(params.data), ...result.data } })),
  updateMany: (resource, params) => call((p) => p.updateMany(resource, params)),
  delete: (resource, params) => call((p) => p.delete(resource, params)),
  deleteMany: (resource, params) => call((p) => p.deleteMany(resource, params)),
};
