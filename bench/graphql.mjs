// A GraphQL call for the benchmarks, free of side effects (lib.mjs also reads the demo's addresses).
/** A GraphQL request to the API at `base`; throws on errors. */
export async function gqlAt(base, query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
