import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { RunningApplication } from '../../src/application';
import { TOPICS } from '../../src/realtime/pubsub';
import { LocalRedis } from '../support/local-redis';
import { postGraphQL, startTestApplication, TEST_API_KEYS } from '../support/test-application';
import { waitUntil } from '../support/wait-until';

/** A subscription's results, taken one at a time in the order they came; an error ends it. */
class Feed {
  private readonly received: unknown[] = [];
  private waiting: { resolve: (value: unknown) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor(client: Client, query: string) {
    client.subscribe(
      { query },
      {
        next: (value) => {
          if (this.waiting) this.waiting.resolve(value);
          else this.received.push(value);
          this.waiting = undefined;
        },
        error: (error) => {
          this.failure = new Error(`the subscription ended: ${JSON.stringify(error)}`);
          this.waiting?.reject(this.failure);
        },
        complete: () => undefined,
      },
    );
  }

  next(): Promise<unknown> {
    if (this.received.length > 0) return Promise.resolve(this.received.shift());
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }
}

const EVENT_ID = 'event:test-two-instances';

function saveEvent(app: RunningApplication, title: string) {
  return postGraphQL(
    app,
    {
      query: `mutation($title: String!) { saveEvent(event: {id: "${EVENT_ID}", type: SUMMONS, title: $title, date: "2022-04-12", secret: false, actors: ["state:FR"], targets: ["state:RU"]}) { title } }`,
      variables: { title },
    },
    { as: 'editor' },
  );
}

async function readiness(app: RunningApplication): Promise<{ status: string; degraded?: string[] }> {
  return (await fetch(`${app.url}/readyz`)).json() as Promise<{ status: string; degraded?: string[] }>;
}

const allReady = async (...apps: RunningApplication[]) =>
  (await Promise.all(apps.map(readiness))).every(({ status }) => status === 'ready');

describe('two instances sharing Redis', () => {
  let redis: LocalRedis;
  let a: RunningApplication;
  let b: RunningApplication;
  let client: Client;
  let feed: Feed;

  beforeAll(async () => {
    redis = await LocalRedis.start();
    // One after the other: the first sets up the graph and loads the seeds, the second finds them.
    a = await startTestApplication({ REDIS_URL: redis.url });
    b = await startTestApplication({ REDIS_URL: redis.url });
    client = createClient({
      url: a.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { apiKey: TEST_API_KEYS.reader },
      retryAttempts: 0,
    });
  });

  afterAll(async () => {
    await client?.dispose();
    await a?.stop();
    await b?.stop();
    await redis?.stop();
  });

  it('tells a subscriber of one instance what was saved through the other', async () => {
    await waitUntil('both instances connected to Redis', () => allReady(a, b));
    feed = new Feed(client, 'subscription { eventChanged { kind eventId by event { title } } }');
    await waitUntil(
      'the subscription to reach Redis',
      async () => (await redis.subscribers(TOPICS.EVENT_CHANGED)) === 1,
    );

    expect((await saveEvent(b, 'Summons saved through B')).body).toEqual({
      data: { saveEvent: { title: 'Summons saved through B' } },
    });

    expect(await feed.next()).toEqual({
      data: {
        eventChanged: {
          kind: 'SAVED',
          eventId: EVENT_ID,
          by: 'api-key:editor-key',
          event: { title: 'Summons saved through B' },
        },
      },
    });
  });

  it('keeps answering queries and writes while Redis is away, and says subscriptions are degraded', async () => {
    await redis.stop();
    await waitUntil('both instances to notice', async () =>
      (await Promise.all([a, b].map(readiness))).every(({ status }) => status === 'degraded'),
    );

    for (const app of [a, b]) {
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'degraded',
        degraded: ['subscriptions'],
        reason: expect.stringContaining('Redis is unreachable'),
      });
      expect((await postGraphQL(app, { query: `{ event(id: "${EVENT_ID}") { title } }` })).body).toEqual({
        data: { event: { title: 'Summons saved through B' } },
      });
    }
    expect((await saveEvent(b, 'Summons renamed while Redis was away')).body).toEqual({
      data: { saveEvent: { title: 'Summons renamed while Redis was away' } },
    });
  });

  it('resumes notifications on the same subscription once Redis is back', async () => {
    await redis.start();
    await waitUntil('both instances to reconnect', () => allReady(a, b));
    await waitUntil(
      'the subscription to be renewed',
      async () => (await redis.subscribers(TOPICS.EVENT_CHANGED)) === 1,
    );

    await saveEvent(b, 'Summons renamed after Redis came back');

    // The change made while Redis was away is not announced (see README, Running at scale).
    expect(await feed.next()).toMatchObject({
      data: {
        eventChanged: { eventId: EVENT_ID, event: { title: 'Summons renamed after Redis came back' } },
      },
    });
  });
});
