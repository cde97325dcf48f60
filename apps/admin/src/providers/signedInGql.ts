import { ErrorCode } from '@orchestra/shared';
import { getFreshAccessToken, refreshAccessToken } from './authProvider';
import { errorCodeOf, gql } from './graphql';

/**
 * A GraphQL call as the signed-in user, for operations outside react-admin's CRUD grammar. Like the
 * data provider: an expired access token (UNAUTHENTICATED, so the API did nothing) gets one
 * refresh and one retry; any other error is the API's, with its message and code.
 */
export async function signedInGql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  try {
    return await gql<T>(query, variables, { token: await getFreshAccessToken() });
  } catch (error) {
    if (errorCodeOf(error) !== ErrorCode.UNAUTHENTICATED) throw error;
    try {
      await refreshAccessToken();
    } catch {
      throw error;
    }
    return gql<T>(query, variables, { token: await getFreshAccessToken() });
  }
}
