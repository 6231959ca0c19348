import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { RunningApplication } from '../../src/application';
import { signTestToken, startTestApplication, TEST_API_KEYS } from '../support/test-application';

type Closed = { code: number; reason: string };

function wsClient(app: RunningApplication, connectionParams: Record<string, unknown>) {
  let markClosed: (closed: Closed) => void = () => undefined;
  const closed = new Promise<Closed>((resolve) => (markClosed = resolve));
  let markConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (markConnected = resolve));
  const client = createClient({
    url: app.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: {
      connected: () => markConnected(),
      closed: (event) => {
        const { code, reason } = event as Closed;
        markClosed({ code, reason: String(reason) });
      },
    },
  });
  return { client, connected, closed };
}

/** What a subscription first answers: a result, or the errors that refused it. */
function first(
  client: Client,
  query: string,
): Promise<FormattedExecutionResult<Record<string, unknown>, unknown> | { refused: unknown }> {
  return new Promise((resolve) => {
    client.subscribe(
      { query },
      {
        next: (value) => resolve(value),
        error: (error) => resolve({ refused: error }),
        complete: () => undefined,
      },
    );
  });
}

describe('GraphQL over WebSocket in production: the same rules as HTTP', () => {
  let app: RunningApplication;
  const clients: Client[] = [];
  const open = (params: Record<string, unknown>) => {
    const made = wsClient(app, params);
    clients.push(made.client);
    return made;
  };

  beforeAll(async () => {
    app = await startTestApplication({
      NODE_ENV: 'production',
      SEED_ON_EMPTY: 'false',
      WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '2',
      WS_MAX_SOCKETS_PER_PRINCIPAL: '2',
    });
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await app.stop();
  });

  it('refuses introspection and gives no field suggestions', async () => {
    const { client } = open({ apiKey: TEST_API_KEYS.admin });
    const introspection = await first(client, 'subscription { __schema { types { name } } }');
    expect(JSON.stringify(introspection)).toMatch(/introspection/i);
    const misspelt = await first(client, 'subscription { eventChanged { kin } }');
    expect(JSON.stringify(misspelt)).toMatch(/Cannot query field \\"kin\\"/);
    expect(JSON.stringify(misspelt)).not.toMatch(/Did you mean/);
  });

  it('applies the same depth limit', async () => {
    const { client } = open({ apiKey: TEST_API_KEYS.admin });
    // Single objects all the way down: within the cost limit, beyond the depth limit.
    let selection = 'id';
    for (let level = 0; level < 8; level += 1) selection = `partOf { ${selection} }`;
    const deep = await first(client, `subscription { eventChanged { event { sources { ${selection} } } } }`);
    expect(JSON.stringify(deep)).toMatch(/depth/i);
  });

  it('holds at most the configured subscriptions per socket', async () => {
    const { client, connected } = open({ apiKey: TEST_API_KEYS.editor });
    await connected;
    const held = ['eventChanged { kind }', 'retaliationChanged { kind }'].map((field) =>
      client.subscribe(
        { query: `subscription { ${field} }` },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      ),
    );
    const third = await first(client, 'subscription { eventChanged { eventId } }');
    expect(JSON.stringify(third)).toMatch(/At most 2 subscriptions per socket/);
    // Completing one frees its place: the next is refused only for what it asks.
    held[0]!();
    const fourth = await first(client, 'subscription { eventChanged { nope } }');
    expect(JSON.stringify(fourth)).toMatch(/Cannot query field \\"nope\\"/);
  });

  it('holds at most the configured sockets per principal', async () => {
    const as = async (subject: string) => ({
      authorization: `Bearer ${await signTestToken({ roles: ['reader'] }, { subject })}`,
    });
    const many = await as('many-sockets');
    const a = open(many);
    const b = open(many);
    await Promise.all([a.connected, b.connected]);
    const c = open(many);
    expect(await c.closed).toMatchObject({
      code: 4403,
      reason: expect.stringMatching(/At most 2 open sockets/),
    });
    // Another principal is not counted against this one; closing a socket frees its place.
    const other = open(await as('someone-else'));
    await other.connected;
    await a.client.dispose();
    await a.closed;
    const d = open(many);
    await d.connected;
  });

  it('closes a socket when its token expires', async () => {
    const token = await signTestToken({ roles: ['reader'] }, { expiresIn: '2s', subject: 'short-lived' });
    const { connected, closed } = open({ authorization: `Bearer ${token}` });
    await connected;
    expect(await closed).toEqual({ code: 4403, reason: 'Token expired' });
  });
});
