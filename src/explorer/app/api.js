// The one way the explorer talks to the server: GraphQL over fetch, with the API key typed into
// the page (kept for this tab only).

/** A GraphQL answer with errors; `problems` are the located ones (`{path, message}`) it carries. */
export class ApiError extends Error {
  constructor(errors) {
    super(errors.map((error) => error.message).join('; '));
    this.codes = errors.map((error) => error.extensions?.code).filter(Boolean);
    this.problems = errors.flatMap((error) => error.extensions?.problems ?? []);
  }
}

/** Keeps the key for this tab only: it is gone when the tab closes. */
export function rememberKey() {
  const key = document.getElementById('api-key').value.trim();
  sessionStorage.setItem('riposte.apiKey', key);
  return key;
}

export function headers() {
  const key = rememberKey();
  return { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) };
}

export async function gql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new ApiError(body.errors);
  return body.data;
}
