import { ErrorCode } from '@orchestra/shared';
import type { TypedDocumentString } from '../gql/graphql';
import { getFreshAccessToken, refreshAccessToken } from './authProvider';
import { errorCodeOf, GRAPHQL_URL, httpErrorFromGraphQL, networkError, type ApiGraphQLError } from './graphql';

/**
 * The admin's one GraphQL client for the operations outside react-admin's CRUD grammar. Documents
 * are written with `graphql(...)` from `../gql` and typed by GraphQL Code Generator from the API's
 * schema, so `request` knows each operation's variables and answer. Components reach it through
 * react-query (`useQuery`/`useMutation`) or the data provider's custom methods.
 */

export interface RequestOptions {
  /** Send no access token and never refresh: the few operations open to anyone (sign-in, a respondent's link). */
  anonymous?: boolean;
  signal?: AbortSignal;
}

/** The variables may be left out when the operation needs none. */
type RequestArgs<V> = Record<string, never> extends V ? [variables?: V, options?: RequestOptions] : [variables: V, options?: RequestOptions];

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: ApiGraphQLError[];
}

/**
 * One POST to the API: JSON (the API's CSRF check requires it) with the cookie. Throws an
 * HttpError built by `httpErrorFromGraphQL`, or a network error.
 */
async function send<T>(query: string, variables: unknown, token: string | null, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      credentials: 'include',
      headers,
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw networkError();
  }
  let payload: GraphQLResponse<T>;
  try {
    payload = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw networkError(`HTTP ${response.status} without a GraphQL answer`);
  }
  const first = payload.errors?.[0];
  if (first) throw httpErrorFromGraphQL(first);
  if (payload.data == null) throw networkError(`HTTP ${response.status} without data`);
  return payload.data;
}

/**
 * Runs one typed operation. As the signed-in user (the default), like the data provider: an
 * expired access token (UNAUTHENTICATED, so the API did nothing) gets one refresh and one retry;
 * any other error is the API's, with its message and code.
 */
export async function request<R, V>(document: TypedDocumentString<R, V>, ...[variables, options = {}]: RequestArgs<V>): Promise<R> {
  // Code Generator emits each document as its query text (fragments appended): nothing to print.
  const query = document.toString();
  const vars = variables ?? {};
  if (options.anonymous) return send<R>(query, vars, null, options.signal);
  try {
    return await send<R>(query, vars, await getFreshAccessToken(), options.signal);
  } catch (error) {
    if (errorCodeOf(error) !== ErrorCode.UNAUTHENTICATED) throw error;
    try {
      await refreshAccessToken();
    } catch {
      throw error;
    }
    return send<R>(query, vars, await getFreshAccessToken(), options.signal);
  }
}
