import type { RunningApplication } from '../../src/application';
import { measureThroughput } from '../../src/bench/measure-throughput';
import { TEST_API_KEYS, postGraphQL, startTestApplication } from '../support/test-application';
import { testDriver } from '../support/test-database';

const NESTED_LIST = JSON.stringify({
  query: `{ events(first: 20, orderBy: {field: DATE, direction: DESC}) { totalCount edges { node {
    id title date { edtf } actors { name } targets { name } answers { to { title } } answeredBy { from { title } }
    claims { quote grade source { title } } } } } }`,
});

/** Transactions the test database is running, other than the query that lists them. */
async function runningTransactions(): Promise<string[]> {
  const driver = testDriver();
  try {
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN currentQuery',
    );
    return records.map((record) => String(record.get('currentQuery')));
  } finally {
    await driver.close();
  }
}

const QUERY_TIMEOUT_MS = 10_000;

async function settles(done: () => boolean | Promise<boolean>): Promise<boolean> {
  for (const deadline = Date.now() + QUERY_TIMEOUT_MS; Date.now() < deadline;) {
    if (await done()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return await done();
}

describe('many clients for a bounded time', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication({ NEO4J_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) });
  });

  afterAll(() => app.stop());

  it('answers every request, leaks no session and keeps every request within the query timeout', async () => {
    // On a fresh Neo4j the first run of each statement is planned and compiled, which takes seconds
    // (measured: 8 s for the first 16 concurrent answers): one request first, so the load measures
    // serving, not planning.
    const warmUp = await postGraphQL(app, JSON.parse(NESTED_LIST) as { query: string });
    expect(warmUp.body.errors).toBeUndefined();

    const result = await measureThroughput(app.graphqlUrl, NESTED_LIST, {
      connections: 16,
      seconds: 8,
      headers: { 'x-api-key': TEST_API_KEYS.reader },
    });

    // Requests still in flight when the load stopped finish; after that nothing stays open.
    const sessionsClosed = await settles(() => app.executor.openSessions === 0);
    const transactionsEnded = await settles(async () => (await runningTransactions()).length === 0);

    // One assertion, so that a failure shows the whole run.
    expect({
      // Every client was answered, more than once: the load ran for its whole time.
      answeredMoreThanOncePerClient: result.requests > 16,
      errors: result.errors,
      // A liveness bound, not a speed target (the bench measures speed): no request waited on a
      // stuck session until the query timeout.
      p99WithinQueryTimeout: result.latency.p99 < QUERY_TIMEOUT_MS,
      sessionsClosed,
      transactionsEnded,
      stillRunning: await runningTransactions(),
      openSessions: app.executor.openSessions,
      requests: result.requests,
      latency: result.latency,
    }).toEqual({
      answeredMoreThanOncePerClient: true,
      errors: 0,
      p99WithinQueryTimeout: true,
      sessionsClosed: true,
      transactionsEnded: true,
      stillRunning: [],
      openSessions: 0,
      requests: result.requests,
      latency: result.latency,
    });
  }, 60_000);
});
