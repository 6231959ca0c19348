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

export function headers() {
  const key = document.getElementById('api-key').value.trim();
  // For this tab only: the key is gone when the tab closes.
  sessionStorage.setItem('riposte.apiKey', key);
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
