// Talks to the public GraphQL API with the API key typed into the page (never stored beyond the tab).
const $ = (id) => document.getElementById(id);

/** Keeps the key for this tab only: it is gone when the tab closes. */
export function rememberKey() {
  const key = $('api-key').value.trim();
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
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data;
}
