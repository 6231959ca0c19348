import { Writable } from 'node:stream';
import pino from 'pino';
import { Authenticator } from '../../src/auth/authenticator';
import { compose, resolverClasses } from '../../src/composition-root';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/create-driver';
import { Neo4jExecutor, type Executor } from '../../src/db/executor';
import { buildGraphQLSchema } from '../../src/graphql/build-schema';
import { startServer, type RunningServer } from '../../src/http/create-server';
import { createChangePubSub } from '../../src/realtime/pubsub';
import { TEST_API_KEYS } from '../support/test-application';
import { closedPort } from '../support/closed-port';

describe('exports while Neo4j is away', () => {
  let server: RunningServer;
  let executor: Executor;
  const logLines: string[] = [];

  beforeAll(async () => {
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          logLines.push(...String(chunk).split('\n').filter(Boolean));
          done();
        },
      }),
    );
    const config = loadConfig({
      NODE_ENV: 'production',
      AUTH_API_KEYS: Object.entries(TEST_API_KEYS)
        .map(([role, key]) => `${role}-key:${role}:${key}`)
        .join(','),
    });
    executor = new Neo4jExecutor(
      createDriver(
        { uri: `bolt://127.0.0.1:${await closedPort()}`, username: 'neo4j', password: 'unused-password' },
        logger,
      ),
      { database: undefined, queryTimeoutMs: 1_000, logger },
    );
    const pubSub = createChangePubSub();
    const { container, graphOutput } = compose(executor, pubSub, config.inference);
    server = await startServer(
      {
        schema: await buildGraphQLSchema(resolverClasses, pubSub, container),
        executor,
        logger,
        development: false,
        readyTimeoutMs: 500,
        drainTimeoutMs: 100,
        authenticator: new Authenticator(config.auth),
        maxBodyBytes: 10_000,
        graphOutput,
      },
      '127.0.0.1',
      0,
    );
  });

  afterAll(async () => {
    await server.stop();
    await executor.close();
  });

  const headers = { 'x-api-key': TEST_API_KEYS.reader };

  it.each([
    ['a chain', '/export/chain/event:anything?format=gexf'],
    ['a subgraph', '/export/subgraph?ids=state:FR&format=graphml'],
  ])(
    'answers an export of %s with a JSON 503, as GraphQL does, in one log line of its own',
    async (_name, path) => {
      logLines.length = 0;
      const response = await fetch(`${server.url}${path}`, { headers });
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toEqual({
        error: 'The database is unavailable; try again later.',
        code: 'SERVICE_UNAVAILABLE',
        problems: [],
      });
      // The driver reports its own connection attempts (lines marked "neo4j"); the route adds one line.
      const ours = logLines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => !line['neo4j']);
      expect(ours).toEqual([
        expect.objectContaining({ status: 503, path: expect.stringMatching(/^\/export\//) }),
      ]);
      expect(JSON.stringify(ours)).not.toContain('stack');
    },
  );

  it('still refuses a missing credential with 401 before trying the database', async () => {
    const response = await fetch(`${server.url}/export/chain/event:anything`);
    expect(response.status).toBe(401);
  });

  it('gives the same code over GraphQL', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ events { totalCount } }' }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
  });
});
