import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { RunningApplication } from '../../src/application';
import { postGraphQL, startTestApplication, TEST_API_KEYS } from '../support/test-application';

function wsClient(app: RunningApplication, connectionParams: Record<string, unknown>): Client {
  return createClient({
    url: app.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
}

/** The first `count` results of a subscription, or the error that ended it. */
function collect(
  client: Client,
  query: string,
  count: number,
): { done: Promise<unknown[]>; ready: Promise<void> } {
  const results: unknown[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const done = new Promise<unknown[]>((resolve, reject) => {
    const unsubscribe = client.subscribe(
      { query },
      {
        next: (value) => {
          results.push(value);
          if (results.length === count) {
            unsubscribe();
            resolve(results);
          }
        },
        error: reject,
        complete: () => resolve(results),
      },
    );
    client.on('connected', () => setTimeout(markReady, 100));
  });
  return { done, ready };
}

describe('subscriptions over WebSocket', () => {
  let app: RunningApplication;
  const clients: Client[] = [];

  beforeAll(async () => {
    app = await startTestApplication();
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await app.stop();
  });

  it('tell a reader about events saved and links made', async () => {
    const client = wsClient(app, { apiKey: TEST_API_KEYS.reader });
    clients.push(client);
    const events = collect(client, 'subscription { eventChanged { kind eventId by event { title } } }', 1);
    const links = collect(
      client,
      'subscription { retaliationChanged { kind linkId basis from { id } to { id } } }',
      1,
    );
    await Promise.all([events.ready, links.ready]);

    await postGraphQL(
      app,
      {
        query: `mutation { saveEvent(event: {id: "event:test-subscribed", type: SUMMONS, title: "A summons", date: "2022-04-12", secret: false, actors: ["state:FR"], targets: ["state:RU"]}) { id } }`,
      },
      { as: 'editor' },
    );
    await postGraphQL(
      app,
      {
        query:
          'mutation { linkRetaliation(link: {from: "event:test-subscribed", to: "event:2022-04-11-fr-expels-six-russian-agents"}) { id } }',
      },
      { as: 'editor' },
    );

    expect(await events.done).toEqual([
      {
        data: {
          eventChanged: {
            kind: 'SAVED',
            eventId: 'event:test-subscribed',
            by: 'api-key:editor-key',
            event: { title: 'A summons' },
          },
        },
      },
    ]);
    expect(await links.done).toEqual([
      {
        data: {
          retaliationChanged: {
            kind: 'LINKED',
            linkId: expect.stringMatching(/^rel:/),
            basis: 'ANALYST',
            from: { id: 'event:test-subscribed' },
            to: { id: 'event:2022-04-11-fr-expels-six-russian-agents' },
          },
        },
      },
    ]);
  });

  it('refuse a connection without valid credentials', async () => {
    const client = wsClient(app, { apiKey: 'not-a-key-of-this-server-0000' });
    clients.push(client);
    await expect(collect(client, 'subscription { eventChanged { eventId } }', 1).done).rejects.toBeDefined();
  });

  it('apply the query limits', async () => {
    const client = wsClient(app, { apiKey: TEST_API_KEYS.reader });
    clients.push(client);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: eventId`).join(' ');
    await expect(collect(client, `subscription { eventChanged { ${aliases} } }`, 1).done).rejects.toEqual([
      expect.objectContaining({ message: expect.stringMatching(/alias/i) }),
    ]);
  });
});
