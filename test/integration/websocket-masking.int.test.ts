import type { Driver } from 'neo4j-driver';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { RunningApplication } from '../../src/application';
import { postGraphQL, startTestApplication, TEST_API_KEYS } from '../support/test-application';
import { testDriver } from '../support/test-database';

const EVENT_ID = 'event:test-masked-over-websocket';
const SAVE = `mutation($event: EventInput!) { saveEvent(event: $event) { id } }`;
const EVENT = {
  id: EVENT_ID,
  type: 'EXPULSION',
  title: 'France expels Russian diplomats',
  date: '2022-04-11',
  secret: false,
  actors: ['state:FR'],
  targets: ['state:RU'],
  count: 6,
};

/**
 * An unexpected error while a subscription resolves its payload reaches a WebSocket client as it
 * reaches an HTTP one in production: "Internal server error", INTERNAL_SERVER_ERROR, nothing of
 * the cause. The error is real: a stored count that is not a number (written past the API, as a
 * faulty import could) cannot be sent as an Int.
 */
describe('error masking over WebSocket in production', () => {
  let app: RunningApplication;
  let driver: Driver;
  let client: Client;

  beforeAll(async () => {
    app = await startTestApplication({ NODE_ENV: 'production', SEED_ON_EMPTY: 'false' });
    driver = testDriver();
  });

  afterAll(async () => {
    await client?.dispose();
    await driver.close();
    await app.stop();
  });

  it('masks an error raised while resolving a subscribed event', async () => {
    const save = async (event: Record<string, unknown>) => {
      const { body } = await postGraphQL(app, { query: SAVE, variables: { event } }, { as: 'editor' });
      expect(body.errors).toBeUndefined();
    };
    await save(EVENT);
    await driver.executeQuery('MATCH (e:Event {id: $id}) SET e.count = $count', {
      id: EVENT_ID,
      count: 'forty (see the note)',
    });

    client = createClient({
      url: app.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { apiKey: TEST_API_KEYS.reader },
      retryAttempts: 0,
    });
    let received: unknown;
    const result = new Promise<unknown>((resolve, reject) => {
      client.subscribe(
        { query: 'subscription { eventChanged { eventId event { id count } } }' },
        { next: (value) => resolve((received = value)), error: reject, complete: () => undefined },
      );
    });
    // The subscription starts some time after it is sent: edit (and so announce) until it hears.
    const { count: _count, ...withoutCount } = EVENT;
    for (let attempt = 0; received === undefined && attempt < 100; attempt += 1) {
      await save(withoutCount);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    expect(await result).toEqual({
      data: { eventChanged: { eventId: EVENT_ID, event: { id: EVENT_ID, count: null } } },
      errors: [
        {
          message: 'Internal server error',
          path: ['eventChanged', 'event', 'count'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    expect(JSON.stringify(received)).not.toMatch(/forty|Int cannot|stacktrace/);

    // Leave the graph as the API writes it.
    await driver.executeQuery('MATCH (e:Event {id: $id}) SET e.count = 6', { id: EVENT_ID });
  });
});
