import type { RunningApplication } from '../../src/application';
import { postGraphQL, startTestApplication } from '../support/test-application';

describe('the GraphQL server over HTTP', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication();
  });

  afterAll(() => app.stop());

  it('answers a query end to end from Neo4j', async () => {
    const { status, body } = await postGraphQL(app, {
      query: '{ serverInfo { version database { name version edition } } }',
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      serverInfo: {
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
        database: { name: 'Neo4j Kernel', version: expect.stringMatching(/^5\.26\./), edition: 'community' },
      },
    });
  });

  it('rejects an invalid query with a located validation error', async () => {
    const { status, body } = await postGraphQL(app, { query: '{ serverInfo { nope } }' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toContain('nope');
  });

  it('says the process is alive on /healthz and Neo4j is ready on /readyz', async () => {
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('refuses batched requests', async () => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { query: '{ serverInfo { version } }' },
        { query: '{ serverInfo { version } }' },
      ]),
    });
    expect(response.status).toBe(400);
  });

  it('answers an unknown path with a JSON 404, and still serves the explorer', async () => {
    for (const path of ['/nope', '/api/v1/events', '/explore/no-such-file.js']) {
      const response = await fetch(`${app.url}${path}`);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([
        path,
        404,
        expect.stringMatching(/^application\/json/),
      ]);
      expect(await response.json()).toEqual({
        error: expect.stringContaining(path),
        code: 'NOT_FOUND',
        problems: [],
      });
    }
    const explorer = await fetch(`${app.url}/explore/`);
    expect(explorer.status).toBe(200);
    expect(explorer.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
