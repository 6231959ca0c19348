import type { RunningApplication } from '../../src/application';
import { QUERY_LIMITS } from '../../src/graphql/query-limits';
import { postGraphQL, startTestApplication, TEST_API_KEYS } from '../support/test-application';

function nested(depth: number): string {
  // events > edges > node > answers > from > answers > from ... : one level per step.
  let selection = 'id';
  for (let level = 0; level < depth; level += 2) selection = `answers { from { ${selection} } }`;
  return `{ events(first: 1) { edges { node { ${selection} } } } }`;
}

describe('query limits', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication({ SEED_ON_EMPTY: 'false' });
  });

  afterAll(() => app.stop());

  const rejectedBeforeAnyCypher = async (query: string, operationName?: string) => {
    const before = app.executor.queryCount;
    const { status, body } = await postGraphQL(app, { query, operationName });
    expect(app.executor.queryCount).toBe(before);
    expect(status).toBe(400);
    return body.errors ?? [];
  };

  it('accepts a query within the limits', async () => {
    const { body } = await postGraphQL(app, { query: nested(4) });
    expect(body.errors).toBeUndefined();
  });

  it(`rejects a query deeper than ${QUERY_LIMITS.maxDepth} before any Cypher runs`, async () => {
    const errors = await rejectedBeforeAnyCypher(nested(QUERY_LIMITS.maxDepth + 2));
    expect(errors[0]?.message).toMatch(/depth/i);
  });

  it('counts depth even in an operation named __schema', async () => {
    const query = nested(QUERY_LIMITS.maxDepth + 2).replace(/^\{/, 'query __schema {');
    const errors = await rejectedBeforeAnyCypher(query, '__schema');
    expect(errors[0]?.message).toMatch(/depth/i);
  });

  it(`rejects more than ${QUERY_LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from(
      { length: QUERY_LIMITS.maxAliases + 5 },
      (_, i) => `a${i}: serverInfo { version }`,
    ).join(' ');
    const errors = await rejectedBeforeAnyCypher(`{ ${aliases} }`);
    expect(errors[0]?.message).toMatch(/alias/i);
  });

  it(`rejects more than ${QUERY_LIMITS.maxTokens} tokens`, async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens + 10 }, () => '__typename').join(' ');
    const errors = await rejectedBeforeAnyCypher(`{ ${fields} }`);
    expect(errors[0]?.message).toMatch(/token/i);
  });

  it(`rejects a query costing more than ${QUERY_LIMITS.maxCost}`, async () => {
    const wide = 'id title secret count type description location cameoCode';
    const step = `claims { quote source { title outlet { name aliases } } } actors { name aliases initiated { ${wide} } }`;
    const query = `{ events(first: 100) { edges { node { ${wide} ${step} answers { from { ${wide} actors { initiated { ${wide} } } } } } } } }`;
    const errors = await rejectedBeforeAnyCypher(query);
    expect(errors[0]?.message).toMatch(/cost/i);
  });

  it('refuses a body over MAX_BODY_BYTES', async () => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEYS.reader },
      body: JSON.stringify({ query: `{ serverInfo { version } } # ${'x'.repeat(200_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses malformed JSON with a 400', async () => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEYS.reader },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
  });

  it('suggests field names in development-like modes', async () => {
    const { body } = await postGraphQL(app, { query: '{ serverInf { version } }' });
    expect(body.errors?.[0]?.message).toContain('Did you mean');
  });

  describe('in production', () => {
    let production: RunningApplication;

    beforeAll(async () => {
      production = await startTestApplication({ NODE_ENV: 'production', SEED_ON_EMPTY: 'false' });
    });

    afterAll(() => production.stop());

    it('gives no field suggestions', async () => {
      const { body } = await postGraphQL(production, { query: '{ serverInf { version } }' });
      expect(body.errors?.[0]?.message).not.toContain('Did you mean');
    });

    it('refuses introspection', async () => {
      const { body } = await postGraphQL(production, { query: '{ __schema { types { name } } }' });
      expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    });
  });
});
