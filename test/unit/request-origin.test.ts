import http from 'node:http';
import { Authenticator } from '../../src/auth/authenticator';
import { compose, resolverClasses } from '../../src/composition-root';
import { buildGraphQLSchema } from '../../src/graphql/build-schema';
import { startServer, type RunningServer } from '../../src/http/create-server';
import { createLogger } from '../../src/logger';
import { createChangePubSub } from '../../src/realtime/pubsub';
import { RecordingExecutor } from '../support/recording-executor';

const event = (id: string) => ({ id, labels: ['Node', 'Event'], type: 'EXPULSION', title: id });

describe('a GraphQL request over HTTP', () => {
  const executor = new RecordingExecutor();
  let server: RunningServer;

  beforeAll(async () => {
    const pubSub = createChangePubSub();
    const { container, graphOutput } = compose(executor, pubSub, { windowDays: 90, minScore: 0.4 });
    const auth = { jwtSecret: undefined, jwtIssuer: undefined, jwtAudience: 'riposte', apiKeys: [] };
    server = await startServer(
      {
        schema: await buildGraphQLSchema(resolverClasses, pubSub, container),
        executor,
        logger: createLogger('silent'),
        development: false,
        readyTimeoutMs: 500,
        drainTimeoutMs: 100,
        authenticator: new Authenticator({ ...auth, allowAnonymousReads: true }),
        maxBodyBytes: 100_000,
        graphOutput,
      },
      '127.0.0.1',
      0,
    );
  });

  afterAll(() => server.stop());

  async function post(query: string, headers: Record<string, string> = {}): Promise<void> {
    // A page of one event, with no actors (r0, the one read below it).
    executor.reset((name) =>
      name.includes('event/') ? [{ node: event('event:a'), fetched: { r0: [] } }] : [],
    );
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    expect(await response.json()).toEqual(expect.objectContaining({ data: expect.anything() }));
  }

  it('names its request and operation in every statement, batched ones too', async () => {
    const query =
      'query Front { events(first: 1) { edges { node { id actors { id } corroboration { sources } } } } }';
    await post(query, { 'x-request-id': 'req-1' });

    expect(executor.names).toEqual([
      'translated:event/list-dated-events-asc.cypher',
      'translated:event/list-undated-events.cypher',
      'graph/corroboration.cypher',
    ]);
    const origin = { app: 'riposte', requestId: 'req-1', operation: 'Front' };
    expect(executor.statements.map((statement) => statement.metadata)).toEqual([origin, origin, origin]);
  });

  it("keeps the request's origin when Express's body reader reads the body (a chunked one)", async () => {
    executor.reset((name) => (name.includes('event/') ? [{ node: event('event:a'), fetched: {} }] : []));
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = http.request(
        server.graphqlUrl,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'transfer-encoding': 'chunked',
            'x-request-id': 'req-chunked',
          },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode));
        },
      );
      request.on('error', reject);
      request.write('{"query": "query Chunked { events(first: 1) ');
      request.end('{ edges { node { id } } } }"}');
    });

    expect(status).toBe(200);
    expect(executor.statements[0]?.metadata).toEqual({
      app: 'riposte',
      requestId: 'req-chunked',
      operation: 'Chunked',
    });
  });

  it('makes up a request id when none is sent and calls an unnamed operation anonymous', async () => {
    await post('{ events(first: 1) { edges { node { id } } } }');

    expect(executor.statements[0]?.metadata).toEqual({
      app: 'riposte',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      operation: 'anonymous',
    });
  });
});
