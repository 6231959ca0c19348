import type { Driver } from 'neo4j-driver';
import type { RunningApplication } from '../../src/application';
import { graphSnapshot } from '../support/graph-snapshot';
import { withApplicationAndDriver } from '../support/application-and-driver';
import { postGraphQL, TEST_API_KEYS } from '../support/test-application';

const CYPHER_FRAGMENTS = [
  "') DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  'x` DETACH DELETE n //',
  '$(n) SET n.pwned = true',
  '\\u0000 OR 1=1',
];

describe('hostile input', () => {
  let app: RunningApplication;
  let driver: Driver;

  withApplicationAndDriver((started) => ({ app, driver } = started));

  it.each(CYPHER_FRAGMENTS)('treats %p as a plain value everywhere and changes nothing', async (fragment) => {
    const before = await graphSnapshot(driver);
    const reads = [
      { query: 'query($t: String!) { search(text: $t) { score } }', variables: { t: fragment } },
      {
        query: 'query($t: String!) { events(filter: {text: $t}) { totalCount } }',
        variables: { t: fragment },
      },
      { query: 'query($t: ID!) { node(id: $t) { id } }', variables: { t: fragment } },
      { query: 'query($t: ID!) { events(filter: {party: $t}) { totalCount } }', variables: { t: fragment } },
    ];
    for (const read of reads) {
      const { status, body } = await postGraphQL(app, read);
      expect(status).toBeLessThan(500);
      for (const error of body.errors ?? []) expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
    const write = await postGraphQL(
      app,
      {
        query:
          'mutation($t: String!) { saveEntity(entity: {id: $t, type: ORGANIZATION, kind: OTHER, name: $t}) { id } }',
        variables: { t: fragment },
      },
      { as: 'editor' },
    );
    expect(write.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('stores a Cypher-looking name as text', async () => {
    const { body } = await postGraphQL(
      app,
      {
        query:
          'mutation($n: String!) { saveEntity(entity: {id: "org:test-quoted", type: ORGANIZATION, kind: OTHER, name: $n}) { name } }',
        variables: { n: CYPHER_FRAGMENTS[0] },
      },
      { as: 'editor' },
    );
    expect(body.data).toEqual({ saveEntity: { name: CYPHER_FRAGMENTS[0] } });
  });

  it.each([
    ['a page size over the limit', '{ events(first: 100000) { totalCount } }'],
    ['a negative page size', '{ events(first: -1) { totalCount } }'],
    ['a depth out of range', '{ chain(eventId: "event:x", depth: 99) { startedBy } }'],
    ['a number that is not an Int', '{ events(first: 1e40) { totalCount } }'],
  ])('rejects %s with BAD_USER_INPUT or a validation error', async (_name, query) => {
    const before = app.executor.queryCount;
    const { body } = await postGraphQL(app, { query });
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(body.errors?.[0]?.extensions?.['code']);
    expect(app.executor.queryCount).toBe(before);
  });

  it('refuses a wrong content type without running anything', async () => {
    const before = app.executor.queryCount;
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-api-key': TEST_API_KEYS.reader },
      body: '{ events { totalCount } }',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(app.executor.queryCount).toBe(before);
  });
});
