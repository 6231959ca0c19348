import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { RunningApplication } from '../../src/application';
import { mutuallyLinked } from '../../src/bench/dense-worlds';
import { LIST_CAP } from '../../src/graph/pagination';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { postGraphQL, startTestApplication, TEST_API_KEYS } from '../support/test-application';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const WIDE = 'id title secret count type description location cameoCode';
const STEP = `claims { quote source { title outlet { name aliases } } } actors { name aliases initiated { ${WIDE} } }`;
const COSTLY = `query($n: Int!) { events(first: $n) { edges { node { ${WIDE} ${STEP} answers { from { ${WIDE} actors { initiated { ${WIDE} } } } } } } } }`;

/** Cost with variables over HTTP and WebSocket, and lists that return at most their cap. */
describe('query cost and list caps', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication({ SEED_ON_EMPTY: 'false' });
    // Germany takes LIST_CAP + 10 measures against France; France answers each of them with
    // LIST_CAP + 10 measures, each answering them all.
    const acts = mutuallyLinked('act', LIST_CAP + 10).map((row) => ({
      ...row,
      actor: 'DE',
      target: 'FR',
      responds_to: '',
    }));
    const answers = mutuallyLinked('capped', LIST_CAP + 10).map((row) => ({
      ...row,
      actor: 'FR',
      target: 'DE',
      responds_to: acts.map((act) => act.id).join(';'),
    }));
    const rows = [...acts, ...answers];
    const imported = await new HistoryImportService(new HistoryRepository(app.executor)).import(
      rows as unknown as Record<string, unknown>[],
    );
    expect(imported.rejected).toBe(0);
  });

  afterAll(() => app.stop());

  it('refuses over HTTP, before any Cypher, a costly query whose page size is a variable', async () => {
    const before = app.executor.queryCount;
    const { status, body } = await postGraphQL(app, { query: COSTLY, variables: { n: 100 } });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/cost/i);
    expect(app.executor.queryCount).toBe(before);
  });

  it('refuses over HTTP, before any Cypher, a page of thousands of aliased __typename', async () => {
    const aliases = Array.from({ length: 300 }, (_, index) => `t${index}: __typename`).join(' ');
    const before = app.executor.queryCount;
    const { status, body } = await postGraphQL(app, {
      query: `{ events(first: 100) { edges { node { ...T } } } } fragment T on Event { ${aliases} }`,
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/cost/i);
    expect(app.executor.queryCount).toBe(before);
  });

  it('returns at most the cap of a list that grows with the data', async () => {
    const { body } = await postGraphQL(app, {
      query: `{ actor(id: "state:FR") { initiated(first: ${LIST_CAP}) { id answers(first: ${LIST_CAP}) { id } } } }`,
    });
    expect(body.errors).toBeUndefined();
    const initiated = (body.data as Json).actor.initiated;
    expect(initiated).toHaveLength(LIST_CAP);
    for (const event of initiated) expect(event.answers).toHaveLength(LIST_CAP);
  });

  it('returns 20 by default, as many as asked up to the cap, and refuses more', async () => {
    const { body } = await postGraphQL(app, {
      query: '{ actor(id: "state:FR") { initiated { id } few: targetedBy(first: 3) { id } } }',
    });
    expect(body.errors).toBeUndefined();
    expect((body.data as Json).actor.initiated).toHaveLength(20);
    const over = await postGraphQL(app, {
      query: `{ actor(id: "state:FR") { initiated(first: ${LIST_CAP + 1}) { id } } }`,
    });
    expect(over.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('serves a page of 100 with a typical selection', async () => {
    const { status, body } = await postGraphQL(app, {
      query: `query($n: Int!) { events(first: $n) { edges { node { id title actors { name } targets { name } } } } }`,
      variables: { n: 100 },
    });
    expect(status).toBe(200);
    expect((body.data as Json).events.edges).toHaveLength(100);
  });

  it('refuses over WebSocket a subscription over the cost limit, before it starts', async () => {
    const client = createClient({
      url: app.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { apiKey: TEST_API_KEYS.reader },
      retryAttempts: 0,
    });
    const query =
      'subscription { eventChanged { event { actors { initiated { actors { initiated { id } } } } } } }';
    const outcome = await new Promise((resolve) => {
      client.subscribe(
        { query },
        { next: resolve, error: (error) => resolve({ refused: error }), complete: () => undefined },
      );
    });
    await client.dispose();
    expect(JSON.stringify(outcome)).toMatch(/cost/i);
  });
});
