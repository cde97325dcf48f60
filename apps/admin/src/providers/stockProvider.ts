import { buildSchema, introspectionFromSchema } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import { getAccessToken } from './authProvider';
import { GRAPHQL_URL } from './graphql';
// The API's committed schema (a test keeps it in step with the API), so the admin never needs
// runtime introspection and production can keep it off.
import schemaSdl from '../../../api/schema.gql?raw';

const schema = introspectionFromSchema(buildSchema(schemaSdl)).__schema;

/**
 * Per-operation Apollo context: HttpLink merges `context.headers` into each request, and
 * ra-data-graphql evaluates these option functions on every call, so the header always carries
 * the current (rotated) access token.
 */
const withAccessToken = () => {
  const token = getAccessToken();
  return {
    context: { headers: token ? { authorization: `Bearer ${token}` } : {} },
    // ra-data-graphql always goes to the network; Apollo's normalised cache would only
    // duplicate react-admin's (and warn when it replaces list fields).
    fetchPolicy: 'no-cache' as const,
  };
};

/** The stock provider, wrapped by ./dataProvider; `buildGraphQLProvider` (v5) returns it synchronously. */
export const stock: DataProvider = buildGraphQLProvider({
  clientOptions: { uri: GRAPHQL_URL, credentials: 'include' },
  introspection: { schema },
  query: withAccessToken,
  mutation: withAccessToken,
});
